package vn.hdndso.documents.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * Admission to an expensive public check: at most {@code concurrent} at once for everyone (a full
 * house is told to come back: {@code 503}) and at most {@code perMinute} a minute for one address
 * ({@code 429}). Both answers say when to retry.
 */
final class CheckGate {

    /** Why a check was not admitted, and when to try again. */
    record Refusal(boolean busy, long retryAfterSeconds) {}

    private record Window(long minute, int count) {}

    /** Beyond this many addresses, the windows of past minutes are dropped. */
    private static final int MAX_ADDRESSES = 10_000;

    private final Semaphore permits;
    private final int perMinute;
    private final Duration retryWhenBusy;
    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    CheckGate(int concurrent, int perMinute, Duration retryWhenBusy, Clock clock) {
        this.permits = new Semaphore(Math.max(1, concurrent));
        this.perMinute = Math.max(1, perMinute);
        this.retryWhenBusy = retryWhenBusy;
        this.clock = clock;
    }

    /**
     * Admits a check from {@code address} (then {@link #leave()} must follow) or says why not. A
     * refused request does not count against the address.
     */
    Optional<Refusal> enter(String address) {
        Instant now = clock.instant();
        long minute = now.getEpochSecond() / 60;
        Window window = windows.get(address);
        if (window != null && window.minute() == minute && window.count() >= perMinute) {
            return Optional.of(new Refusal(false, 60 - now.getEpochSecond() % 60));
        }
        if (!permits.tryAcquire()) {
            return Optional.of(new Refusal(true, Math.max(1, retryWhenBusy.toSeconds())));
        }
        if (windows.size() > MAX_ADDRESSES) {
            windows.values().removeIf(w -> w.minute() != minute);
        }
        windows.merge(
                address,
                new Window(minute, 1),
                (old, one) -> old.minute() == minute ? new Window(minute, old.count() + 1) : one);
        return Optional.empty();
    }

    /** Ends an admitted check. */
    void leave() {
        permits.release();
    }
}
