package vn.hdndso.documents.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class CheckGateUnitTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T08:00:10Z"));

    @Test
    void a_full_house_is_told_to_come_back() {
        var gate = new CheckGate(2, 100, Duration.ofSeconds(5), clock);
        assertThat(gate.enter("a")).isEmpty();
        assertThat(gate.enter("b")).isEmpty();
        assertThat(gate.enter("c")).hasValueSatisfying(r -> {
            assertThat(r.busy()).isTrue();
            assertThat(r.retryAfterSeconds()).isEqualTo(5);
        });
        gate.leave();
        assertThat(gate.enter("c")).isEmpty();
    }

    @Test
    void one_address_gets_so_many_checks_a_minute() {
        var gate = new CheckGate(10, 3, Duration.ofSeconds(5), clock);
        for (int i = 0; i < 3; i++) {
            assertThat(gate.enter("203.0.113.7")).isEmpty();
            gate.leave();
        }
        assertThat(gate.enter("203.0.113.7")).hasValueSatisfying(r -> {
            assertThat(r.busy()).isFalse();
            assertThat(r.retryAfterSeconds()).isEqualTo(50);
        });
        assertThat(gate.enter("198.51.100.1")).as("another address").isEmpty();
        gate.leave();
        clock.now = clock.now.plusSeconds(50);
        assertThat(gate.enter("203.0.113.7")).as("the next minute").isEmpty();
    }

    private static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
