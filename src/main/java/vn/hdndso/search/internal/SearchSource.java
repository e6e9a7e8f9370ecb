package vn.hdndso.search.internal;

import java.util.Set;
import java.util.function.Consumer;
import vn.hdndso.councils.Council;
import vn.hdndso.search.SearchItem;

/**
 * One module's contribution to the index. A source is one class in the search module that
 *
 * <ol>
 *   <li>listens to its module's events (plain, synchronous {@code @EventListener} methods, in the
 *       publishing transaction) and appends what changed to the change log ({@link
 *       SearchChangeLog#record}: a kind of its own and the id), nothing more;
 *   <li>reads again what a change names ({@link #reload}, called by every instance's {@link
 *       SearchFeed}, in the council's staff scope, outside a transaction) and hands each item to
 *       {@link SearchIndexer#refresh}; and
 *   <li>streams all items of a council from its module's API for a rebuild ({@link #forEach}).
 * </ol>
 *
 * See docs/search.md, "Adding a source".
 */
interface SearchSource {

    /** The item types this source produces (filter values, message keys search.type.*). */
    Set<String> types();

    /** The kinds of change this source records in the change log (unique across sources). */
    Set<String> changeKinds();

    /**
     * Puts into the index (or removes from it) what one recorded change names, read again through
     * the module's API: {@link SearchIndexer#refresh} per item.
     */
    void reload(SearchChangeLog.Change change);

    /**
     * Hands every item of the council to {@code sink}. Called in the council's staff scope and
     * outside a transaction: read through the module's transactional API, a slice at a time.
     */
    void forEach(Council council, Consumer<SearchItem> sink);
}
