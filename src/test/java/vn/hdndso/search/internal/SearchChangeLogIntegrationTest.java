package vn.hdndso.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hdndso.councils.Councils;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;
import vn.hdndso.support.IntegrationTest;

/**
 * The change log's order: a transaction that appended its change first but commits last is not
 * skipped by a reader that read in between (ids are taken at insert, not at commit), while what
 * committed meanwhile is read at once and only once; pruning moves the horizon past what it
 * deleted.
 */
@IntegrationTest
class SearchChangeLogIntegrationTest {

    @Autowired
    SearchChangeLog log;

    @Autowired
    Councils councils;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aTransactionThatCommitsLateIsReadOnceItCommittedNeverSkipped() throws Exception {
        CouncilId council = councils.requireBySlug("an-hung").id();
        String late = "late-" + UUID.randomUUID();
        String early = "early-" + UUID.randomUUID();
        long start = log.horizonNow();

        var lateXid = new java.util.concurrent.atomic.AtomicLong();
        var appended = new CountDownLatch(1);
        var commit = new CountDownLatch(1);
        CompletableFuture<Void> lateTransaction = CompletableFuture.runAsync(() -> Tenancy.run(
                TenantScope.staffOf(council),
                () -> transactions.executeWithoutResult(s -> {
                    log.record(council, "test", late);
                    lateXid.set(jdbc.sql("select pg_current_xact_id()::text::bigint")
                            .query(Long.class)
                            .single());
                    appended.countDown();
                    await(commit);
                })));
        assertThat(appended.await(30, TimeUnit.SECONDS)).isTrue();
        // a second transaction appends after the first and commits before it
        Tenancy.run(
                TenantScope.staffOf(council),
                () -> transactions.executeWithoutResult(s -> log.record(council, "test", early)));

        var cursor = new ChangeCursor(start);
        List<String> seen = new ArrayList<>();
        readAll(cursor, seen);
        assertThat(seen).as("a committed change is read at once").contains(early);
        assertThat(seen).doesNotContain(late);
        assertThat(cursor.position())
                .as("the position stays at the open transaction")
                .isLessThanOrEqualTo(lateXid.get());

        commit.countDown();
        lateTransaction.get(30, TimeUnit.SECONDS);
        readAll(cursor, seen);

        assertThat(seen).as("the late transaction is read once it committed").contains(late);
        assertThat(seen.stream().filter(early::equals).count())
                .as("what was read is not read again")
                .isEqualTo(1);
    }

    private long xidOf(String item) {
        return Tenancy.call(
                TenantScope.allCouncils("test: the change's transaction"),
                () -> java.util.Objects.requireNonNull(transactions.execute(
                        s -> jdbc.sql("select xid::text::bigint from search_change where item_id = :id")
                                .param("id", item)
                                .query(Long.class)
                                .single())));
    }

    @Test
    void pruningDeletesOldChangesAndMovesTheHorizonPastThem() {
        CouncilId council = councils.requireBySlug("an-khanh").id();
        String old = "old-" + UUID.randomUUID();
        Tenancy.run(
                TenantScope.staffOf(council),
                () -> transactions.executeWithoutResult(s -> log.record(council, "test", old)));
        Tenancy.run(
                TenantScope.allCouncils("test: age a change"),
                () -> transactions.executeWithoutResult(
                        s -> jdbc.sql("update search_change set at = now() - interval '30 days' where item_id = :id")
                                .param("id", old)
                                .update()));
        long xid = Tenancy.call(
                TenantScope.allCouncils("test: the change's transaction"),
                () -> java.util.Objects.requireNonNull(transactions.execute(
                        s -> jdbc.sql("select xid::text::bigint from search_change where item_id = :id")
                                .param("id", old)
                                .query(Long.class)
                                .single())));

        assertThat(log.prune(Instant.now().minus(java.time.Duration.ofDays(7)))).isGreaterThanOrEqualTo(1);

        assertThat(log.prunedBelow()).isGreaterThan(xid);
        List<String> seen = new ArrayList<>();
        readAll(new ChangeCursor(0), seen);
        assertThat(seen).doesNotContain(old);
    }

    /** Reads as the feed does until a page says no more follow. */
    private void readAll(ChangeCursor cursor, List<String> seen) {
        ChangeCursor.Page page;
        do {
            page = cursor.next(cursor.position(), 0, log, 500);
            page.changes().forEach(c -> seen.add(c.id()));
            cursor.advance(page);
        } while (page.more());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
