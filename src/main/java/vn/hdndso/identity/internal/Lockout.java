package vn.hdndso.identity.internal;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An account's failed sign-ins in a row and the lock they led to. A lock that has run out starts
 * the count again: one wrong password after it is the first of a new series, not the sixth of the
 * old one (which would lock the account again at once, for ever if someone kept trying).
 *
 * @param failures failed sign-ins (wrong passwords, unfinished or wrong second factors) in a row
 * @param lockedUntil the end of the current or last lock, if any
 */
record Lockout(int failures, @Nullable Instant lockedUntil) {

    /** The state after one more failure at {@code now}. */
    Lockout afterFailure(Instant now, int lockAfter, Duration lockDuration) {
        int counted = lockExpired(now) ? 1 : failures + 1;
        @Nullable Instant until = lockExpired(now) ? null : lockedUntil;
        if (counted >= lockAfter) {
            until = now.plus(lockDuration);
        }
        return new Lockout(counted, until);
    }

    /**
     * The state after a right password of an account with a second factor, whose code is still
     * to come: it counts as a failure until the code clears the count, but the attempt under way
     * may still finish, so it locks only once the count is over the limit.
     */
    Lockout afterUnfinishedSignIn(Instant now, int lockAfter, Duration lockDuration) {
        return afterFailure(now, lockAfter + 1, lockDuration);
    }

    boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    private boolean lockExpired(Instant now) {
        return lockedUntil != null && !lockedUntil.isAfter(now);
    }
}
