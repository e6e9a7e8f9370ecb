package vn.hdndso.reports;

import java.time.LocalDate;
import java.util.UUID;
import vn.hdndso.indicators.Period;
import vn.hdndso.shared.CouncilEvent;
import vn.hdndso.shared.CouncilId;

/**
 * A body of a reporting round has not handed in its report and the deadline is near. Published once
 * per body by the daily reminder job; delivering it (mail, notification) is the notification
 * outbox's work.
 */
public record ReportDueSoon(
        CouncilId council, UUID round, UUID reporter, String reporterName, Period period, LocalDate dueOn)
        implements CouncilEvent {}
