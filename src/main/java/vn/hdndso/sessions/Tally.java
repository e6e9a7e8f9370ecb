package vn.hdndso.sessions;

/**
 * The count of a vote, against all delegates of the term.
 *
 * @param totalDelegates delegates entitled to vote (all of the term, present or not)
 * @param passed whether YES reaches the required majority (final only once closed)
 */
public record Tally(
        VoteState state, int yes, int no, int abstain, int notVoted, int totalDelegates, boolean passed, int needed) {

    public static Tally of(VoteState state, Majority majority, int yes, int no, int abstain, int totalDelegates) {
        int notVoted = Math.max(0, totalDelegates - yes - no - abstain);
        return new Tally(
                state,
                yes,
                no,
                abstain,
                notVoted,
                totalDelegates,
                majority.carries(yes, totalDelegates),
                majority.needed(totalDelegates));
    }

    public int cast() {
        return yes + no + abstain;
    }

    /** Percent of all delegates, for bars. */
    public int percent(int count) {
        return totalDelegates == 0 ? 0 : Math.round(100f * count / totalDelegates);
    }
}
