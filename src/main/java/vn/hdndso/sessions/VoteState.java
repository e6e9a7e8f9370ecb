package vn.hdndso.sessions;

/** A motion's vote: not yet opened, open (ballots accepted and replaceable), closed (final). */
public enum VoteState {
    NONE,
    OPEN,
    CLOSED;

    public String messageKey() {
        return "sessions.voteState." + name();
    }
}
