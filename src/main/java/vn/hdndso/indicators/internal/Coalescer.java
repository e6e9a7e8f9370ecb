package vn.hdndso.indicators.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Work per key that is asked for far more often than it needs doing: 500 ballots of one session
 * each say that the council's work changed, and the council's values need computing once. A key
 * marked is done on one worker shortly after (within {@code delayMillis}), once however often it
 * was marked meanwhile; marks that arrive while it is being done make it done once more after.
 */
final class Coalescer<K> {

    private static final Logger log = LoggerFactory.getLogger(Coalescer.class);

    private final ScheduledExecutorService worker;
    private final long delayMillis;
    private final Consumer<K> work;
    private final Set<K> marked = new LinkedHashSet<>();
    private boolean scheduled;

    Coalescer(ScheduledExecutorService worker, long delayMillis, Consumer<K> work) {
        this.worker = worker;
        this.delayMillis = delayMillis;
        this.work = work;
    }

    /** The key needs doing soon. */
    synchronized void mark(K key) {
        marked.add(key);
        schedule();
    }

    /** Keys waiting. */
    synchronized int pending() {
        return marked.size();
    }

    private void schedule() {
        if (!scheduled) {
            scheduled = true;
            worker.schedule(this::drain, delayMillis, TimeUnit.MILLISECONDS);
        }
    }

    private void drain() {
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

    /** Every marked key; none (and no longer scheduled) when all is done. */
    private synchronized List<K> next() {
        if (marked.isEmpty()) {
            scheduled = false;
            return List.of();
        }
        List<K> batch = new ArrayList<>(marked);
        marked.clear();
        return batch;
    }
}
