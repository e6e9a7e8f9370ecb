package vn.hdndso.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyUnitTest {

    private final RetryPolicy policy = new RetryPolicy(5, Duration.ofSeconds(30), Duration.ofMinutes(3));

    @Test
    void doublesThePauseAfterEachAttemptUpToTheLongest() {
        assertThat(policy.pauseAfter(1)).contains(Duration.ofSeconds(30));
        assertThat(policy.pauseAfter(2)).contains(Duration.ofMinutes(1));
        assertThat(policy.pauseAfter(3)).contains(Duration.ofMinutes(2));
        assertThat(policy.pauseAfter(4)).contains(Duration.ofMinutes(3));
    }

    @Test
    void stopsOnceTheAttemptsAreUsedUp() {
        assertThat(policy.pauseAfter(5)).isEmpty();
        assertThat(policy.pauseAfter(9)).isEmpty();
    }
}
