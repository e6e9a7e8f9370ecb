package vn.hdndso.documents.internal;

import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;

/**
 * Asks the remote signing service about every document waiting for a remote signature, every
 * {@code hdnd.signing.remote.poll-delay} (default 30 s), when a service is configured. Several
 * instances may run it; a transaction-scoped advisory lock lets one do the work.
 */
@Component
class RemoteSignatureWatch {

    private static final Logger log = LoggerFactory.getLogger(RemoteSignatureWatch.class);
    private static final long LOCK = 0x5245_4d4f_5445_5347L; // "REMOTESG"

    private final RemoteIssueService service;
    private final RemoteSignatureRepository requests;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;

    RemoteSignatureWatch(
            RemoteIssueService service,
            RemoteSignatureRepository requests,
            TransactionTemplate transactions,
            JdbcClient jdbc) {
        this.service = service;
        this.requests = requests;
        this.transactions = transactions;
        this.jdbc = jdbc;
    }

    @Scheduled(
            fixedDelayString = "${hdnd.signing.remote.poll-delay:PT30S}",
            initialDelayString = "${hdnd.signing.remote.poll-delay:PT30S}")
    void poll() {
        if (!service.available()) {
            return;
        }
        int asked = checkAll();
        if (asked > 0) {
            log.info("remote signatures asked about: {}", asked);
        }
    }

    /** Asks about every waiting document; -1 when another instance is doing it. */
    int checkAll() {
        return Tenancy.call(
                TenantScope.allCouncils("remote signatures"),
                () -> Objects.requireNonNull(transactions.execute(status -> {
                    Boolean locked = jdbc.sql("select pg_try_advisory_xact_lock(:key)")
                            .param("key", LOCK)
                            .query(Boolean.class)
                            .single();
                    if (!Boolean.TRUE.equals(locked)) {
                        return -1;
                    }
                    int asked = 0;
                    for (RemoteSignatureRepository.Waiting waiting : requests.waiting()) {
                        try {
                            service.checkQuietly(waiting.council(), waiting.document());
                        } catch (RuntimeException e) {
                            log.error("remote signature of document {} could not be completed", waiting.document(), e);
                        }
                        asked++;
                    }
                    return asked;
                })));
    }
}
