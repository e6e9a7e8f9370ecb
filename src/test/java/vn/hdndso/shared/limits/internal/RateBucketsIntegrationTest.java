package vn.hdndso.shared.limits.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.hdndso.shared.limits.RateDecision;
import vn.hdndso.shared.limits.RateLimit;
import vn.hdndso.support.IntegrationTest;

/**
 * The token buckets in PostgreSQL follow {@link RateLimit}'s rules: a burst, then refused until a
 * token comes back; attempts at once never take more than there is; a token given back can be
 * spent; full buckets are pruned. Each test uses its own limit name, so no other test's attempts
 * count.
 */
@IntegrationTest
class RateBucketsIntegrationTest {

    @Autowired
    RateBuckets buckets;

    @Autowired
    RateBucketPruning pruning;

    @Autowired
    JdbcClient jdbc;

    private static String fresh(String what) {
        return "test." + what + "." + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aBurstThenRefusalsWithWhenToRetryThenATokenComesBack() {
        var limit = new RateLimit(fresh("burst"), 3, Duration.ofMinutes(10));
        for (int i = 0; i < 3; i++) {
            assertThat(buckets.tryAcquire(limit, "192.0.2.1").granted())
                    .as("attempt " + (i + 1))
                    .isTrue();
        }
        RateDecision refused = buckets.tryAcquire(limit, "192.0.2.1");
        assertThat(refused.granted()).isFalse();
        assertThat(refused.retryAfterSeconds()).isBetween(590L, 600L);
        assertThat(buckets.tryAcquire(limit, "192.0.2.2").granted())
                .as("another address")
                .isTrue();
        age(limit, Duration.ofMinutes(10));
        assertThat(buckets.tryAcquire(limit, "192.0.2.1").granted())
                .as("one token back after ten minutes")
                .isTrue();
        assertThat(buckets.tryAcquire(limit, "192.0.2.1").granted()).isFalse();
        age(limit, Duration.ofHours(5));
        for (int i = 0; i < 3; i++) {
            assertThat(buckets.tryAcquire(limit, "192.0.2.1").granted())
                    .as("a full bucket again, never more than the burst")
                    .isTrue();
        }
        assertThat(buckets.tryAcquire(limit, "192.0.2.1").granted()).isFalse();
    }

    /** Moves the buckets of {@code limit} back in time, as if their last attempts were {@code by} ago. */
    private void age(RateLimit limit, Duration by) {
        jdbc.sql("""
                        update rate_bucket set updated_at = updated_at - :seconds * interval '1 second',
                                               full_at = full_at - :seconds * interval '1 second'
                        where limit_name = :l""").param("seconds", by.toSeconds()).param("l", limit.name()).update();
    }

    @Test
    void refusalsTakeNothingAndAGivenBackTokenCanBeSpent() {
        var limit = new RateLimit(fresh("give-back"), 1, Duration.ofHours(1));
        RateDecision first = buckets.tryAcquire(limit, "192.0.2.3");
        assertThat(first.granted()).isTrue();
        for (int i = 0; i < 5; i++) {
            RateDecision refused = buckets.tryAcquire(limit, "192.0.2.3");
            assertThat(refused.granted()).isFalse();
            assertThat(refused.retryAfterSeconds()).isBetween(3590L, 3600L);
            buckets.giveBack(refused);
        }
        assertThat(buckets.tryAcquire(limit, "192.0.2.3").granted()).isFalse();
        buckets.giveBack(first);
        assertThat(buckets.tryAcquire(limit, "192.0.2.3").granted()).isTrue();
    }

    @Test
    void attemptsAtOnceNeverTakeMoreThanTheBurst() throws Exception {
        var limit = new RateLimit(fresh("race"), 7, Duration.ofHours(1));
        List<Callable<Boolean>> attempts = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            attempts.add(() -> buckets.tryAcquire(limit, "192.0.2.4").granted());
        }
        int granted = 0;
        try (var pool = Executors.newFixedThreadPool(8)) {
            for (Future<Boolean> f : pool.invokeAll(attempts)) {
                granted += f.get() ? 1 : 0;
            }
        }
        assertThat(granted).isEqualTo(7);
    }

    @Test
    void theAddressIsNeverStoredOnlyItsKeyedHashAndFullBucketsArePruned() {
        var limit = new RateLimit(fresh("prune"), 2, Duration.ofMinutes(1));
        var kept = new RateLimit(fresh("kept"), 2, Duration.ofHours(1));
        buckets.tryAcquire(limit, "198.51.100.77");
        buckets.tryAcquire(kept, "198.51.100.77");
        List<String> keys = jdbc.sql("select key_hash from rate_bucket where limit_name in (:a, :b)")
                .param("a", limit.name())
                .param("b", kept.name())
                .query(String.class)
                .list();
        assertThat(keys)
                .hasSize(2)
                // the address in any spelling: with its dots, or its digits run together (a short run such as
                // "77" may well occur in a random hex key: checking those failed about one run in nine)
                .allSatisfy(k -> assertThat(k)
                        .hasSize(ClientKeys.HEX_DIGITS)
                        .doesNotContain("198.51.100.77", "19851100077", "c633644d")); // the last: its four bytes in hex
        assertThat(keys.get(0)).as("one client, one key").isEqualTo(keys.get(1));

        age(limit, Duration.ofMinutes(2)); // the first bucket is full again after a minute
        RateBucketPruning.Run run = pruning.runOnce();
        assertThat(run.ran()).isTrue();
        assertThat(count(limit)).as("a full bucket is forgotten").isZero();
        assertThat(count(kept)).as("a bucket still refilling is kept").isOne();
    }

    private int count(RateLimit limit) {
        return jdbc.sql("select count(*) from rate_bucket where limit_name = :l")
                .param("l", limit.name())
                .query(Integer.class)
                .single();
    }
}
