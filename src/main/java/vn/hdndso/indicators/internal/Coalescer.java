package vn.hdndso.indicators.internal;

import java.util.ArrayList;
import java.util.Iterator;
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
 * marked {@link #urgent} is done on one worker shortly after (within {@code delayMillis}), once
 * however often it was marked meanwhile; keys marked {@link #whenIdle} (the fill at start-up) are
 * done one at a time while nothing is urgent.
 */
final class Coalescer<K> {

    private static final Logger log = LoggerFactory.getLogger(Coalescer.class);

    private final ScheduledExecutorService worker;
    private final long delayMillis;
    private final Consumer<K> work;
    private final Set<K> urgent = new LinkedHashSet<>();
    private final Set<K> idle = new LinkedHashSet<>();
    private boolean scheduled;

    Coalescer(ScheduledExecutorService worker, long delayMillis, Consumer<K> work) {
        this.worker = worker;
        this.delayMillis = delayMillis;
        this.work = work;
    }

    /** The key needs doing soon. */
    synchronized void urgent(K key) {
        urgent.add(key);
        idle.remove(key);
        schedule();
    }

    /** The keys need doing when nothing is urgent, in this order. */
    synchronized void whenIdle(List<K> keys) {
        for (K key : keys) {
            if (!urgent.contains(key)) {
                idle.add(key);
            }
        }
        schedule();
    }

    /** Keys waiting, urgent or not. */
    synchronized int pending() {
        return urgent.size() + idle.size();
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

    /** Every urgent key, or else one idle key; none (and no longer scheduled) when all is done. */
    private synchronized List<K> next() {
        if (!urgent.isEmpty()) {
            List<K> batch = new ArrayList<>(urgent);
            urgent.clear();
            return batch;
        }
        Iterator<K> first = idle.iterator();
        if (first.hasNext()) {
            K key = first.next();
            first.remove();
            return List.of(key);
        }
        scheduled = false;
        return List.of();
    }
}
