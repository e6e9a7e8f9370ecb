package vn.hdndso.identity.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.hdndso.identity.AuditTrail;
import vn.hdndso.identity.CurrentUser;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.audit.AuditEvent;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;

/**
 * Appends every {@link AuditEvent} to its council's chain inside the transaction that caused it
 * (before commit), so a change and its audit line are stored together or not at all. The chain
 * head row is locked while appending, which keeps each council's sequence gapless.
 */
@Service
class JdbcAuditTrail implements AuditTrail {

    /** An entry with its hashed client address, while it is kept (the address is not chained). */
    private static final String SELECT = "select e.*, a.address_hash as actor_address from audit_entry e"
            + " left join audit_address a on a.council_id = e.council_id and a.seq = e.seq and a.hashed";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final TransactionTemplate separately;
    private final Clock clock;
    private final AddressHashing addresses;

    JdbcAuditTrail(JdbcClient jdbc, TransactionTemplate transactions, Clock clock, AddressHashing addresses) {
        this.addresses = addresses;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.separately =
                new TransactionTemplate(java.util.Objects.requireNonNull(transactions.getTransactionManager()));
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(AuditEvent event) {
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            append(event);
        } else if (TransactionSynchronizationManager.isActualTransactionActive()) {
            // a read of personal data inside a read-only transaction: recorded in a transaction of its own
            separately.executeWithoutResult(s -> append(event));
        } else {
            // e.g. a sign-in: no business transaction, the entry gets one of its own
            Tenancy.run(
                    TenantScope.staffOf(event.council()), () -> transactions.executeWithoutResult(s -> append(event)));
        }
    }

    void append(AuditEvent event) {
        String council = event.council().toString();
        jdbc.sql("insert into audit_chain_head (council_id, seq, hash) values (:c, 0, :genesis) on conflict do nothing")
                .param("c", event.council().value())
                .param("genesis", AuditHash.GENESIS)
                .update();
        Head head = jdbc.sql("select seq, hash from audit_chain_head where council_id = :c for update")
                .param("c", event.council().value())
                .query((rs, n) -> new Head(rs.getLong("seq"), rs.getString("hash")))
                .single();
        long seq = head.seq() + 1;
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        String actor = actor();
        String details = AuditHash.canonicalJson(event.details());
        String hash = AuditHash.of(
                head.hash(), seq, council, now, actor, event.action(), event.subjectType(), event.subjectId(), details);
        jdbc.sql("""
                        insert into audit_entry (council_id, seq, occurred_at, actor, action,
                                                 subject_type, subject_id, details, prev_hash, hash)
                        values (:c, :seq, :at, :actor, :action, :type, :subject, :details, :prev, :hash)""")
                .param("c", event.council().value())
                .param("seq", seq)
                .param("at", Timestamp.from(now))
                .param("actor", actor)
                .param("action", event.action())
                .param("type", event.subjectType())
                .param("subject", event.subjectId())
                .param("details", details)
                .param("prev", head.hash())
                .param("hash", hash)
                .update();
        String address = clientAddress();
        if (address != null) {
            // outside the chained fields: kept hashed, deleted after the retention period (AddressRetention)
            jdbc.sql("""
                            insert into audit_address (council_id, seq, address_hash, recorded_at)
                            values (:c, :seq, :hash, :at)""")
                    .param("c", event.council().value())
                    .param("seq", seq)
                    .param("hash", addresses.hash(address))
                    .param("at", Timestamp.from(now))
                    .update();
        }
        jdbc.sql("update audit_chain_head set seq = :seq, hash = :hash where council_id = :c")
                .param("seq", seq)
                .param("hash", hash)
                .param("c", event.council().value())
                .update();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Entry> latest(CouncilId council, int limit) {
        return jdbc.sql(SELECT + " where e.council_id = :c order by e.seq desc limit :limit")
                .param("c", council.value())
                .param("limit", Math.max(1, Math.min(limit, 1000)))
                .query(JdbcAuditTrail::entry)
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Entry> about(CouncilId council, String subjectType, String subjectId) {
        return jdbc.sql("""
                        %s where e.council_id = :c and e.subject_type = :t and e.subject_id = :s
                        order by e.seq""".formatted(SELECT))
                .param("c", council.value())
                .param("t", subjectType)
                .param("s", subjectId)
                .query(JdbcAuditTrail::entry)
                .list();
    }

    /**
     * Reads the chain head first and then the entries up to it, so that entries appended meanwhile
     * by other transactions are neither checked nor mistaken for a gap.
     */
    @Override
    @Transactional(readOnly = true)
    public Verification verify(CouncilId council) {
        String c = council.toString();
        Head head = jdbc.sql("select seq, hash from audit_chain_head where council_id = :c")
                .param("c", council.value())
                .query((rs, n) -> new Head(rs.getLong("seq"), rs.getString("hash")))
                .optional()
                .orElse(new Head(0, AuditHash.GENESIS));
        long checked = 0;
        String prev = AuditHash.GENESIS;
        try (Stream<Entry> entries = jdbc
                .sql(SELECT + " where e.council_id = :c and e.seq <= :head order by e.seq")
                .param("c", council.value())
                .param("head", head.seq())
                .withFetchSize(500)
                .query(JdbcAuditTrail::entry)
                .stream()) {
            Iterator<Entry> it = entries.iterator();
            while (it.hasNext()) {
                Entry e = it.next();
                long expected = checked + 1;
                if (e.seq() != expected) {
                    return broken(council, checked, expected, Break.MISSING_ENTRY);
                }
                if (!prev.equals(e.prevHash())) {
                    return broken(council, checked, e.seq(), Break.BROKEN_LINK);
                }
                String recomputed = AuditHash.of(
                        prev,
                        e.seq(),
                        c,
                        e.occurredAt(),
                        e.actor(),
                        e.action(),
                        e.subjectType(),
                        e.subjectId(),
                        e.details());
                if (!recomputed.equals(e.hash())) {
                    return broken(council, checked, e.seq(), Break.CONTENT_CHANGED);
                }
                prev = e.hash();
                checked++;
            }
        }
        if (head.seq() != checked) {
            return broken(council, checked, checked + 1, Break.NEWEST_MISSING);
        }
        if (!head.hash().equals(prev)) {
            return broken(council, checked, checked, Break.CONTENT_CHANGED);
        }
        return new Verification(council, checked, Optional.empty(), null);
    }

    private static Verification broken(CouncilId council, long checked, long seq, Break problem) {
        return new Verification(council, checked, Optional.of(seq), problem);
    }

    private static String actor() {
        // nobody signed in: a person on the site is anonymous, work without a request is the system's
        return CurrentUser.get()
                .map(CurrentUser::username)
                .or(AuditActor::current)
                .orElseGet(() -> RequestContextHolder.getRequestAttributes() == null ? "system" : "anonymous");
    }

    private static @Nullable String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }

    private static Entry entry(ResultSet rs, int n) throws SQLException {
        return new Entry(
                rs.getLong("seq"),
                rs.getTimestamp("occurred_at").toInstant(),
                rs.getString("actor"),
                rs.getString("actor_address"),
                rs.getString("action"),
                rs.getString("subject_type"),
                rs.getString("subject_id"),
                rs.getString("details"),
                rs.getString("prev_hash"),
                rs.getString("hash"));
    }

    private record Head(long seq, String hash) {}
}
