package vn.hdndso.indicators.internal;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.shared.CouncilEvent;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.VnTime;

/**
 * Keeps the current values live: every {@link CouncilEvent} marks its council once the publishing
 * transaction commits, and one worker measures each marked council's current month, half-year and
 * year again {@value #DELAY_MILLIS} ms later, once however many events a burst brought (500
 * ballots of a vote), and then at most once per {@code hdnd.indicators.live.interval} while the
 * changes go on ({@link LiveProperties}). At start another thread fills every council's current values, so the city
 * table is fast.
 *
 * <p>A plain listener rather than one recorded in the event publication registry: marking is
 * idempotent and cheap, and what a crash loses the fill at the next start recomputes.
 */
@Component
class LiveValues implements DisposableBean {

    static final long DELAY_MILLIS = 100;

    private static final Logger log = LoggerFactory.getLogger(LiveValues.class);

    private final IndicatorEngine engine;
    private final Councils councils;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "indicators-live");
        thread.setDaemon(true);
        return thread;
    });
    private final ExecutorService filler = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "indicators-fill");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        return thread;
    });
    private final Coalescer<CouncilId> marked;

    LiveValues(IndicatorEngine engine, Councils councils, LiveProperties properties) {
        this.engine = engine;
        this.councils = councils;
        this.marked = new Coalescer<>(
                worker, DELAY_MILLIS, properties.intervalMillis(), engine::recomputeCurrent, System::nanoTime);
    }

    @EventListener
    void on(CouncilEvent event) {
        CouncilId council = event.council();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    changed(council);
                }
            });
        } else {
            changed(council);
        }
    }

    void changed(CouncilId council) {
        engine.changed(council);
        marked.mark(council);
    }

    /**
     * Fills every council's current values on a thread of its own, so that the live worker stays
     * free for changes: a value the fill measured before a change is not stored (see {@link
     * IndicatorEngine#fillCurrent}).
     */
    @EventListener(ApplicationReadyEvent.class)
    void fillAtStart() {
        filler.execute(() -> fill(true));
    }

    /**
     * Every night the current values are measured again: some move with time alone (a dataset goes
     * stale past its update frequency, T8; a new month begins) without any event.
     */
    @Scheduled(cron = "${hdnd.indicators.refresh-cron:0 5 0 * * *}", zone = VnTime.ZONE_ID)
    void refreshNightly() {
        filler.execute(() -> fill(false));
    }

    private void fill(boolean atStart) {
        try {
            int forgotten = atStart ? engine.forgetPastPeriods() : 0;
            List<Council> all = councils.all();
            log.info(
                    "Indicators: filling the current values of {} councils ({} values of past periods forgotten)",
                    all.size(),
                    forgotten);
            long started = System.nanoTime();
            for (Council council : all) {
                try {
                    engine.fillCurrent(council.id());
                } catch (RuntimeException e) {
                    log.error(
                            "Indicators: filling council {} failed; its values are computed when asked for",
                            council.slug(),
                            e);
                }
            }
            log.info("Indicators: filled in {} ms", (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            log.error("Indicators: the fill failed; values are computed when asked for", e);
        }
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
        filler.shutdownNow();
    }
}
