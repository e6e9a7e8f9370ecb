package vn.hdndso.sessions;

import vn.hdndso.shared.BusinessRuleException;

/** Where a session stands: planned (staff only), convened (public, notices sent), in progress, closed. */
public enum SessionState {
    PLANNED,
    CONVENED,
    IN_PROGRESS,
    CLOSED;

    public String messageKey() {
        return "sessions.state." + name();
    }

    /** Only a planned session is convened. */
    public void requireConvenable() {
        if (this != PLANNED) {
            throw new BusinessRuleException("sessions.state.notPlanned");
        }
    }

    /** Only a convened session is started. */
    public void requireStartable() {
        if (this != CONVENED) {
            throw new BusinessRuleException("sessions.state.notConvened");
        }
    }

    /** The agenda changes, and the session closes, only until it is closed. */
    public void requireNotClosed() {
        if (this == CLOSED) {
            throw new BusinessRuleException("sessions.closed");
        }
    }

    /** Delegates check in from the convening until the closing. */
    public void requireOpenForAttendance() {
        if (this == PLANNED || this == CLOSED) {
            throw new BusinessRuleException("sessions.attendance.notOpen");
        }
    }

    /** Votes are taken only while the sitting is in progress. */
    public void requireInProgressForVote() {
        if (this != IN_PROGRESS) {
            throw new BusinessRuleException("sessions.vote.sessionNotInProgress");
        }
    }
}
