package vn.hdndso.search.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.hdndso.shared.database.PostgresChannels;

/**
 * Keeps this instance's index current from the change log: one thread per instance, woken by
 * {@code NOTIFY search_change} (sent by the changing transaction at its commit, whichever instance
 * made it), by a poll every {@code hdnd.search.feed-poll} (a lost notification) and when the
 * listening connection is back. Each round reads the new rows from the index's position ({@link
 * ChangeCursor}: committed rows at once, the position only up to where the log is final), reads
 * every distinct item again through its source, writes them all, then commits once with the new
 * position and refreshes the searchers (near-real-time), so a change committed on any instance is
 * searchable here well within a second.
 *
 * <p>At the start the index continues from the position stored in its last commit; when it has
 * none, is of another format, holds nothing, was left by an interrupted rebuild, or its position is
 * older than what the log keeps ({@code hdnd.search.change-retention}), it is rebuilt, and the
 * feed runs meanwhile from the position the rebuild took.
 */
@Component
class SearchFeed implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SearchFeed.class);
    static final String CHANNEL = "search_change";
    /** After this many failed rounds in a row, a change whose item cannot be read is skipped. */
    private static final int ATTEMPTS_BEFORE_SKIPPING = 3;

    private final SearchIndex index;
    private final SearchIndexer indexer;
    private final SearchChangeLog changes;
    private final IndexRebuild rebuild;
    private final PostgresChannels channels;
    private final SearchProperties properties;
    private final Map<String, SearchSource> sourceByKind = new HashMap<>();
    private final Semaphore wakeUp = new Semaphore(0);
    private final Object round = new Object();
    private int failedRounds;
    private final ChangeCursor cursor = new ChangeCursor(SearchIndex.NO_POSITION);

    private volatile boolean running;
    /** The application was ready once: a start after a stop (a paused context) follows again. */
    private volatile boolean followed;

    private volatile @Nullable Thread thread;

    SearchFeed(
            SearchIndex index,
            SearchIndexer indexer,
            SearchChangeLog changes,
            IndexRebuild rebuild,
            PostgresChannels channels,
            SearchProperties properties,
            List<SearchSource> sources) {
        this.index = index;
        this.indexer = indexer;
        this.changes = changes;
        this.rebuild = rebuild;
        this.channels = channels;
        this.properties = properties;
        for (SearchSource source : sources) {
            for (String kind : source.changeKinds()) {
                if (sourceByKind.put(kind, source) != null) {
                    throw new IllegalStateException("two search sources record changes of kind " + kind);
                }
            }
        }
    }

    /** Wakes the feed (a notification, a reconnection, a test). */
    void wake() {
        if (wakeUp.availablePermits() == 0) {
            wakeUp.release();
        }
    }

    /** Starts from the stored position, or rebuilds first; then follows the log. */
    @EventListener(ApplicationReadyEvent.class)
    void follow() {
        if (running) {
            return;
        }
        long position = index.position();
        if (!index.upToDate() || position == SearchIndex.NO_POSITION || position < changes.prunedBelow()) {
            log.info("The search index is empty, of an older format, interrupted or behind the change log: rebuilding");
            rebuild.start();
        } else {
            log.info("The search index continues from change log position {}", position);
        }
        channels.subscribe(CHANNEL, new PostgresChannels.Subscriber() {
            @Override
            public void notified(String payload) {
                wake();
            }

            @Override
            public void listening() {
                wake(); // notifications may have been missed while the connection was away
            }
        });
        followed = true;
        startThread();
    }

    private synchronized void startThread() {
        if (running) {
            return;
        }
        running = true;
        Thread feeding = Thread.ofPlatform().daemon().name("search-feed").unstarted(this::run);
        thread = feeding;
        feeding.start();
    }

    private void run() {
        long pollMillis = Math.max(100, properties.feedPoll().toMillis());
        while (following()) {
            try {
                catchUp();
                wakeUp.tryAcquire(pollMillis, TimeUnit.MILLISECONDS);
                wakeUp.drainPermits();
            } catch (InterruptedException e) {
                if (!following()) {
                    return;
                }
            } catch (RuntimeException e) {
                log.warn("The search feed failed to apply the change log ({}); trying again", e.getMessage(), e);
                sleepQuietly(pollMillis);
            }
        }
    }

    /** Whether the calling thread is the feed's current one (a stop ends it; a new start makes another). */
    private boolean following() {
        return running && thread == Thread.currentThread();
    }

    /**
     * Applies the change log up to now: batch after batch until a read is not cut at the limit.
     * Returns the number of distinct changes applied. Tests call it to wait for the feed.
     */
    int catchUp() {
        int applied = 0;
        synchronized (round) {
            while (true) {
                long from = index.position();
                ChangeCursor.Page page = cursor.next(from, index.rewinds(), changes, properties.feedBatch());
                applied += apply(page.changes());
                boolean expunge = indexer.takeExpungeRequest();
                if (expunge) {
                    index.mergeDeletes();
                }
                if (page.changes().isEmpty()) {
                    // nothing to write: the position moves in memory; the next commit stores it
                    index.advance(from, page.next());
                } else {
                    index.commitAdvancing(from, page.next());
                }
                if (expunge) {
                    index.deleteUnusedFiles();
                }
                cursor.advance(page);
                failedRounds = 0;
                if (!page.more()) {
                    return applied;
                }
            }
        }
    }

    private int apply(List<SearchChangeLog.Change> batch) {
        for (SearchChangeLog.Change change : batch) {
            SearchSource source = sourceByKind.get(change.kind());
            if (source == null) {
                log.warn("no search source for changes of kind {} (ignored)", change.kind());
                continue;
            }
            try {
                source.reload(change);
            } catch (RuntimeException e) {
                if (++failedRounds < ATTEMPTS_BEFORE_SKIPPING) {
                    throw e; // the position stays: the whole batch is read again
                }
                log.error(
                        "Skipping search change {} after {} failed attempts; it is indexed at its next change or"
                                + " rebuild",
                        change,
                        failedRounds,
                        e);
            }
        }
        return batch.size();
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The first start does nothing: the thread starts once the application is ready ({@link
     * #follow}), after a possible rebuild began. A start after a stop (the context was stopped and
     * started again, as the test framework does with a cached context it pauses) follows the log
     * again from the index's position.
     */
    @Override
    public void start() {
        if (followed) {
            startThread();
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
        Thread feeding = thread;
        if (feeding != null) {
            feeding.interrupt();
            try {
                feeding.join(java.time.Duration.ofSeconds(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        thread = null;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
