package vn.hdndso.petitions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.hdndso.shared.CouncilId;

/**
 * Which desk an issue goes to: each council keeps a default receiving body per field and competent
 * level; when the clerk transfers an issue the default is proposed, and sending it elsewhere needs a
 * reason (audited). Every routing, re-routing, escalation step and reopening is recorded as a step
 * of the issue. Runs in the caller's tenant scope.
 */
public interface IssueRouting {

    /** A council's default body for one field and level. */
    record Route(String field, String fieldName, CompetentLevel level, ReceivingBody body, String updatedBy) {}

    /** The council's defaults, by field (in the tree's order) then level. */
    List<Route> routes(CouncilId council);

    /**
     * Sets the default for a field and level: a unit of the People's Committee (active), the city or a
     * named city department, or another agency by name. Problems name their field.
     */
    Route saveRoute(
            CouncilId council,
            @Nullable String field,
            @Nullable CompetentLevel level,
            @Nullable CompetentBodyKind kind,
            @Nullable UUID executiveUnitId,
            @Nullable String bodyName);

    /** Removes the default for a field and level (nothing to remove is not an error). */
    void removeRoute(CouncilId council, String field, CompetentLevel level);

    /**
     * What the transfer form proposes for an issue: the configured default for its field and level
     * ({@code configured}), else the People's Committee for a commune matter or the city for a city
     * one; null when nothing fits (a central matter without a default).
     */
    record Proposal(@Nullable ReceivingBody body, boolean configured) {}

    Proposal proposal(CouncilId council, UUID issueId);

    /**
     * Transfers the issue to the chosen body: confirming the configured default needs no reason,
     * re-routing does (400 naming {@code reason}). The decision is recorded and audited.
     */
    PetitionIssue transfer(
            CouncilId council,
            UUID issueId,
            @Nullable CompetentBodyKind kind,
            @Nullable UUID executiveUnitId,
            @Nullable String bodyName,
            @Nullable LocalDate deadline,
            @Nullable String reason);

    /** What happened to an issue on its way: routed, re-routed, escalated, reopened. */
    enum StepKind {
        ROUTED,
        REROUTED,
        ESCALATED,
        REOPENED
    }

    record Step(
            StepKind kind,
            EscalationStep holder,
            String bodyName,
            @Nullable LocalDate deadline,
            String reason,
            String takenBy,
            Instant takenAt) {}

    /** Where an issue stands on the ladder, and its history, oldest first. */
    record Trail(EscalationStep holder, @Nullable LocalDate stepDeadline, List<Step> steps) {}

    Trail trail(CouncilId council, UUID issueId);
}
