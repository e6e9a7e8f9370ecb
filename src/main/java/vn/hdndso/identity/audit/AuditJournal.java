package vn.hdndso.identity.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.hdndso.shared.audit.AuditEvent;

/**
 * Writes an audit entry into the journal inside the caller's transaction, without touching the
 * council's chain head: concurrent transactions of one council no longer wait for each other here.
 * Once the transaction commits, the {@link AuditSealer} is told to link the entry into the chain;
 * if it rolls back, the entry was never there.
 */
@Component
class AuditJournal {

    private final JdbcClient jdbc;
    private final AuditSealer sealer;
    private final Clock clock;

    AuditJournal(JdbcClient jdbc, AuditSealer sealer, Clock clock) {
        this.jdbc = jdbc;
        this.sealer = sealer;
        this.clock = clock;
    }

    void write(AuditEvent event, String actor, @Nullable String actorAddress) {
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        jdbc.sql("""
                        insert into audit_journal (council_id, occurred_at, actor, actor_address, action,
                                                   subject_type, subject_id, details)
                        values (:c, :at, :actor, :address, :action, :type, :subject, :details)""")
                .param("c", event.council().value())
                .param("at", Timestamp.from(now))
                .param("actor", actor)
                .param("address", actorAddress)
                .param("action", event.action())
                .param("type", event.subjectType())
                .param("subject", event.subjectId())
                .param("details", AuditHash.canonicalJson(event.details()))
                .update();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    sealer.signal();
                }
            });
        } else {
            sealer.signal();
        }
    }
}
