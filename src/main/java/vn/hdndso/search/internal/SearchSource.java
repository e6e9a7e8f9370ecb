package vn.hdndso.search.internal;

import java.util.Set;
import java.util.function.Consumer;
import vn.hdndso.councils.Council;
import vn.hdndso.search.SearchItem;

/**
 * One module's contribution to the index. A source is one class in the search module that
 *
 * <ol>
 *   <li>listens to its module's events ({@link vn.hdndso.shared.tenancy.TenantAwareListener}
 *       methods: after commit, asynchronous, recorded and retried by the event publication
 *       registry, in the event's council) and hands each changed item to {@link
 *       SearchIndexer#refresh}; and
 *   <li>streams all items of a council from its module's API for a rebuild ({@link #forEach}).
 * </ol>
 *
 * See docs/search.md, "Adding a source".
 */
interface SearchSource {

    /** The item types this source produces (filter values, message keys search.type.*). */
    Set<String> types();

    /**
     * Hands every item of the council to {@code sink}. Called in the council's staff scope and
     * outside a transaction: read through the module's transactional API, a slice at a time.
     */
    void forEach(Council council, Consumer<SearchItem> sink);
}
