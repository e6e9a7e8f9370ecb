package vn.hdndso.documents.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.hdndso.shared.limits.BucketsInMemory;
import vn.hdndso.shared.limits.MutableClock;

class CheckGateUnitTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T08:00:10Z"));
    private final BucketsInMemory buckets = new BucketsInMemory(clock);

    @Test
    void a_full_house_is_told_to_come_back() {
        var gate = new CheckGate(2, 100, Duration.ofSeconds(5), buckets);
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
        var gate = new CheckGate(10, 3, Duration.ofSeconds(5), buckets);
        for (int i = 0; i < 3; i++) {
            assertThat(gate.enter("203.0.113.7")).isEmpty();
            gate.leave();
        }
        assertThat(gate.enter("203.0.113.7")).hasValueSatisfying(r -> {
            assertThat(r.busy()).isFalse();
            assertThat(r.retryAfterSeconds()).as("one check back every 20 s").isEqualTo(20);
        });
        assertThat(gate.enter("198.51.100.1")).as("another address").isEmpty();
        gate.leave();
        clock.advance(Duration.ofSeconds(20));
        assertThat(gate.enter("203.0.113.7")).as("20 s later").isEmpty();
        gate.leave();
        assertThat(gate.enter("203.0.113.7")).isPresent();
    }

    @Test
    void a_full_house_does_not_spend_the_address_allowance() {
        var gate = new CheckGate(1, 1, Duration.ofSeconds(5), buckets);
        assertThat(gate.enter("a")).isEmpty();
        assertThat(gate.enter("b")).hasValueSatisfying(r -> assertThat(r.busy()).isTrue());
        gate.leave();
        assertThat(gate.enter("b")).as("its one check was given back").isEmpty();
    }
}
