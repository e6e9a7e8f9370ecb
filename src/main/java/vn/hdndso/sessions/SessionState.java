package vn.hdndso.sessions;

import vn.hdndso.shared.BusinessRuleException;

/**
 * Where a session stands: planned (staff only), convened (public, notices sent), in progress,
 * closed; or cancelled before it started (stays public, marked as cancelled).
 */
public enum SessionState {
    PLANNED,
    CONVENED,
    IN_PROGRESS,
    CLOSED,
    CANCELLED;

    public String messageKey() {
        return "sessions.state." + name();
    }

    /** Only a planned session is convened. */
    public void requireConvenable() {
        if (this == CANCELLED) {
            throw new BusinessRuleException("sessions.cancelled");
        }
        if (this != PLANNED) {
            throw new BusinessRuleException("sessions.state.notPlanned");
        }
    }

    /** Only a convened session is started. */
    public void requireStartable() {
        if (this == CANCELLED) {
            throw new BusinessRuleException("sessions.cancelled");
        }
        if (this != CONVENED) {
            throw new BusinessRuleException("sessions.state.notConvened");
        }
    }

    /** The agenda changes, and the session closes, only until it is closed (or cancelled). */
    public void requireNotClosed() {
        if (this == CLOSED) {
            throw new BusinessRuleException("sessions.closed");
        }
        if (this == CANCELLED) {
            throw new BusinessRuleException("sessions.cancelled");
        }
    }

    /**
     * The session itself is edited, postponed or cancelled, and items removed, only before the
     * sitting opens.
     */
    public void requireNotStarted() {
        requireNotClosed();
        if (this == IN_PROGRESS) {
            throw new BusinessRuleException("sessions.change.started");
        }
    }

    /** Delegates check in from the convening until the closing. */
    public void requireOpenForAttendance() {
        if (this == PLANNED || this == CLOSED || this == CANCELLED) {
            throw new BusinessRuleException("sessions.attendance.notOpen");
        }
    }

    /** Votes are taken only while the sitting is in progress. */
    public void requireInProgressForVote() {
        if (this != IN_PROGRESS) {
            throw new BusinessRuleException("sessions.vote.sessionNotInProgress");
        }
    }

    /** Delegates ask to speak from the convening until the closing. */
    public void requireOpenForSpeakers() {
        if (this == PLANNED || this == CLOSED || this == CANCELLED) {
            throw new BusinessRuleException("speakers.notOpen");
        }
    }
}
