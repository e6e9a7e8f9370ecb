package vn.hdndso.indicators.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Work per key that is asked for far more often than it needs doing: 500 ballots of one session
 * each say that the council's work changed, and the council's values need computing once. A key
 * marked is done on one worker shortly after (within {@code delayMillis}), once however often it
 * was marked meanwhile, and <b>at most once per {@code intervalMillis}</b> (start to start): marks
 * that arrive while it is being done, or soon after, make it done once more when the interval has
 * passed. A steady stream of changes (a vote of 500 delegates, a flood of public petitions) thus
 * costs one run per interval, not one run after another for as long as the stream lasts.
 */
final class Coalescer<K> {

    private static final Logger log = LoggerFactory.getLogger(Coalescer.class);

    private final ScheduledExecutorService worker;
    private final long delayNanos;
    private final long intervalNanos;
    private final Consumer<K> work;
    private final LongSupplier nanoTime;
    private final Set<K> marked = new LinkedHashSet<>();
    private final Map<K, Long> lastStarted = new HashMap<>();

    /** The next drain waiting on the worker, and when it runs (nanoTime). */
    private @Nullable ScheduledFuture<?> pending;

    private long pendingAt;

    /** A drain is taking keys (it sees every mark made meanwhile). */
    private boolean draining;

    /** The worker must run one task at a time (a single-thread executor). */
    Coalescer(ScheduledExecutorService worker, long delayMillis, Consumer<K> work) {
        this(worker, delayMillis, 0, work, System::nanoTime);
    }

    Coalescer(
            ScheduledExecutorService worker,
            long delayMillis,
            long intervalMillis,
            Consumer<K> work,
            LongSupplier nanoTime) {
        this.worker = worker;
        this.delayNanos = TimeUnit.MILLISECONDS.toNanos(delayMillis);
        this.intervalNanos = TimeUnit.MILLISECONDS.toNanos(intervalMillis);
        this.work = work;
        this.nanoTime = nanoTime;
    }

    /** The key needs doing soon. */
    synchronized void mark(K key) {
        marked.add(key);
        if (!draining) {
            long now = nanoTime.getAsLong();
            drainAt(now, now + Math.max(delayNanos, dueIn(key, now)));
        }
    }

    /** Keys waiting. */
    synchronized int pending() {
        return marked.size();
    }

    /** Makes sure a drain runs by {@code at}: a later one waiting is brought forward. */
    private void drainAt(long now, long at) {
        ScheduledFuture<?> waiting = pending;
        if (waiting != null && pendingAt <= at) {
            return;
        }
        if (waiting != null) {
            waiting.cancel(false);
        }
        pending = worker.schedule(this::drain, Math.max(0, at - now), TimeUnit.NANOSECONDS);
        pendingAt = at;
    }

    private void drain() {
        synchronized (this) {
            pending = null;
            draining = true;
        }
        while (true) {
            List<K> batch = next();
            if (batch.isEmpty()) {
                return;
            }
            for (K key : batch) {
                try {
                    work.accept(key);
                } catch (RuntimeException e) {
                    log.error("Work for {} failed", key, e);
                }
            }
        }
    }

    /**
     * The marked keys whose interval has passed (now started); none when nothing is due, and then
     * the drain ends and the next one is scheduled for the earliest key still waiting, if any.
     */
    private synchronized List<K> next() {
        long now = nanoTime.getAsLong();
        List<K> due = new ArrayList<>();
        long earliest = Long.MAX_VALUE;
        for (Iterator<K> keys = marked.iterator(); keys.hasNext(); ) {
            K key = keys.next();
            long wait = dueIn(key, now);
            if (wait <= 0) {
                keys.remove();
                lastStarted.put(key, now);
                due.add(key);
            } else {
                earliest = Math.min(earliest, wait);
            }
        }
        if (due.isEmpty()) {
            draining = false;
            if (!marked.isEmpty()) {
                drainAt(now, now + earliest);
            }
        }
        return due;
    }

    /** How long until the key may be done again (≤ 0: now). */
    private long dueIn(K key, long now) {
        @Nullable Long started = lastStarted.get(key);
        return started == null ? 0 : started + intervalNanos - now;
    }
}
