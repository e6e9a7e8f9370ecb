package vn.hdndso.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hdndso.shared.limits.BucketsInMemory;
import vn.hdndso.shared.limits.MutableClock;

class PasswordCheckLimitsUnitTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T08:00:00Z"));
    private final BucketsInMemory buckets = new BucketsInMemory(clock);

    @Test
    void wrongPasswordsFromOneAddressAreRefusedAfterTheBurstUntilTheBucketRefills() {
        var limits = new PasswordCheckLimits(4, 0, 3, 6, buckets); // 3 at once, one more every 10 s

        for (int i = 0; i < 3; i++) {
            try (var permit = limits.tryStart("203.0.113.5").orElseThrow()) {
                // a wrong password: the token is spent
            }
        }

        assertThat(limits.tryStart("203.0.113.5"))
                .as("fourth wrong password in a row")
                .isEmpty();
        assertThat(limits.tryStart("203.0.113.6"))
                .as("another address is not affected")
                .isPresent();
        clock.advance(Duration.ofSeconds(10));
        assertThat(limits.tryStart("203.0.113.5"))
                .as("one token back after 10 s")
                .isPresent();
        assertThat(limits.tryStart("203.0.113.5")).isEmpty();
    }

    @Test
    void aRightPasswordGivesItsTokenBack() {
        var limits = new PasswordCheckLimits(4, 0, 2, 1, buckets);

        for (int i = 0; i < 10; i++) {
            try (var permit = limits.tryStart("198.51.100.7").orElseThrow()) {
                permit.passwordWasRight();
            }
        }

        assertThat(limits.tryStart("198.51.100.7")).isPresent();
    }

    @Test
    void noMoreThanTheConcurrentLimitRunAtOnceAndAReleasedSlotIsFreeAgain() {
        var limits = new PasswordCheckLimits(2, 0, 100, 100, buckets);
        List<PasswordCheckLimits.Permit> running = new ArrayList<>();

        running.add(limits.tryStart("192.0.2.1").orElseThrow());
        running.add(limits.tryStart("192.0.2.2").orElseThrow());

        assertThat(limits.tryStart("192.0.2.3")).as("a third check at once").isEmpty();
        running.getFirst().close();
        running.getFirst().close(); // closing twice frees one slot, not two
        assertThat(limits.tryStart("192.0.2.3")).isPresent();
        assertThat(limits.tryStart("192.0.2.4")).isEmpty();
    }

    @Test
    void aRefusalForConcurrencyDoesNotSpendTheAddressToken() {
        var limits = new PasswordCheckLimits(1, 0, 1, 1, buckets);
        var busy = limits.tryStart("192.0.2.10").orElseThrow();

        assertThat(limits.tryStart("192.0.2.11")).isEmpty();
        busy.close();

        assertThat(limits.tryStart("192.0.2.11"))
                .as("its one token was given back")
                .isPresent();
    }
}
