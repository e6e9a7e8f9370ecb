package vn.hdndso.identity.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hdndso.shared.VnTime;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;

/**
 * Deletes the audit trail's hashed client addresses older than {@code hdnd.audit.address-retention},
 * and hashes the addresses recorded before addresses were hashed (moved out of the entries by V38).
 * Daily; several instances may run it: a transaction-scoped PostgreSQL advisory lock lets one do the
 * work. The entries themselves, and so the chain, stay as they are.
 */
@Component
class AddressRetention {

    private static final Logger log = LoggerFactory.getLogger(AddressRetention.class);
    /** The advisory lock of this job ("audit-addresses"). */
    private static final long LOCK = 0x4155444954414444L;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final AddressHashing hashing;
    private final AuditProperties properties;
    private final Clock clock;

    AddressRetention(
            JdbcClient jdbc,
            TransactionTemplate transactions,
            AddressHashing hashing,
            AuditProperties properties,
            Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.hashing = hashing;
        this.properties = properties;
        this.clock = clock;
    }

    /** What one run did; {@code ran} is false when another instance held the lock. */
    record Run(boolean ran, int hashed, int deleted) {}

    @Scheduled(cron = "${hdnd.audit.retention-cron:0 40 3 * * *}", zone = VnTime.ZONE_ID)
    void daily() {
        Run run = runOnce(Instant.now(clock));
        log.info("audit addresses: {}", run);
    }

    Run runOnce(Instant now) {
        return Tenancy.call(
                TenantScope.allCouncils("audit trail: hash and expire client addresses"),
                () -> Objects.requireNonNull(transactions.execute(status -> {
                    Boolean locked = jdbc.sql("select pg_try_advisory_xact_lock(:key)")
                            .param("key", LOCK)
                            .query(Boolean.class)
                            .single();
                    if (!Boolean.TRUE.equals(locked)) {
                        return new Run(false, 0, 0);
                    }
                    int deleted = jdbc.sql("delete from audit_address where recorded_at < :before")
                            .param("before", Timestamp.from(now.minus(properties.retention())))
                            .update();
                    record Legacy(UUID council, long seq, String address) {}
                    int hashed = 0;
                    for (Legacy legacy : jdbc.sql(
                                    "select council_id, seq, address_hash from audit_address where not hashed")
                            .query((rs, n) -> new Legacy(rs.getObject(1, UUID.class), rs.getLong(2), rs.getString(3)))
                            .list()) {
                        hashed += jdbc.sql("""
                                        update audit_address set address_hash = :hash, hashed = true
                                        where council_id = :c and seq = :seq""")
                                .param("hash", hashing.hash(legacy.address()))
                                .param("c", legacy.council())
                                .param("seq", legacy.seq())
                                .update();
                    }
                    return new Run(true, hashed, deleted);
                })));
    }
}
