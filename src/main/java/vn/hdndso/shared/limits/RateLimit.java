package vn.hdndso.shared.limits;

import java.time.Duration;

/**
 * How often one client may do one thing: a bucket of {@code burst} tokens, each attempt takes one,
 * and one comes back every {@code refillEvery} (never more than {@code burst}). "30 an hour" is a
 * burst of 30 refilled one every two minutes: a sliding hour without the edge of a fixed window,
 * where 60 could pass in two minutes around the hour.
 *
 * @param name the limit's name, unique in the installation ("petitions.submission")
 * @param burst the most attempts in a row from a full bucket (at least 1)
 * @param refillEvery how long one token takes to come back (positive)
 */
public record RateLimit(String name, int burst, Duration refillEvery) {

    public RateLimit {
        if (name.isBlank() || name.length() > 60) {
            throw new IllegalArgumentException("a rate limit needs a name of 1 to 60 characters");
        }
        if (burst < 1) {
            throw new IllegalArgumentException("a rate limit allows at least one attempt: " + name);
        }
        if (refillEvery.isNegative() || refillEvery.isZero()) {
            throw new IllegalArgumentException("a rate limit's tokens must come back: " + name);
        }
    }

    /** {@code count} attempts in any {@code period}, spread: the bucket holds {@code count}. */
    public static RateLimit perPeriod(String name, int count, Duration period) {
        int n = Math.max(1, count);
        return new RateLimit(name, n, period.dividedBy(n).isZero() ? Duration.ofNanos(1) : period.dividedBy(n));
    }

    /** A burst of {@code burst}, then {@code perMinute} a minute. */
    public static RateLimit burstThenPerMinute(String name, int burst, int perMinute) {
        return new RateLimit(name, burst, Duration.ofMinutes(1).dividedBy(Math.max(1, perMinute)));
    }

    /** The refill interval in seconds, as the database computes with it. */
    public double refillSeconds() {
        return refillEvery.toNanos() / 1e9;
    }

    /** The tokens of a bucket that held {@code tokens} {@code elapsed} ago (capped at the burst). */
    public double refilled(double tokens, Duration elapsed) {
        double seconds = Math.max(0, elapsed.toNanos() / 1e9);
        return Math.min(burst, tokens + seconds / refillSeconds());
    }

    /** Whether a bucket holding {@code tokens} lets an attempt through (it then holds one less). */
    public boolean admits(double tokens) {
        return tokens >= 1;
    }

    /** How long a bucket holding {@code tokens} takes to let the next attempt through (at least a second). */
    public Duration untilNextToken(double tokens) {
        if (admits(tokens)) {
            return Duration.ZERO;
        }
        long nanos = (long) Math.ceil((1 - tokens) * refillEvery.toNanos());
        return Duration.ofSeconds(Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L));
    }

    /** How long a bucket holding {@code tokens} takes to be full again: after that it may be forgotten. */
    public Duration untilFull(double tokens) {
        return Duration.ofNanos((long) Math.ceil(Math.max(0, burst - tokens) * refillEvery.toNanos()));
    }
}
