package vn.hdndso.search.internal;

import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.hdndso.shared.VnTime;

/**
 * Deletes the search changes older than {@code hdnd.search.change-retention} (default 7 days) and
 * moves the log's horizon past them, daily ({@code hdnd.search.change-prune-cron}, default 03:20).
 * Several instances may run it: a transaction-scoped advisory lock lets one do the work. An
 * instance whose index is behind the horizon rebuilds at its next start.
 */
@Component
class SearchChangePruning {

    private static final Logger log = LoggerFactory.getLogger(SearchChangePruning.class);

    private final SearchChangeLog changes;
    private final SearchProperties properties;
    private final Clock clock;

    SearchChangePruning(SearchChangeLog changes, SearchProperties properties, Clock clock) {
        this.changes = changes;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(cron = "${hdnd.search.change-prune-cron:0 20 3 * * *}", zone = VnTime.ZONE_ID)
    void daily() {
        int deleted = pruneNow();
        if (deleted >= 0) {
            log.info("search change log: {} changes older than {} deleted", deleted, properties.changeRetention());
        }
    }

    /** Prunes now; the rows deleted, or -1 when another instance held the lock. */
    int pruneNow() {
        return changes.prune(Instant.now(clock).minus(properties.changeRetention()));
    }
}
