package vn.hdndso.identity.internal;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * How many password checks (Argon2, tens of milliseconds of CPU each, also for unknown names) may
 * run: a few at once for the whole server, and per client address a burst that refills slowly,
 * spent by wrong passwords only (a right one gives its token back). A check over either limit is
 * refused at once, without hashing.
 */
final class PasswordCheckLimits {

    /** At most this many addresses are remembered; full buckets are forgotten first. */
    static final int MAX_ADDRESSES = 10_000;

    private final Semaphore concurrent;
    private final long waitMillis;
    private final int burst;
    private final int perMinute;
    private final LongSupplier nanoTime;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    PasswordCheckLimits(int concurrent, long waitMillis, int burst, int perMinute, LongSupplier nanoTime) {
        this.concurrent = new Semaphore(Math.max(1, concurrent));
        this.waitMillis = waitMillis;
        this.burst = burst;
        this.perMinute = perMinute;
        this.nanoTime = nanoTime;
    }

    /** A permit to check one password from {@code address}, or none when over a limit. */
    Optional<Permit> tryStart(String address) {
        long now = nanoTime.getAsLong();
        if (buckets.size() >= MAX_ADDRESSES) {
            buckets.values().removeIf(b -> b.full(now));
        }
        if (buckets.size() >= MAX_ADDRESSES && !buckets.containsKey(address)) {
            return Optional.empty(); // under a spread-out flood: refuse new addresses rather than grow
        }
        TokenBucket bucket = buckets.computeIfAbsent(address, a -> new TokenBucket(burst, perMinute, now));
        if (!bucket.tryTake(now)) {
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
            bucket.giveBack(now);
            return Optional.empty();
        }
        return Optional.of(new Permit(bucket));
    }

    /** One running check; {@link #close()} it when done, {@link #passwordWasRight()} first if so. */
    final class Permit implements AutoCloseable {
        private final TokenBucket bucket;
        private boolean closed;

        private Permit(TokenBucket bucket) {
            this.bucket = bucket;
        }

        void passwordWasRight() {
            bucket.giveBack(nanoTime.getAsLong());
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
