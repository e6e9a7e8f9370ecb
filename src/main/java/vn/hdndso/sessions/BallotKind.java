package vn.hdndso.sessions;

/**
 * What a secret ballot (bỏ phiếu kín) decides (DOMAIN.md "Secret ballots"): a motion such as a
 * dismissal (YES, NO, ABSTAIN, counted like any motion against all delegates), an election of
 * people to seats (choose at most N of M candidates), or a confidence vote (lấy phiếu tín nhiệm:
 * every person rated at one of three levels).
 */
public enum BallotKind {
    MOTION,
    ELECTION,
    CONFIDENCE;

    public String messageKey() {
        return "votes.kind." + name();
    }
}
