package vn.hdndso.shared.limits;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The rules of {@link RateLimit} applied in memory, for the unit tests of the limits' users (the
 * database's buckets, which apply the same arithmetic, have their own integration test). Keys are
 * the clients themselves: nothing here is stored.
 */
public final class BucketsInMemory implements RateLimiter {

    private record Bucket(double tokens, Instant at) {}

    private final Clock clock;
    private final Map<String, Bucket> buckets = new HashMap<>();

    public BucketsInMemory(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized RateDecision tryAcquire(RateLimit limit, String client) {
        Instant now = clock.instant();
        String key = limit.name() + " " + client;
        Bucket old = buckets.get(key);
        double tokens = old == null ? limit.burst() : limit.refilled(old.tokens(), Duration.between(old.at(), now));
        boolean granted = limit.admits(tokens);
        buckets.put(key, new Bucket(granted ? tokens - 1 : tokens, now));
        return new RateDecision(granted, granted ? Duration.ZERO : limit.untilNextToken(tokens), limit, key);
    }

    @Override
    public synchronized void giveBack(RateDecision decision) {
        if (decision.granted()) {
            buckets.computeIfPresent(
                    decision.key(),
                    (k, b) -> new Bucket(Math.min(decision.limit().burst(), b.tokens() + 1), b.at()));
        }
    }
}
