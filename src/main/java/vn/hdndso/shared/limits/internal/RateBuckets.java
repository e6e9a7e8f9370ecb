package vn.hdndso.shared.limits.internal;

import java.time.Duration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.hdndso.shared.limits.RateDecision;
import vn.hdndso.shared.limits.RateLimit;
import vn.hdndso.shared.limits.RateLimiter;

/**
 * The token buckets in PostgreSQL's {@code rate_bucket}: one {@code insert … on conflict do update
 * … returning} per attempt, which refills the bucket by the time since its last attempt, takes a
 * token if there is one, and says what it did, atomically (the row lock orders two instances'
 * attempts on one client). The arithmetic is {@link RateLimit#refilled}'s, on the database's clock
 * (the one clock every instance shares). Call it outside a transaction: then the statement commits
 * at once and holds the row lock for microseconds, not for the caller's work.
 */
@Component
class RateBuckets implements RateLimiter {

    /** The bucket's tokens now: the stored ones plus those that came back since, at most the burst. */
    private static final String REFILLED = "least(:burst, b.tokens + greatest(0, extract(epoch from"
            + " statement_timestamp() - b.updated_at)::float8) / :refill)";

    private static final String LEFT = "(" + REFILLED + " - case when " + REFILLED + " >= 1 then 1 else 0 end)";

    private static final String TAKE = """
            insert into rate_bucket as b (limit_name, key_hash, tokens, granted, updated_at, full_at)
            values (:limit, :key, :burst - 1, true, statement_timestamp(),
                    statement_timestamp() + :refill * interval '1 second')
            on conflict (limit_name, key_hash) do update set
              tokens = %1$s,
              granted = %2$s >= 1,
              updated_at = greatest(b.updated_at, statement_timestamp()),
              full_at = greatest(b.updated_at, statement_timestamp()) + (:burst - %1$s) * :refill * interval '1 second'
            returning tokens, granted""".formatted(LEFT, REFILLED);

    private static final String GIVE_BACK = """
            update rate_bucket set tokens = least(:burst, tokens + 1),
                                   full_at = full_at - :refill * interval '1 second'
            where limit_name = :limit and key_hash = :key""";

    private record Bucket(double tokens, boolean granted) {}

    private final JdbcClient jdbc;
    private final ClientKeys keys;

    RateBuckets(JdbcClient jdbc, ClientKeys keys) {
        this.jdbc = jdbc;
        this.keys = keys;
    }

    @Override
    public RateDecision tryAcquire(RateLimit limit, String client) {
        String key = keys.of(client);
        Bucket bucket = jdbc.sql(TAKE)
                .param("limit", limit.name())
                .param("key", key)
                .param("burst", limit.burst())
                .param("refill", limit.refillSeconds())
                .query((rs, n) -> new Bucket(rs.getDouble(1), rs.getBoolean(2)))
                .single();
        return new RateDecision(
                bucket.granted(), bucket.granted() ? Duration.ZERO : limit.untilNextToken(bucket.tokens()), limit, key);
    }

    @Override
    public void giveBack(RateDecision decision) {
        if (!decision.granted()) {
            return;
        }
        jdbc.sql(GIVE_BACK)
                .param("limit", decision.limit().name())
                .param("key", decision.key())
                .param("burst", decision.limit().burst())
                .param("refill", decision.limit().refillSeconds())
                .update();
    }
}
