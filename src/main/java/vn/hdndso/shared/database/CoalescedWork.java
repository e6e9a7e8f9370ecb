package vn.hdndso.shared.database;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Work queued after commits and done on one thread of its own, each distinct item once per run:
 * items added while a run goes on wait for the next run, which is how many commits share one
 * short transaction (ADR 0009). A run returns the items it could not do; they are tried again
 * after {@link #RETRY_MILLIS}. {@link #stop()} does what is still queued before the instance
 * stops.
 *
 * @param <T> an item of work (a value: equal items are done once)
 */
public final class CoalescedWork<T> {

    /** How long failed items wait before they are tried again. */
    public static final long RETRY_MILLIS = 1_000;

    private static final Logger log = LoggerFactory.getLogger(CoalescedWork.class);

    private final Function<List<T>, Collection<T>> run;
    private final Set<T> pending = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final ScheduledExecutorService worker;

    /**
     * @param threadName the worker thread's name
     * @param run does a batch and returns the items that failed (to be tried again)
     */
    public CoalescedWork(String threadName, Function<List<T>, Collection<T>> run) {
        this.run = run;
        this.worker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
    }

    /** Queues an item; the worker takes it up at once, or after the run going on. */
    public void add(T item) {
        pending.add(item);
        signal();
    }

    private void signal() {
        if (!pending.isEmpty() && scheduled.compareAndSet(false, true)) {
            try {
                worker.execute(this::runAll);
            } catch (RejectedExecutionException e) {
                scheduled.set(false); // shutting down
            }
        }
    }

    private void runAll() {
        scheduled.set(false);
        List<T> batch = new ArrayList<>();
        for (T item : pending) {
            if (pending.remove(item)) {
                batch.add(item);
            }
        }
        if (batch.isEmpty()) {
            return;
        }
        Collection<T> failed = run.apply(batch);
        if (!failed.isEmpty()) {
            pending.addAll(failed);
            try {
                worker.schedule(this::signal, RETRY_MILLIS, TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                log.debug("not retried: shutting down");
            }
        }
    }

    /** Stops the worker and does what is still queued (a rolling restart during a vote). */
    public void stop() {
        worker.shutdown();
        try {
            if (!worker.awaitTermination(5, TimeUnit.SECONDS)) {
                worker.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!pending.isEmpty()) {
            runAll();
        }
    }
}
