package vn.hdndso.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The majorities of Law 72/2025/QH15, counted against all delegates of the term. */
class MajorityUnitTest {

    @ParameterizedTest(name = "N = {0}")
    @ValueSource(ints = {1, 2, 3, 6, 7, 15, 16, 35, 95, 500})
    void moreThanHalfOfAllNeedsOneMoreThanHalf(int n) {
        var rule = Majority.MORE_THAN_HALF_OF_ALL;
        assertThat(rule.carries(n / 2, n)).as("⌊N/2⌋ YES").isFalse();
        assertThat(rule.carries(n / 2 + 1, n)).as("⌊N/2⌋+1 YES").isTrue();
        assertThat(rule.needed(n)).isEqualTo(n / 2 + 1);
    }

    @ParameterizedTest(name = "N = {0}")
    @ValueSource(ints = {1, 2, 3, 6, 7, 15, 16, 35, 95, 500})
    void twoThirdsOfAllNeedsAtLeastTwoThirds(int n) {
        var rule = Majority.TWO_THIRDS_OF_ALL;
        int needed = rule.needed(n);
        assertThat(3L * needed).isGreaterThanOrEqualTo(2L * n);
        assertThat(3L * (needed - 1)).isLessThan(2L * n);
        assertThat(rule.carries(needed, n)).isTrue();
        assertThat(rule.carries(needed - 1, n)).isFalse();
    }

    @ParameterizedTest(name = "N = {0}")
    @ValueSource(ints = {0})
    void nothingCarriesWithoutDelegates(int n) {
        assertThat(Majority.MORE_THAN_HALF_OF_ALL.carries(0, n)).isFalse();
        assertThat(Majority.TWO_THIRDS_OF_ALL.carries(0, n)).isFalse();
    }

    @ParameterizedTest(name = "{0} of 15 present")
    @ValueSource(ints = {8})
    void aTallyCountsTheAbsentAsNotVoted(int present) {
        Tally tally = Tally.of(VoteState.CLOSED, Majority.MORE_THAN_HALF_OF_ALL, present, 0, 0, 15);
        assertThat(tally.notVoted()).isEqualTo(7);
        assertThat(tally.passed()).isTrue();
        assertThat(Tally.of(VoteState.CLOSED, Majority.MORE_THAN_HALF_OF_ALL, 7, 1, 0, 15)
                        .passed())
                .isFalse();
    }
}
