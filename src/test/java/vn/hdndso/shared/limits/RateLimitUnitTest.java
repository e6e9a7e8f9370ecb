package vn.hdndso.shared.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RateLimitUnitTest {

    @Test
    void thirtyAnHourIsABucketOfThirtyRefilledEveryTwoMinutes() {
        var limit = RateLimit.perPeriod("petitions.submission", 30, Duration.ofHours(1));
        assertThat(limit.burst()).isEqualTo(30);
        assertThat(limit.refillEvery()).isEqualTo(Duration.ofMinutes(2));
        assertThat(limit.refillSeconds()).isEqualTo(120.0);
    }

    @Test
    void aBurstThenSoManyAMinute() {
        var limit = RateLimit.burstThenPerMinute("identity.password", 10, 6);
        assertThat(limit.burst()).isEqualTo(10);
        assertThat(limit.refillEvery()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void tokensComeBackWithTimeButNeverBeyondTheBurst() {
        var limit = new RateLimit("x", 3, Duration.ofSeconds(10));
        assertThat(limit.refilled(0, Duration.ofSeconds(5))).isEqualTo(0.5);
        assertThat(limit.refilled(0, Duration.ofSeconds(20))).isEqualTo(2.0);
        assertThat(limit.refilled(2.5, Duration.ofMinutes(5))).isEqualTo(3.0);
        assertThat(limit.refilled(1, Duration.ofSeconds(-30)))
                .as("a clock that went back gives nothing and takes nothing")
                .isEqualTo(1.0);
    }

    @Test
    void anAttemptNeedsAWholeTokenAndIsToldWhenTheNextOneComes() {
        var limit = new RateLimit("x", 3, Duration.ofSeconds(10));
        assertThat(limit.admits(1)).isTrue();
        assertThat(limit.admits(0.99)).isFalse();
        assertThat(limit.untilNextToken(1.5)).isZero();
        assertThat(limit.untilNextToken(0)).isEqualTo(Duration.ofSeconds(10));
        assertThat(limit.untilNextToken(0.75)).as("rounded up to whole seconds").isEqualTo(Duration.ofSeconds(3));
        assertThat(limit.untilNextToken(0.99)).as("at least a second").isEqualTo(Duration.ofSeconds(1));
        assertThat(limit.untilFull(0)).isEqualTo(Duration.ofSeconds(30));
        assertThat(limit.untilFull(3)).isZero();
    }

    @Test
    void aLimitWithoutAttemptsOrRefillIsRefused() {
        assertThatThrownBy(() -> new RateLimit("x", 0, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RateLimit("x", 1, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RateLimit(" ", 1, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void threeAnHourFromOneAddressThenOneEveryTwentyMinutesNoEdgeBurstAroundTheHour() {
        var clock = new MutableClock(Instant.parse("2026-11-25T08:59:00Z"));
        var buckets = new BucketsInMemory(clock);
        var limit = RateLimit.perPeriod("petitions.submission", 3, Duration.ofHours(1));
        for (int i = 0; i < 3; i++) {
            assertThat(buckets.tryAcquire(limit, "10.0.0.1").granted()).isTrue();
        }
        RateDecision refused = buckets.tryAcquire(limit, "10.0.0.1");
        assertThat(refused.granted()).isFalse();
        assertThat(refused.retryAfterSeconds()).isEqualTo(20 * 60);
        assertThat(buckets.tryAcquire(limit, "10.0.0.2").granted())
                .as("another address")
                .isTrue();
        clock.advance(Duration.ofMinutes(2));
        assertThat(buckets.tryAcquire(limit, "10.0.0.1").granted())
                .as("a new hour on the wall clock is no new allowance")
                .isFalse();
        clock.advance(Duration.ofMinutes(18));
        assertThat(buckets.tryAcquire(limit, "10.0.0.1").granted()).isTrue();
        assertThat(buckets.tryAcquire(limit, "10.0.0.1").granted()).isFalse();
        clock.advance(Duration.ofHours(2));
        for (int i = 0; i < 3; i++) {
            assertThat(buckets.tryAcquire(limit, "10.0.0.1").granted()).isTrue();
        }
    }

    @Test
    void aTokenGivenBackCanBeSpentAgainButARefusalGivesNothingBack() {
        var buckets = new BucketsInMemory(new MutableClock(Instant.parse("2026-11-25T08:00:00Z")));
        var limit = new RateLimit("x", 1, Duration.ofHours(1));
        RateDecision first = buckets.tryAcquire(limit, "a");
        RateDecision refused = buckets.tryAcquire(limit, "a");
        buckets.giveBack(refused);
        assertThat(buckets.tryAcquire(limit, "a").granted()).isFalse();
        buckets.giveBack(first);
        assertThat(buckets.tryAcquire(limit, "a").granted()).isTrue();
    }
}
