package vn.hdndso.search.internal;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.hdndso.search.SearchItem;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;

/**
 * What a source's {@link SearchSource#reload} calls for each item a change names: reads the item
 * again in the council's staff scope (through the owning module's transactional API) and puts it
 * into the index, or removes it when it is gone, without committing (the {@link SearchFeed}
 * commits the batch). Runs outside any transaction, so that the scope can be set first; a failure
 * propagates, so the feed does not move past the change.
 */
@Component
class SearchIndexer {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);

    private final SearchIndex index;
    private final AtomicBoolean expungeRequested = new AtomicBoolean();

    SearchIndexer(SearchIndex index) {
        this.index = index;
    }

    public void refresh(CouncilId council, String key, Supplier<Optional<SearchItem>> load) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("index refreshes run outside transactions (the tenant scope comes first)");
        }
        Optional<SearchItem> item = Tenancy.call(TenantScope.staffOf(council), load);
        if (item.isPresent()) {
            index.put(item.get());
            log.debug("indexed {}", key);
        } else {
            index.remove(key);
            log.debug("removed {} from the index", key);
        }
    }

    /**
     * Asks for the old text of replaced or removed items to leave the index files (personal data
     * erased): the feed merges the segments holding them before its commit and deletes the unused
     * files after it.
     */
    public void expungeReplaced() {
        expungeRequested.set(true);
    }

    /** Whether an expunge was asked for since the last call (the feed calls it once per batch). */
    boolean takeExpungeRequest() {
        return expungeRequested.getAndSet(false);
    }
}
