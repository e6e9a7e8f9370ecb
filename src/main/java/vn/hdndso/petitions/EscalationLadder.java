package vn.hdndso.petitions;

import java.time.LocalDate;
import java.util.Optional;
import vn.hdndso.documents.WorkingDays;

/**
 * The steps an unanswered issue climbs: the unit has until the transfer's deadline; then the chair
 * of the People's Committee has {@code chairWorkingDays} working days, then the standing committee
 * {@code standingCommitteeWorkingDays}, each counted from the day the issue reached them (public
 * holidays are not working days).
 */
public record EscalationLadder(int chairWorkingDays, int standingCommitteeWorkingDays) {

    public EscalationLadder {
        if (chairWorkingDays < 1 || standingCommitteeWorkingDays < 1) {
            throw new IllegalArgumentException("each step has at least one working day");
        }
    }

    /** Where an issue goes up to, and the deadline of that step. */
    public record Escalation(EscalationStep step, LocalDate deadline) {}

    /**
     * The step above {@code current} when {@code stepDeadline} has passed on {@code today}; nothing
     * while the deadline holds or at the top.
     */
    public Optional<Escalation> next(
            EscalationStep current, LocalDate stepDeadline, LocalDate today, WorkingDays workingDays) {
        EscalationStep up = current.next();
        if (up == null || !stepDeadline.isBefore(today)) {
            return Optional.empty();
        }
        int days = up == EscalationStep.CHAIR ? chairWorkingDays : standingCommitteeWorkingDays;
        return Optional.of(new Escalation(up, workingDays.plus(today, days)));
    }
}
