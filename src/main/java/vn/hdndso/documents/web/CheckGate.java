package vn.hdndso.documents.web;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import vn.hdndso.shared.limits.RateDecision;
import vn.hdndso.shared.limits.RateLimit;
import vn.hdndso.shared.limits.RateLimiter;

/**
 * Admission to an expensive public check: at most {@code concurrent} at once on this instance (a
 * full house is told to come back: {@code 503}; the cap protects this instance's processors) and
 * at most {@code perMinute} a minute for one address across all instances ({@code 429}, counted in
 * the shared rate buckets). Both answers say when to retry.
 */
final class CheckGate {

    static final String LIMIT = "documents.signature-check";

    /** Why a check was not admitted, and when to try again. */
    record Refusal(boolean busy, long retryAfterSeconds) {}

    private final Semaphore permits;
    private final RateLimit perAddress;
    private final Duration retryWhenBusy;
    private final RateLimiter limiter;

    CheckGate(int concurrent, int perMinute, Duration retryWhenBusy, RateLimiter limiter) {
        this.permits = new Semaphore(Math.max(1, concurrent));
        this.perAddress = RateLimit.perPeriod(LIMIT, Math.max(1, perMinute), Duration.ofMinutes(1));
        this.retryWhenBusy = retryWhenBusy;
        this.limiter = limiter;
    }

    /**
     * Admits a check from {@code address} (then {@link #leave()} must follow) or says why not. A
     * refused request does not count against the address.
     */
    Optional<Refusal> enter(String address) {
        RateDecision decision = limiter.tryAcquire(perAddress, address);
        if (!decision.granted()) {
            return Optional.of(new Refusal(false, decision.retryAfterSeconds()));
        }
        if (!permits.tryAcquire()) {
            limiter.giveBack(decision);
            return Optional.of(new Refusal(true, Math.max(1, retryWhenBusy.toSeconds())));
        }
        return Optional.empty();
    }

    /** Ends an admitted check. */
    void leave() {
        permits.release();
    }
}
