package vn.hdndso.sessions;

import vn.hdndso.shared.BusinessRuleException;

/** A motion's vote: not yet opened, open (ballots accepted and replaceable), closed (final). */
public enum VoteState {
    NONE,
    OPEN,
    CLOSED;

    public String messageKey() {
        return "sessions.voteState." + name();
    }

    /** A vote is opened (or an analog count entered) only once. */
    public void requireNotOpened() {
        if (this != NONE) {
            throw new BusinessRuleException("sessions.vote.alreadyOpened");
        }
    }

    /** Ballots are cast, and the vote closed, only while it is open. */
    public void requireOpen() {
        if (this != OPEN) {
            throw new BusinessRuleException(this == CLOSED ? "sessions.vote.closed" : "sessions.vote.notOpen");
        }
    }

    /** Only a closed vote is re-opened (a vote never opened is simply opened). */
    public void requireReopenable() {
        if (this != CLOSED) {
            throw new BusinessRuleException("sessionchanges.reopen.notClosed");
        }
    }
}
