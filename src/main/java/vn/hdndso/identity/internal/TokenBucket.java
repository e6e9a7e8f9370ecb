package vn.hdndso.identity.internal;

/**
 * Tokens that refill at a steady rate up to a burst: each password check of one address takes
 * one, a right password gives it back. Times are in nanoseconds of a monotonic clock.
 */
final class TokenBucket {

    private final int burst;
    private final long nanosPerToken;
    private double tokens;
    private long updatedAt;

    TokenBucket(int burst, int perMinute, long now) {
        this.burst = Math.max(1, burst);
        this.nanosPerToken = 60_000_000_000L / Math.max(1, perMinute);
        this.tokens = this.burst;
        this.updatedAt = now;
    }

    synchronized boolean tryTake(long now) {
        refill(now);
        if (tokens < 1) {
            return false;
        }
        tokens -= 1;
        return true;
    }

    synchronized void giveBack(long now) {
        refill(now);
        tokens = Math.min(burst, tokens + 1);
    }

    /** Full again: nothing to remember about this address. */
    synchronized boolean full(long now) {
        refill(now);
        return tokens >= burst;
    }

    private void refill(long now) {
        long elapsed = Math.max(0, now - updatedAt);
        tokens = Math.min(burst, tokens + (double) elapsed / nanosPerToken);
        updatedAt = now;
    }
}
