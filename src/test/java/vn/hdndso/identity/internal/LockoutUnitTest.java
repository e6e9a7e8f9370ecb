package vn.hdndso.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LockoutUnitTest {

    private static final Duration FIFTEEN_MINUTES = Duration.ofMinutes(15);
    private static final Instant START = Instant.parse("2026-12-07T08:00:00Z");

    @Test
    void theFifthFailureInARowLocksForTheConfiguredTime() {
        var state = new Lockout(0, null);
        for (int i = 0; i < 4; i++) {
            state = state.afterFailure(START, 5, FIFTEEN_MINUTES);
            assertThat(state.lockedAt(START)).isFalse();
        }
        state = state.afterFailure(START, 5, FIFTEEN_MINUTES);
        assertThat(state.failures()).isEqualTo(5);
        assertThat(state.lockedAt(START.plus(Duration.ofMinutes(14)))).isTrue();
        assertThat(state.lockedAt(START.plus(FIFTEEN_MINUTES))).isFalse();
    }

    @Test
    void aFailureAfterTheLockRanOutStartsANewCountInsteadOfLockingAgain() {
        var locked = new Lockout(5, START.plus(FIFTEEN_MINUTES));
        Instant later = START.plus(Duration.ofMinutes(16));

        var after = locked.afterFailure(later, 5, FIFTEEN_MINUTES);

        assertThat(after.failures()).isEqualTo(1);
        assertThat(after.lockedAt(later)).isFalse();
    }

    @Test
    void oneWrongPasswordEveryFifteenMinutesDoesNotKeepTheAccountLocked() {
        var state = new Lockout(0, null);
        Instant now = START;
        int lockedWhenTheOwnerTries = 0;
        for (int i = 0; i < 40; i++) {
            now = now.plus(FIFTEEN_MINUTES).plusSeconds(1);
            state = state.afterFailure(now, 5, FIFTEEN_MINUTES);
            // the owner tries seven minutes after each of the stranger's attempts
            if (state.lockedAt(now.plus(Duration.ofMinutes(7)))) {
                lockedWhenTheOwnerTries++;
            }
        }
        assertThat(lockedWhenTheOwnerTries).as("only every fifth failure locks").isEqualTo(8);
    }

    @Test
    void anUnfinishedSignInCountsButLetsTheAttemptUnderWayFinish() {
        var state = new Lockout(4, null);

        var afterPrompt = state.afterUnfinishedSignIn(START, 5, FIFTEEN_MINUTES);
        assertThat(afterPrompt.failures()).isEqualTo(5);
        assertThat(afterPrompt.lockedAt(START)).isFalse();

        var next = afterPrompt.afterUnfinishedSignIn(START, 5, FIFTEEN_MINUTES);
        assertThat(next.lockedAt(START)).isTrue();
        assertThat(afterPrompt.afterFailure(START, 5, FIFTEEN_MINUTES).lockedAt(START))
                .as("a wrong code after it locks")
                .isTrue();
    }
}
