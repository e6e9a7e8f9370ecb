package vn.hdndso.identity.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionDefinition;
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
 * Records every {@link AuditEvent} inside the transaction that caused it (before commit), so a
 * change and its audit line are stored together or not at all: the line goes to the journal, and
 * the {@link AuditSealer} links it into the council's chain right after the commit, in batches
 * (docs/decisions/0007-audit-group-commit.md). Reads seal what is committed first, so a reader
 * sees every entry committed before it asked.
 */
@Service
class JdbcAuditTrail implements AuditTrail {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final TransactionTemplate separately;
    private final TransactionTemplate reading;
    private final AuditJournal journal;
    private final AuditSealer sealer;

    /** An entry with its hashed client address, while it is kept (the address is not chained). */
    private static final String SELECT = "select e.*, a.address_hash as actor_address from audit_entry e"
            + " left join audit_address a on a.council_id = e.council_id and a.seq = e.seq and a.hashed";

    private final AddressHashing addresses;

    JdbcAuditTrail(
            JdbcClient jdbc,
            TransactionTemplate transactions,
            AuditJournal journal,
            AuditSealer sealer,
            AddressHashing addresses) {
        this.addresses = addresses;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.journal = journal;
        this.sealer = sealer;
        var manager = Objects.requireNonNull(transactions.getTransactionManager());
        this.separately = new TransactionTemplate(manager);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.reading = new TransactionTemplate(manager);
        this.reading.setReadOnly(true);
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
        String address = clientAddress();
        // only a keyed hash of the client's address is ever written (V38, AddressRetention)
        journal.write(event, actor(), address == null ? null : addresses.hash(address));
    }

    @Override
    public List<Entry> latest(CouncilId council, int limit) {
        sealer.sealNow();
        return Objects.requireNonNull(reading.execute(status -> jdbc.sql(
                        SELECT + " where e.council_id = :c order by e.seq desc limit :limit")
                .param("c", council.value())
                .param("limit", Math.max(1, Math.min(limit, 1000)))
                .query(JdbcAuditTrail::entry)
                .list()));
    }

    @Override
    public List<Entry> about(CouncilId council, String subjectType, String subjectId) {
        sealer.sealNow();
        return Objects.requireNonNull(reading.execute(status -> jdbc.sql("""
                        %s where e.council_id = :c and e.subject_type = :t and e.subject_id = :s
                        order by e.seq""".formatted(SELECT))
                .param("c", council.value())
                .param("t", subjectType)
                .param("s", subjectId)
                .query(JdbcAuditTrail::entry)
                .list()));
    }

    /**
     * Reads the chain head first and then the entries up to it, so that entries appended meanwhile
     * by other transactions are neither checked nor mistaken for a gap.
     */
    @Override
    public Verification verify(CouncilId council) {
        sealer.sealNow();
        return Objects.requireNonNull(reading.execute(status -> {
            ChainLinks.Head head = jdbc.sql("select seq, hash from audit_chain_head where council_id = :c")
                    .param("c", council.value())
                    .query((rs, n) -> new ChainLinks.Head(rs.getLong("seq"), rs.getString("hash")))
                    .optional()
                    .orElse(ChainLinks.Head.EMPTY);
            try (Stream<Entry> entries = jdbc
                    .sql(SELECT + " where e.council_id = :c and e.seq <= :head order by e.seq")
                    .param("c", council.value())
                    .param("head", head.seq())
                    .withFetchSize(500)
                    .query(JdbcAuditTrail::entry)
                    .stream()) {
                return ChainCheck.check(council, head, entries.iterator());
            }
        }));
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
}
