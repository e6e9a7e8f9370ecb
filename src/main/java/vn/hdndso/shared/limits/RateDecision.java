package vn.hdndso.shared.limits;

import java.time.Duration;

/**
 * The answer to one attempt under a {@link RateLimit}.
 *
 * @param granted whether the attempt may go ahead (a token was taken)
 * @param retryAfter when refused, how long until the next attempt would pass (whole seconds, at
 *     least one); zero when granted
 * @param limit the limit asked
 * @param key the client's keyed hash under which the attempt was counted (never the address)
 */
public record RateDecision(boolean granted, Duration retryAfter, RateLimit limit, String key) {

    /** The retry delay in whole seconds, for a {@code Retry-After} header. */
    public long retryAfterSeconds() {
        return Math.max(1, retryAfter.toSeconds());
    }
}
