package vn.hdndso.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.hdndso.shared.InvalidInputException;

/** The rules of a secret ballot paper and of its count, without Spring. */
class SecretBallotRulesUnitTest {

    final SecretBallot.Candidate a = new SecretBallot.Candidate(UUID.randomUUID(), 1, "A", null);
    final SecretBallot.Candidate b = new SecretBallot.Candidate(UUID.randomUUID(), 2, "B", null);
    final SecretBallot.Candidate c = new SecretBallot.Candidate(UUID.randomUUID(), 3, "C", null);
    final List<SecretBallot.Candidate> abc = List.of(a, b, c);
    final List<UUID> ids = List.of(a.id(), b.id(), c.id());

    @Test
    void anElectionPaperChoosesAtMostTheSeatsAndOnlyCandidates() {
        BallotPaper.election(Set.of(a.id(), b.id())).check(BallotKind.ELECTION, 2, ids);
        BallotPaper.election(Set.of()).check(BallotKind.ELECTION, 2, ids);
        assertThatThrownBy(() ->
                        BallotPaper.election(Set.of(a.id(), b.id(), c.id())).check(BallotKind.ELECTION, 2, ids))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> BallotPaper.election(Set.of(UUID.randomUUID())).check(BallotKind.ELECTION, 2, ids))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aConfidencePaperRatesEveryoneOnce() {
        var all = Map.of(a.id(), ConfidenceLevel.HIGH, b.id(), ConfidenceLevel.LOW, c.id(), ConfidenceLevel.MEDIUM);
        BallotPaper.confidence(all).check(BallotKind.CONFIDENCE, 1, ids);
        assertThatThrownBy(() -> BallotPaper.confidence(Map.of(a.id(), ConfidenceLevel.HIGH))
                        .check(BallotKind.CONFIDENCE, 1, ids))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theStoredFormIsCanonicalAndReadsBack() {
        var one = BallotPaper.election(Set.of(a.id(), c.id()));
        var other = BallotPaper.election(Set.of(c.id(), a.id()));
        assertThat(one.marks(BallotKind.ELECTION)).isEqualTo(other.marks(BallotKind.ELECTION));
        assertThat(BallotPaper.of(BallotKind.ELECTION, one.marks(BallotKind.ELECTION)))
                .isEqualTo(one);
        var rated = BallotPaper.confidence(Map.of(a.id(), ConfidenceLevel.LOW, b.id(), ConfidenceLevel.HIGH));
        assertThat(BallotPaper.of(BallotKind.CONFIDENCE, rated.marks(BallotKind.CONFIDENCE)))
                .isEqualTo(rated);
        assertThat(BallotPaper.of(BallotKind.ELECTION, "").chosen()).isEmpty();
    }

    @Test
    void electedNeedsMoreThanHalfOfAllDelegatesAndATieForTheLastSeatElectsNone() {
        // 6 delegates, 1 seat: A and B 4 votes each (both > 3), tie for the only seat
        var papers = List.of(
                BallotPaper.election(Set.of(a.id())),
                BallotPaper.election(Set.of(a.id())),
                BallotPaper.election(Set.of(a.id())),
                BallotPaper.election(Set.of(a.id())),
                BallotPaper.election(Set.of(b.id())),
                BallotPaper.election(Set.of(b.id())));
        var result = SecretResult.count(BallotKind.ELECTION, 1, null, 6, abc, papers);
        assertThat(result.candidates().get(0).elected()).isTrue();
        assertThat(result.candidates().get(1).elected())
                .as("2 of 6 is not more than half")
                .isFalse();

        var tie = SecretResult.count(
                BallotKind.ELECTION,
                1,
                null,
                5,
                abc,
                List.of(
                        BallotPaper.election(Set.of(a.id(), b.id())),
                        BallotPaper.election(Set.of(a.id(), b.id())),
                        BallotPaper.election(Set.of(a.id(), b.id()))));
        assertThat(tie.candidates().get(0).elected()).isFalse();
        assertThat(tie.candidates().get(0).tiedForLastSeat()).isTrue();
        assertThat(tie.candidates().get(1).tiedForLastSeat()).isTrue();
        assertThat(tie.notVoted()).isEqualTo(2);
    }

    @Test
    void exactlyHalfIsNotElected() {
        var result = SecretResult.count(
                BallotKind.ELECTION,
                1,
                null,
                4,
                List.of(a),
                List.of(BallotPaper.election(Set.of(a.id())), BallotPaper.election(Set.of(a.id()))));
        assertThat(result.candidates().getFirst().elected()).isFalse();
        assertThat(result.share(2).toPlainString()).isEqualTo("50.00");
    }

    @Test
    void lowConfidenceFromHalfMayResignFromTwoThirdsGoesToAConfidenceVote() {
        var half = new SecretResult.CandidateResult(a.id(), "A", null, 0, 0, 0, 3, false, false, 6);
        assertThat(half.mayResign()).isTrue();
        assertThat(half.toConfidenceVote()).isFalse();
        var twoThirds = new SecretResult.CandidateResult(a.id(), "A", null, 0, 0, 0, 4, false, false, 6);
        assertThat(twoThirds.toConfidenceVote()).isTrue();
        var under = new SecretResult.CandidateResult(a.id(), "A", null, 0, 0, 0, 2, false, false, 6);
        assertThat(under.mayResign()).isFalse();
        assertThat(under.share(2).toPlainString()).isEqualTo("33.33");
    }

    @Test
    void aSecretMotionCarriesWithTheMajorityOfAllDelegates() {
        var papers = List.of(
                BallotPaper.motion(VoteChoice.YES),
                BallotPaper.motion(VoteChoice.YES),
                BallotPaper.motion(VoteChoice.YES),
                BallotPaper.motion(VoteChoice.NO));
        assertThat(SecretResult.count(BallotKind.MOTION, 1, Majority.MORE_THAN_HALF_OF_ALL, 6, List.of(), papers)
                        .passed())
                .isFalse();
        assertThat(SecretResult.count(BallotKind.MOTION, 1, Majority.MORE_THAN_HALF_OF_ALL, 5, List.of(), papers)
                        .passed())
                .isTrue();
    }
}
