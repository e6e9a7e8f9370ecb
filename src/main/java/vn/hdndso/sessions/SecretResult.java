package vn.hdndso.sessions;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The counting committee's result of a secret ballot (biên bản kiểm phiếu), every share against
 * all delegates of the term (DOMAIN.md): for a motion the counts and whether it carries; for an
 * election each candidate's votes, who is elected (more than half of all delegates, the most votes
 * first; a tie for the last seat elects none of the tied, who go to another round); for a
 * confidence vote each person's three levels, with "tín nhiệm thấp" by half or more (may resign)
 * and by two thirds or more (put to a confidence vote).
 *
 * @param entitled all delegates of the term at closing
 * @param papers ballots cast (each valid: an invalid paper cannot be cast electronically)
 */
public record SecretResult(
        int entitled, int papers, int yes, int no, int abstain, boolean passed, List<CandidateResult> candidates) {

    public SecretResult {
        candidates = List.copyOf(candidates);
    }

    public int notVoted() {
        return Math.max(0, entitled - papers);
    }

    /** A count as a percentage of all delegates, two decimals ("56.25"). */
    public BigDecimal share(int count) {
        return share(count, entitled);
    }

    static BigDecimal share(int count, int entitled) {
        return entitled == 0
                ? BigDecimal.ZERO.setScale(2)
                : BigDecimal.valueOf(100L * count).divide(BigDecimal.valueOf(entitled), 2, RoundingMode.HALF_UP);
    }

    /** One person's result; {@code votes} in an election, the three levels in a confidence vote. */
    public record CandidateResult(
            UUID candidateId,
            String fullName,
            @Nullable String office,
            int votes,
            int high,
            int medium,
            int low,
            boolean elected,
            boolean tiedForLastSeat,
            int entitled) {

        public BigDecimal share(int count) {
            return SecretResult.share(count, entitled);
        }

        /** "Tín nhiệm thấp" by half or more of all delegates: the person may resign. */
        public boolean mayResign() {
            return entitled > 0 && 2 * low >= entitled;
        }

        /** "Tín nhiệm thấp" by two thirds or more of all delegates: put to a confidence vote. */
        public boolean toConfidenceVote() {
            return entitled > 0 && 3 * low >= 2 * entitled;
        }
    }

    /** Counts the papers of a closed ballot. */
    public static SecretResult count(
            BallotKind kind,
            int seats,
            @Nullable Majority majority,
            int entitled,
            List<SecretBallot.Candidate> candidates,
            List<BallotPaper> papers) {
        int yes = 0;
        int no = 0;
        int abstain = 0;
        Map<UUID, int[]> tallies = new HashMap<>();
        candidates.forEach(c -> tallies.put(c.id(), new int[4]));
        for (BallotPaper paper : papers) {
            if (paper.choice() != null) {
                switch (paper.choice()) {
                    case YES -> yes++;
                    case NO -> no++;
                    case ABSTAIN -> abstain++;
                }
            }
            paper.chosen().forEach(id -> tally(tallies, id)[0]++);
            paper.ratings().forEach((id, level) -> tally(tallies, id)[1 + level.ordinal()]++);
        }
        boolean passed = kind == BallotKind.MOTION && majority != null && majority.carries(yes, entitled);
        List<SecretBallot.Candidate> electable = candidates.stream()
                .filter(c -> kind == BallotKind.ELECTION && 2 * tally(tallies, c.id())[0] > entitled)
                .sorted(Comparator.comparingInt((SecretBallot.Candidate c) -> tally(tallies, c.id())[0])
                        .reversed())
                .toList();
        List<UUID> elected = new ArrayList<>();
        List<UUID> tied = new ArrayList<>();
        if (electable.size() <= seats) {
            electable.forEach(c -> elected.add(c.id()));
        } else {
            int last = tally(tallies, electable.get(seats - 1).id())[0];
            for (SecretBallot.Candidate c : electable) {
                int votes = tally(tallies, c.id())[0];
                if (votes > last) {
                    elected.add(c.id());
                } else if (votes == last) {
                    tied.add(c.id());
                }
            }
            if (elected.size() + tied.size() == seats) {
                elected.addAll(tied);
                tied.clear();
            }
        }
        List<CandidateResult> results = candidates.stream()
                .map(c -> {
                    int[] t = tally(tallies, c.id());
                    return new CandidateResult(
                            c.id(),
                            c.fullName(),
                            c.office(),
                            t[0],
                            t[1],
                            t[2],
                            t[3],
                            elected.contains(c.id()),
                            tied.contains(c.id()),
                            entitled);
                })
                .toList();
        return new SecretResult(entitled, papers.size(), yes, no, abstain, passed, results);
    }

    private static int[] tally(Map<UUID, int[]> tallies, UUID id) {
        int[] t = tallies.get(id);
        if (t == null) {
            throw new IllegalStateException("a paper names " + id + ", who is not on the ballot");
        }
        return t;
    }
}
