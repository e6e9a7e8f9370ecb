package vn.hdndso.notifications.internal;

import java.time.Duration;
import java.util.Optional;

/**
 * When a message that met a passing fault is tried again: after {@code first}, doubled at each
 * attempt, never more than {@code max}; after {@code maxAttempts} attempts it is not tried again.
 */
record RetryPolicy(int maxAttempts, Duration first, Duration max) {

    /** The pause before the next attempt after {@code attempts} attempts, or empty when they are used up. */
    Optional<Duration> pauseAfter(int attempts) {
        if (attempts >= maxAttempts) {
            return Optional.empty();
        }
        int doublings = Math.max(0, Math.min(attempts - 1, 30));
        Duration pause = first.multipliedBy(1L << doublings);
        return Optional.of(pause.compareTo(max) > 0 ? max : pause);
    }
}
