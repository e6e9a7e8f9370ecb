package vn.hdndso.search.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;

/**
 * The search change log (table {@code search_change}, V111): what changed, appended in the
 * changing transaction, and read by every instance's {@link SearchFeed} from its own position.
 *
 * <p>A position is a transaction id (xid8). A read takes {@code H = pg_snapshot_xmin} (every
 * transaction below it has ended, so the rows below it are final) and returns the rows with
 * {@code position <= xid < H}; the next position is H. A transaction that started before another
 * but commits after it is therefore never skipped, unlike with "id greater than the last id".
 */
@Component
class SearchChangeLog {

    /** One thing to read again: the source's kind of change and the id of what changed. */
    record Change(CouncilId council, String kind, String id) {}

    /**
     * The distinct changes of a read, the position to continue from, and whether the read was cut
     * at the limit (then read again at once).
     */
    record Batch(List<Change> changes, long next, boolean truncated) {}

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    SearchChangeLog(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /**
     * Appends a change in the current transaction (the publishing one; the feeds are woken when it
     * commits). An event published outside a transaction gets one of its own.
     */
    void record(CouncilId council, String kind, String id) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            insert(council, kind, id);
        } else {
            Tenancy.run(
                    TenantScope.allCouncils("search: record a change published outside a transaction"),
                    () -> transactions.executeWithoutResult(s -> insert(council, kind, id)));
        }
    }

    private void insert(CouncilId council, String kind, String id) {
        jdbc.sql("insert into search_change (council_id, kind, item_id) values (:council, :kind, :id)")
                .param("council", council.value())
                .param("kind", kind)
                .param("id", id)
                .update();
    }

    /** The position below which every transaction has ended now (where a rebuild starts the feed). */
    long horizonNow() {
        return inAllCouncils("search: the change log's current horizon", this::snapshotXmin);
    }

    /** Transactions below this may have been pruned from the log; an older position rebuilds. */
    long prunedBelow() {
        return inAllCouncils(
                "search: how far back the change log is complete",
                () -> jdbc.sql("select below::text::bigint from search_change_horizon")
                        .query(Long.class)
                        .single());
    }

    /** Up to {@code limit} distinct changes from {@code position} on, oldest last change first. */
    Batch read(long position, int limit) {
        return inAllCouncils("search: read the change log", () -> {
            long horizon = snapshotXmin();
            List<Row> rows = rows(position, horizon, limit);
            if (rows.size() < limit) {
                return new Batch(changes(rows), Math.max(position, horizon), false);
            }
            // cut at the limit: every distinct item not returned changed at or after the last
            // returned one's transaction, so that transaction is where the next read starts
            long last = rows.getLast().last();
            if (last > position) {
                return new Batch(changes(rows), last, true);
            }
            // one transaction changed more items than the limit: read all of that one
            return new Batch(changes(rows(position, position + 1, Integer.MAX_VALUE)), position + 1, true);
        });
    }

    /**
     * Deletes the changes older than {@code before} and moves the horizon past them; returns the
     * rows deleted, or -1 when another instance is pruning (a transaction-scoped advisory lock).
     */
    int prune(Instant before) {
        return inAllCouncils("search: prune the change log", () -> {
            Boolean locked = jdbc.sql("select pg_try_advisory_xact_lock(:key)")
                    .param("key", PRUNE_LOCK)
                    .query(Boolean.class)
                    .single();
            if (!Boolean.TRUE.equals(locked)) {
                return -1;
            }
            long below = jdbc.sql(
                            "select coalesce(max(xid::text::bigint) + 1, -1) from search_change where at < :before")
                    .param("before", Timestamp.from(before))
                    .query(Long.class)
                    .single();
            if (below < 0) {
                return 0;
            }
            int deleted = jdbc.sql("delete from search_change where xid < cast(:below as text)::xid8")
                    .param("below", String.valueOf(below))
                    .update();
            jdbc.sql("update search_change_horizon set below = greatest(below, cast(:below as text)::xid8)")
                    .param("below", String.valueOf(below))
                    .update();
            return deleted;
        });
    }

    /** The advisory lock of the pruning job ("search-changes"). */
    private static final long PRUNE_LOCK = 0x5345415243484348L;

    private record Row(CouncilId council, String kind, String id, long last) {}

    private List<Row> rows(long from, long below, int limit) {
        return jdbc.sql("""
                        select council_id, kind, item_id, max(xid::text::bigint) as last
                        from search_change
                        where xid >= cast(:from as text)::xid8 and xid < cast(:below as text)::xid8
                        group by council_id, kind, item_id
                        order by last, kind, item_id
                        limit :limit""")
                .param("from", String.valueOf(from))
                .param("below", String.valueOf(below))
                .param("limit", limit)
                .query((rs, n) -> new Row(
                        new CouncilId(rs.getObject(1, UUID.class)), rs.getString(2), rs.getString(3), rs.getLong(4)))
                .list();
    }

    private static List<Change> changes(List<Row> rows) {
        return rows.stream().map(r -> new Change(r.council(), r.kind(), r.id())).toList();
    }

    private long snapshotXmin() {
        return jdbc.sql("select pg_snapshot_xmin(pg_current_snapshot())::text::bigint")
                .query(Long.class)
                .single();
    }

    private <T> T inAllCouncils(String reason, java.util.function.Supplier<T> work) {
        return Tenancy.call(
                TenantScope.allCouncils(reason),
                () -> Objects.requireNonNull(transactions.execute(status -> work.get())));
    }
}
