package vn.hdndso.indicators.internal;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.shared.CouncilEvent;
import vn.hdndso.shared.CouncilId;

/**
 * Keeps the current values live: every {@link CouncilEvent} marks its council once the publishing
 * transaction commits, and one worker measures each marked council's current month, half-year and
 * year again {@value #DELAY_MILLIS} ms later, once however many events a burst brought (500
 * ballots of a vote). At start the worker fills every council's current values while nothing more
 * urgent waits, so the city table is fast.
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
    private final Coalescer<CouncilId> marked;

    LiveValues(IndicatorEngine engine, Councils councils) {
        this.engine = engine;
        this.councils = councils;
        this.marked = new Coalescer<>(worker, DELAY_MILLIS, engine::recomputeCurrent);
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
        marked.urgent(council);
    }

    @EventListener(ApplicationReadyEvent.class)
    void fillAtStart() {
        worker.execute(() -> {
            try {
                int forgotten = engine.forgetPastPeriods();
                log.info(
                        "Indicators: filling the current values of every council ({} past values forgotten)",
                        forgotten);
                marked.whenIdle(councils.all().stream().map(Council::id).toList());
            } catch (RuntimeException e) {
                log.error("Indicators: the fill at start failed; values are computed when asked for", e);
            }
        });
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
