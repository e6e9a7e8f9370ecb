package vn.hdndso.search.internal;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.stereotype.Component;

/**
 * Keeps the event publication registry healthy while the application runs, for every module's
 * {@code @TenantAwareListener}s and {@code @ApplicationModuleListener}s (search itself records
 * its changes in its change log, not here): publications whose listener failed (the database
 * away) are published again once they are
 * {@code hdnd.search.retry-after} old, and completed ones are purged after
 * {@code hdnd.search.keep-completed-events}. A restart publishes all incomplete ones again at once
 * ({@code spring.modulith.events.republish-outstanding-events-on-restart}).
 */
@Component
class EventPublicationMaintenance implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(EventPublicationMaintenance.class);

    private final IncompleteEventPublications incomplete;
    private final CompletedEventPublications completed;
    private final SearchProperties properties;
    private volatile @Nullable ScheduledExecutorService timer;

    EventPublicationMaintenance(
            IncompleteEventPublications incomplete, CompletedEventPublications completed, SearchProperties properties) {
        this.incomplete = incomplete;
        this.completed = completed;
        this.properties = properties;
    }

    /** Publishes again every incomplete publication older than the retry delay. */
    void retry() {
        try {
            incomplete.resubmitIncompletePublicationsOlderThan(properties.retryAfter());
            completed.deletePublicationsOlderThan(properties.keepCompletedEvents());
        } catch (RuntimeException e) {
            log.warn("Event publication maintenance failed; trying again later", e);
        }
    }

    @Override
    public void start() {
        long every = Math.max(10, properties.retryAfter().toSeconds());
        ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("event-publications").factory());
        started.scheduleWithFixedDelay(this::retry, every, every, TimeUnit.SECONDS);
        timer = started;
    }

    @Override
    public void stop() {
        ScheduledExecutorService running = timer;
        if (running != null) {
            running.shutdownNow();
            timer = null;
        }
    }

    @Override
    public boolean isRunning() {
        return timer != null;
    }
}
