package vn.hdndso.webhooks;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a delivery that failed is tried again: after {@code firstDelay}, then twice as long each
 * time, never more than {@code maxDelay} apart; it is given up after {@code maxAttempts} attempts
 * or once it is older than {@code maxAge}.
 */
public record RetrySchedule(Duration firstDelay, Duration maxDelay, int maxAttempts, Duration maxAge) {

    public RetrySchedule {
        if (firstDelay.isNegative() || firstDelay.isZero()) {
            throw new IllegalArgumentException("the first retry delay must be positive");
        }
        if (maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("the longest retry delay is shorter than the first");
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("at least one attempt");
        }
    }

    /** The delay after the given number of failed attempts (1 for the first failure). */
    public Duration delayAfter(int failedAttempts) {
        int doublings = Math.max(0, Math.min(failedAttempts - 1, 30));
        Duration delay = firstDelay.multipliedBy(1L << doublings);
        return delay.compareTo(maxDelay) > 0 || delay.isNegative() ? maxDelay : delay;
    }

    /**
     * When to try again after a failed attempt, or empty when the delivery is given up.
     *
     * @param failedAttempts the attempts made so far, all failed
     * @param since when the delivery (or its replay) started
     */
    public Optional<Instant> nextAttempt(int failedAttempts, Instant since, Instant now) {
        if (failedAttempts >= maxAttempts) {
            return Optional.empty();
        }
        Instant next = now.plus(delayAfter(failedAttempts));
        return next.isAfter(since.plus(maxAge)) ? Optional.empty() : Optional.of(next);
    }
}
