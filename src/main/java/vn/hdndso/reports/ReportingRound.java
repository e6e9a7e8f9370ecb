package vn.hdndso.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.hdndso.indicators.Period;
import vn.hdndso.shared.CouncilId;

/**
 * A reporting round: the standing committee asks the committees and the People's Committee for
 * their reports on a period by a deadline, and sees who has handed theirs in.
 *
 * @param dueOn the last day to hand in a report on time (Vietnam calendar)
 * @param reporters the bodies that must report, in the order they were named
 */
public record ReportingRound(
        UUID id,
        CouncilId council,
        Period period,
        LocalDate dueOn,
        List<Reporter> reporters,
        String createdBy,
        Instant createdAt) {

    public ReportingRound {
        reporters = List.copyOf(reporters);
    }

    /** How many reporters have handed in a report (on time or late). */
    public long submitted() {
        return reporters.stream().filter(r -> r.latest() != null).count();
    }

    /** A body that must report in this round. */
    public enum ReporterKind {
        /** A committee (Ban) of the council: its members report. */
        COMMITTEE,
        /** The People's Committee (UBND) or one of its units: its officers report. */
        EXECUTIVE_UNIT
    }

    /** Where a reporter stands on a day. */
    public enum ReporterState {
        /** Nothing handed in, the deadline not passed. */
        PENDING,
        /** Nothing handed in and the deadline passed. */
        OVERDUE,
        SUBMITTED,
        /** Handed in after the deadline. */
        SUBMITTED_LATE;

        public String messageKey() {
            return "reports.reporter.state." + name();
        }
    }

    /**
     * @param bodyId the committee's or the executive unit's id in the councils module
     * @param submissions what it handed in, oldest first (a body may hand in a corrected report)
     * @param state where it stands today
     */
    public record Reporter(
            UUID id,
            ReporterKind kind,
            UUID bodyId,
            String name,
            List<Submission> submissions,
            ReporterState state,
            @Nullable Instant dueSoonRemindedAt,
            @Nullable Instant overdueRemindedAt) {

        public Reporter {
            submissions = List.copyOf(submissions);
        }

        /** The report that counts: the latest handed in. */
        public @Nullable Submission latest() {
            return submissions.isEmpty() ? null : submissions.getLast();
        }
    }

    /**
     * A report handed in by a body.
     *
     * @param summary what the report says in a few lines, for the standing committee's overview
     * @param late whether it came after the deadline
     */
    public record Submission(
            UUID id,
            UUID reporterId,
            String fileName,
            String mediaType,
            long size,
            String sha256,
            String summary,
            boolean late,
            String submittedBy,
            Instant submittedAt) {}
}
