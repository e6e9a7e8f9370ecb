package vn.hdndso.plans;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import vn.hdndso.shared.CouncilId;

/**
 * A council's plan as its latest version stands: a draft under review, or the confirmed plan the
 * council works to.
 *
 * @param version the number of this version (1 for the plan as first read)
 * @param reading the sections, targets, tasks and reporting duties of this version
 * @param confirmedVersion the latest confirmed version's number, 0 if none yet
 */
public record Plan(
        PlanId id,
        CouncilId council,
        String title,
        @Nullable String number,
        int version,
        PlanState state,
        PlanReading reading,
        PlanSource source,
        int confirmedVersion,
        String updatedBy,
        Instant updatedAt,
        @Nullable String confirmedBy,
        @Nullable Instant confirmedAt) {

    public boolean isDraft() {
        return state == PlanState.DRAFT;
    }

    /** Where a version's text came from. */
    public record PlanSource(String name, Kind kind, String sha256) {

        public enum Kind {
            TEXT,
            PDF,
            DOCX
        }
    }

    /** One version in a plan's history. */
    public record Version(
            int number,
            PlanState state,
            PlanSource source,
            int targets,
            int tasks,
            String createdBy,
            Instant createdAt,
            @Nullable String confirmedBy,
            @Nullable Instant confirmedAt) {}
}
