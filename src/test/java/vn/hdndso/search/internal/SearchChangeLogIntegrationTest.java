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
 * skipped by a reader that read in between (ids are taken at insert, not at commit), and pruning
 * moves the horizon past what it deleted.
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

        var appended = new CountDownLatch(1);
        var commit = new CountDownLatch(1);
        CompletableFuture<Void> lateTransaction = CompletableFuture.runAsync(() -> Tenancy.run(
                TenantScope.staffOf(council),
                () -> transactions.executeWithoutResult(s -> {
                    log.record(council, "test", late);
                    appended.countDown();
                    await(commit);
                })));
        assertThat(appended.await(30, TimeUnit.SECONDS)).isTrue();
        // a second transaction appends after the first and commits before it
        Tenancy.run(
                TenantScope.staffOf(council),
                () -> transactions.executeWithoutResult(s -> log.record(council, "test", early)));

        List<String> seen = new ArrayList<>();
        long position = readAll(start, seen);
        assertThat(seen)
                .as("nothing at or after the open transaction is final yet")
                .doesNotContain(late, early);

        commit.countDown();
        lateTransaction.get(30, TimeUnit.SECONDS);
        readAll(position, seen);

        assertThat(seen).contains(late, early);
        assertThat(seen.indexOf(late)).as("in the order of the transactions").isLessThan(seen.indexOf(early));
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
        readAll(0, seen);
        assertThat(seen).doesNotContain(old);
    }

    /** Reads from {@code position} until a read is not cut; returns the next position. */
    private long readAll(long position, List<String> seen) {
        SearchChangeLog.Batch batch;
        do {
            batch = log.read(position, 500);
            batch.changes().forEach(c -> seen.add(c.id()));
            position = batch.next();
        } while (batch.truncated());
        return position;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
