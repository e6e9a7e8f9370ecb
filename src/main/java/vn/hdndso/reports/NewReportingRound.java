package vn.hdndso.reports;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What the standing committee gives to open a round; checked field by field.
 *
 * @param period "2026-H1" or "2026"
 * @param dueOn the deadline, ISO date ("2026-07-10")
 * @param reporters the ids of the committees and executive units that must report
 */
public record NewReportingRound(
        @Nullable String period,
        @Nullable String dueOn,
        @Nullable List<UUID> reporters) {}
