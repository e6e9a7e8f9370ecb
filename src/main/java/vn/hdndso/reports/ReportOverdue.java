package vn.hdndso.reports;

import java.time.LocalDate;
import java.util.UUID;
import vn.hdndso.indicators.Period;
import vn.hdndso.shared.CouncilEvent;
import vn.hdndso.shared.CouncilId;

/**
 * A body of a reporting round let the deadline pass without handing in its report. Published once
 * per body by the daily reminder job; delivering it is the notification outbox's work.
 */
public record ReportOverdue(
        CouncilId council, UUID round, UUID reporter, String reporterName, Period period, LocalDate dueOn)
        implements CouncilEvent {}
