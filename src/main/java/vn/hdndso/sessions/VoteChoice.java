package vn.hdndso.sessions;

/** A delegate's vote on a motion. */
public enum VoteChoice {
    YES,
    NO,
    ABSTAIN;

    public String messageKey() {
        return "sessions.choice." + name();
    }
}
