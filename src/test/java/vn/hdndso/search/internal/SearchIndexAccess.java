package vn.hdndso.search.internal;

import vn.hdndso.search.SearchItem;

/** Bulk writing for the benchmark (test code): the package-private batch methods of the index. */
public final class SearchIndexAccess {

    private final SearchIndex index;

    public SearchIndexAccess(SearchIndex index) {
        this.index = index;
    }

    public void put(SearchItem item, long generation) {
        index.putUncommitted(item, generation);
    }

    public void forceMerge() {
        index.forceMerge();
    }
}
