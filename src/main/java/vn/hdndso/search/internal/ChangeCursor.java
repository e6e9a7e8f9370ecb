package vn.hdndso.search.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where a reader of the change log is, and what it already applied beyond that. The position P is
 * final: every row of a transaction below it was applied. Rows at or above the horizon H ({@code
 * pg_snapshot_xmin}) are applied as soon as they are visible (committed), so a transaction left
 * open elsewhere does not delay the others, but P only moves up to H; the ids of the rows applied
 * at or above P are remembered, so they are not applied again, and a transaction that committed
 * late (below an applied row's xid) is still read. Not thread-safe: the feed's one thread uses it.
 */
final class ChangeCursor {

    /** The distinct changes to apply (in log order), the rows they come from, the next position. */
    record Page(List<SearchChangeLog.Change> changes, List<SearchChangeLog.Row> rows, long next, boolean more) {}

    private long position;
    private long rewinds;
    /** Row id → xid of the rows applied at or above the position. */
    private final Map<Long, Long> appliedAbove = new HashMap<>();

    ChangeCursor(long position) {
        this.position = position;
    }

    long position() {
        return position;
    }

    /**
     * The next page of changes from {@code from} (the index's position: when it is not this
     * cursor's, or the index counts another rewind, a rebuild moved it, and the cursor starts again
     * there, forgetting what it applied), at most about {@code limit} new rows.
     */
    Page next(long from, long indexRewinds, SearchChangeLog log, int limit) {
        if (from != position || indexRewinds != rewinds) {
            position = from;
            rewinds = indexRewinds;
            appliedAbove.clear();
        }
        long horizon = log.horizonNow();
        long afterXid = position;
        long afterId = -1;
        List<SearchChangeLog.Row> fresh = new ArrayList<>();
        while (true) {
            List<SearchChangeLog.Row> rows = log.after(afterXid, afterId, limit);
            for (SearchChangeLog.Row row : rows) {
                if (!appliedAbove.containsKey(row.id())) {
                    fresh.add(row);
                }
            }
            if (rows.size() < limit) {
                return page(fresh, Math.max(position, horizon), false);
            }
            SearchChangeLog.Row last = rows.getLast();
            afterXid = last.xid();
            afterId = last.id();
            if (fresh.size() >= limit) {
                // rows of the last transaction may follow: the position stops before it
                return page(fresh, Math.max(position, Math.min(horizon, last.xid())), true);
            }
        }
    }

    /** The page was applied and committed: move on. */
    void advance(Page page) {
        for (SearchChangeLog.Row row : page.rows()) {
            appliedAbove.put(row.id(), row.xid());
        }
        position = page.next();
        appliedAbove.values().removeIf(xid -> xid < position);
    }

    private static Page page(List<SearchChangeLog.Row> rows, long next, boolean more) {
        Set<SearchChangeLog.Change> distinct = new LinkedHashSet<>();
        rows.forEach(r -> distinct.add(r.change()));
        return new Page(List.copyOf(distinct), List.copyOf(rows), next, more);
    }
}
