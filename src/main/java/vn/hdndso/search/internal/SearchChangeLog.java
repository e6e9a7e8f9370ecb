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
 * <p>A position is a transaction id (xid8): rows are read in (xid, id) order, and the rows below
 * {@code H = pg_snapshot_xmin} (every transaction below it has ended) are final. A transaction
 * that started before another but commits after it is therefore never skipped, unlike with "id
 * greater than the last id" (see {@link ChangeCursor}).
 */
@Component
class SearchChangeLog {

    /** One thing to read again: the source's kind of change and the id of what changed. */
    record Change(CouncilId council, String kind, String id) {}

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

    /**
     * Up to {@code limit} rows after ({@code xid}, {@code id}) in (xid, id) order: every committed
     * row, final (below {@link #horizonNow}) or not yet ({@link ChangeCursor} tells them apart).
     */
    List<Row> after(long xid, long id, int limit) {
        return inAllCouncils(
                "search: read the change log",
                () -> jdbc.sql("""
                        select id, xid::text::bigint, council_id, kind, item_id
                        from search_change
                        where (xid, id) > (cast(:xid as text)::xid8, :id)
                        order by xid, id
                        limit :limit""")
                        .param("xid", String.valueOf(xid))
                        .param("id", id)
                        .param("limit", limit)
                        .query((rs, n) -> new Row(
                                rs.getLong(1),
                                rs.getLong(2),
                                new Change(
                                        new CouncilId(rs.getObject(3, UUID.class)), rs.getString(4), rs.getString(5))))
                        .list());
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

    /** One row of the log: its id, its transaction and the change. */
    record Row(long id, long xid, Change change) {}

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
