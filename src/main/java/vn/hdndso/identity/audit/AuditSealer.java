package vn.hdndso.identity.audit;

import jakarta.annotation.PreDestroy;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hdndso.identity.AuditTrail;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;

/**
 * Links committed journal entries into their councils' chains: the group commit of the audit trail
 * (docs/decisions/0007-audit-group-commit.md). One thread per node seals whatever has been
 * committed since its last run, in batches: per batch one transaction, one lock of each council's
 * chain head, one commit. The journal lines of a batch are deleted in the same transaction as the
 * chain entries are inserted ({@code delete … returning} decides which sealer owns a line), so an
 * entry is sealed exactly once even with several nodes.
 */
@Component
class AuditSealer {

    private static final Logger log = LoggerFactory.getLogger(AuditSealer.class);

    /** Journal lines linked per transaction at most. */
    static final int BATCH = 1000;

    private static final long READ_WAIT_SECONDS = 5;

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final TransactionTemplate transactions;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "audit-sealer");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean requested = new AtomicBoolean();
    private final AtomicBoolean queued = new AtomicBoolean();

    AuditSealer(JdbcClient jdbc, JdbcTemplate batches, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.transactions = transactions;
    }

    /** Entries were committed: seal them soon. Signals while a run is queued coalesce into it. */
    void signal() {
        requested.set(true);
        if (queued.compareAndSet(false, true)) {
            try {
                thread.execute(this::runWhileRequested);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                queued.set(false); // shutting down: the journal keeps the entries for the next start
            }
        }
    }

    /**
     * Seals everything committed so far and returns when done (or after a few seconds): readers of
     * the trail call it first, so they see their own entries in the chain.
     */
    void sealNow() {
        Future<?> run;
        try {
            run = thread.submit(this::sealAll);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            return;
        }
        try {
            run.get(READ_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (TimeoutException e) {
            log.warn("audit sealing did not finish within {} s; reading the chain as it is", READ_WAIT_SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            log.warn("audit sealing failed; the entries stay in the journal", e.getCause());
        }
    }

    /** Leftovers of a failed run or of a previous start (the journal survives restarts). */
    @Scheduled(fixedDelayString = "${hdnd.audit.sweep-ms:2000}")
    void sweep() {
        signal();
    }

    @PreDestroy
    void stop() {
        thread.shutdown();
        try {
            thread.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void runWhileRequested() {
        queued.set(false);
        while (requested.getAndSet(false)) {
            sealAll();
        }
    }

    private void sealAll() {
        try {
            int sealed;
            do {
                sealed = Objects.requireNonNull(Tenancy.call(
                        TenantScope.allCouncils("sealing the audit journal into the councils' chains"),
                        () -> transactions.execute(status -> sealBatch())));
            } while (sealed == BATCH);
        } catch (RuntimeException e) {
            // the transaction rolled back: the lines stay in the journal and the next run retries
            log.warn("audit sealing failed; retrying on the next signal", e);
        }
    }

    /** One batch: returns how many journal lines it took. */
    int sealBatch() {
        List<Long> ids = jdbc.sql("select id from audit_journal order by id limit :limit")
                .param("limit", BATCH)
                .query(Long.class)
                .list();
        if (ids.isEmpty()) {
            return 0;
        }
        List<UUID> councils = jdbc.sql(
                        "select distinct council_id from audit_journal where id = any(:ids) order by council_id")
                .param("ids", ids.toArray(Long[]::new))
                .query(UUID.class)
                .list();
        Map<UUID, ChainLinks.Head> heads = new LinkedHashMap<>();
        for (UUID council : councils) {
            heads.put(council, lockHead(council));
        }
        // deleting decides ownership: a line another sealer took meanwhile is not returned
        List<JournalEntry> taken = jdbc.sql("delete from audit_journal where id = any(:ids) returning *")
                .param("ids", ids.toArray(Long[]::new))
                .query((rs, n) -> new JournalEntry(
                        rs.getLong("id"),
                        rs.getObject("council_id", UUID.class),
                        rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("actor"),
                        rs.getString("actor_address"),
                        rs.getString("action"),
                        rs.getString("subject_type"),
                        rs.getString("subject_id"),
                        rs.getString("details")))
                .list();
        Map<UUID, List<JournalEntry>> byCouncil = new LinkedHashMap<>();
        taken.stream()
                .sorted(java.util.Comparator.comparingLong(JournalEntry::id))
                .forEach(j -> byCouncil
                        .computeIfAbsent(j.council(), k -> new ArrayList<>())
                        .add(j));
        byCouncil.forEach((council, batch) -> append(
                council, ChainLinks.link(council.toString(), Objects.requireNonNull(heads.get(council)), batch)));
        return ids.size();
    }

    private ChainLinks.Head lockHead(UUID council) {
        jdbc.sql("insert into audit_chain_head (council_id, seq, hash) values (:c, 0, :genesis) on conflict do nothing")
                .param("c", council)
                .param("genesis", AuditHash.GENESIS)
                .update();
        return jdbc.sql("select seq, hash from audit_chain_head where council_id = :c for update")
                .param("c", council)
                .query((rs, n) -> new ChainLinks.Head(rs.getLong("seq"), rs.getString("hash")))
                .single();
    }

    private void append(UUID council, ChainLinks.Linked linked) {
        List<Object[]> rows = new ArrayList<>(linked.entries().size());
        List<Object[]> addresses = new ArrayList<>();
        for (AuditTrail.Entry e : linked.entries()) {
            rows.add(new Object[] {
                council,
                e.seq(),
                Timestamp.from(e.occurredAt()),
                e.actor(),
                e.action(),
                e.subjectType(),
                e.subjectId(),
                e.details(),
                e.prevHash(),
                e.hash()
            });
            if (e.actorAddress() != null) {
                // already a keyed hash (AddressHashing); kept outside the chained fields, deleted after
                // the retention period by AddressRetention
                addresses.add(new Object[] {council, e.seq(), e.actorAddress(), Timestamp.from(e.occurredAt())});
            }
        }
        batches.batchUpdate("""
                        insert into audit_entry (council_id, seq, occurred_at, actor, action,
                                                 subject_type, subject_id, details, prev_hash, hash)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        if (!addresses.isEmpty()) {
            batches.batchUpdate("""
                            insert into audit_address (council_id, seq, address_hash, recorded_at)
                            values (?, ?, ?, ?)""", addresses);
        }
        jdbc.sql("update audit_chain_head set seq = :seq, hash = :hash where council_id = :c")
                .param("seq", linked.head().seq())
                .param("hash", linked.head().hash())
                .param("c", council)
                .update();
    }
}
