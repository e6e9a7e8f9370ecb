package vn.hdndso.sessions.web;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.hdndso.sessions.SecretBallot;
import vn.hdndso.sessions.SecretResult;

/**
 * A secret ballot as the API shows it: while open only how many have voted; once closed the
 * counted result, each share a percentage of all delegates.
 */
record BallotView(
        String itemId,
        String kind,
        String state,
        int seats,
        int totalDelegates,
        int voted,
        int notVoted,
        List<CandidateView> candidates,
        @Nullable ResultView result) {

    record CandidateView(
            String id, String fullName, @Nullable String office) {}

    record ResultView(
            int entitled,
            int papers,
            int valid,
            int invalid,
            int yes,
            int no,
            int abstain,
            boolean passed,
            List<CandidateResultView> candidates) {}

    record CandidateResultView(
            String id,
            String fullName,
            @Nullable String office,
            int votes,
            BigDecimal votesShare,
            boolean elected,
            boolean tiedForLastSeat,
            int high,
            int medium,
            int low,
            BigDecimal highShare,
            BigDecimal mediumShare,
            BigDecimal lowShare,
            boolean mayResign,
            boolean toConfidenceVote) {}

    static BallotView of(SecretBallot b) {
        SecretResult r = b.result();
        return new BallotView(
                b.itemId().toString(),
                b.kind().name(),
                b.state().name(),
                b.seats(),
                b.totalDelegates(),
                b.voted(),
                Math.max(0, b.totalDelegates() - b.voted()),
                b.candidates().stream()
                        .map(c -> new CandidateView(c.id().toString(), c.fullName(), c.office()))
                        .toList(),
                r == null
                        ? null
                        : new ResultView(
                                r.entitled(),
                                r.papers(),
                                r.papers(),
                                0,
                                r.yes(),
                                r.no(),
                                r.abstain(),
                                r.passed(),
                                r.candidates().stream()
                                        .map(c -> new CandidateResultView(
                                                c.candidateId().toString(),
                                                c.fullName(),
                                                c.office(),
                                                c.votes(),
                                                c.share(c.votes()),
                                                c.elected(),
                                                c.tiedForLastSeat(),
                                                c.high(),
                                                c.medium(),
                                                c.low(),
                                                c.share(c.high()),
                                                c.share(c.medium()),
                                                c.share(c.low()),
                                                c.mayResign(),
                                                c.toConfidenceVote()))
                                        .toList()));
    }
}
