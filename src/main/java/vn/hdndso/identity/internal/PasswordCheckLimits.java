package vn.hdndso.identity.internal;

import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import vn.hdndso.shared.limits.RateDecision;
import vn.hdndso.shared.limits.RateLimit;
import vn.hdndso.shared.limits.RateLimiter;

/**
 * How many password checks (Argon2, tens of milliseconds of CPU each, also for unknown names) may
 * run: a few at once on this server, and per client address a burst that refills slowly, spent by
 * wrong passwords only (a right one gives its token back). A check over either limit is refused at
 * once, without hashing.
 *
 * <p>The per-address allowance is counted in the shared rate buckets ({@link RateLimiter}), so a
 * client that spreads its guesses over several instances gets no more than from one. The cap on
 * checks at once stays with each instance: it protects that instance's own processors, which a
 * check on another instance does not use.
 */
final class PasswordCheckLimits {

    static final String LIMIT = "identity.password";

    private final Semaphore concurrent;
    private final long waitMillis;
    private final RateLimit perAddress;
    private final RateLimiter limiter;

    PasswordCheckLimits(int concurrent, long waitMillis, int burst, int perMinute, RateLimiter limiter) {
        this.concurrent = new Semaphore(Math.max(1, concurrent));
        this.waitMillis = waitMillis;
        this.perAddress = RateLimit.burstThenPerMinute(LIMIT, burst, perMinute);
        this.limiter = limiter;
    }

    /** A permit to check one password from {@code address}, or none when over a limit. */
    Optional<Permit> tryStart(String address) {
        RateDecision decision = limiter.tryAcquire(perAddress, address);
        if (!decision.granted()) {
            return Optional.empty();
        }
        boolean acquired;
        try {
            acquired = concurrent.tryAcquire(waitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            limiter.giveBack(decision);
            return Optional.empty();
        }
        return Optional.of(new Permit(decision));
    }

    /** One running check; {@link #close()} it when done, {@link #passwordWasRight()} first if so. */
    final class Permit implements AutoCloseable {
        private final RateDecision decision;
        private boolean closed;
        private boolean givenBack;

        private Permit(RateDecision decision) {
            this.decision = decision;
        }

        void passwordWasRight() {
            if (!givenBack) {
                givenBack = true;
                limiter.giveBack(decision);
            }
        }

        @Override
        public void close() {
            if (!closed) {
                closed = true;
                concurrent.release();
            }
        }
    }
}
