package vn.hdndso.search.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.search.IndexAdministration;
import vn.hdndso.search.RebuildProgress;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;

/**
 * Rebuilds the index from the database: every source streams every council's items, written under
 * a new generation; at the end what the old generation left is deleted. One rebuild at a time, in
 * the background; searches keep answering from the old items meanwhile. Runs at start-up when the
 * index is empty, was written by another version or is behind what the change log keeps (the
 * {@link SearchFeed} decides), and on the administrator's request.
 *
 * <p>Before it reads anything it takes the change log's horizon H: the feed applies every change
 * from H on, during the rebuild and once more after it, so the index misses nothing that changed
 * while the rebuild read.
 */
@Component
class IndexRebuild implements IndexAdministration {

    private static final Logger log = LoggerFactory.getLogger(IndexRebuild.class);
    private static final int COMMIT_EVERY = 1000;

    private final SearchIndex index;
    private final Councils councils;
    private final List<SearchSource> sources;
    private final SearchChangeLog changes;
    private final Clock clock;
    private final AtomicReference<RebuildProgress> progress =
            new AtomicReference<>(new RebuildProgress(RebuildProgress.State.IDLE, 0, 0, 0, null, null, null));

    IndexRebuild(
            SearchIndex index, Councils councils, List<SearchSource> sources, SearchChangeLog changes, Clock clock) {
        this.index = index;
        this.changes = changes;
        this.councils = councils;
        this.sources = sources;
        this.clock = clock;
    }

    @Override
    public int items() {
        return index.count();
    }

    @Override
    public RebuildProgress progress() {
        return current();
    }

    private RebuildProgress current() {
        return Objects.requireNonNull(progress.get());
    }

    @Override
    public synchronized boolean start() {
        if (current().running()) {
            return false;
        }
        progress.set(new RebuildProgress(
                RebuildProgress.State.RUNNING, 0, councils.all().size(), 0, Instant.now(clock), null, null));
        long horizon = changes.horizonNow();
        index.startRebuild(horizon);
        Thread.ofVirtual().name("search-rebuild").start(() -> run(horizon));
        return true;
    }

    /** Rebuilds in the calling thread (the command line and tests); returns the items written. */
    public long runNow() {
        synchronized (this) {
            if (current().running()) {
                throw new IllegalStateException("a rebuild is running");
            }
            progress.set(new RebuildProgress(
                    RebuildProgress.State.RUNNING, 0, councils.all().size(), 0, Instant.now(clock), null, null));
        }
        long horizon = changes.horizonNow();
        index.startRebuild(horizon);
        run(horizon);
        return current().items();
    }

    private void run(long horizon) {
        Instant started = current().startedAt();
        long generation = index.nextGeneration();
        var written = new AtomicLong();
        List<Council> all = councils.all();
        try {
            int done = 0;
            for (Council council : all) {
                Tenancy.run(TenantScope.staffOf(council.id()), () -> {
                    for (SearchSource source : sources) {
                        source.forEach(council, item -> {
                            index.putUncommitted(item, generation);
                            if (written.incrementAndGet() % COMMIT_EVERY == 0) {
                                index.commit();
                            }
                        });
                    }
                });
                done++;
                progress.set(new RebuildProgress(
                        RebuildProgress.State.RUNNING, done, all.size(), written.get(), started, null, null));
            }
            index.finishGeneration(generation);
            index.endRebuild(horizon, true);
            progress.set(new RebuildProgress(
                    RebuildProgress.State.DONE, done, all.size(), written.get(), started, Instant.now(clock), null));
            log.info(
                    "Search index rebuilt: {} items in {} s",
                    written.get(),
                    current().seconds());
        } catch (RuntimeException e) {
            index.endRebuild(horizon, false);
            log.error("Rebuilding the search index failed", e);
            RebuildProgress now = current();
            progress.set(new RebuildProgress(
                    RebuildProgress.State.FAILED,
                    now.councilsDone(),
                    now.councilsTotal(),
                    written.get(),
                    started,
                    Instant.now(clock),
                    e.getMessage()));
        }
    }
}
