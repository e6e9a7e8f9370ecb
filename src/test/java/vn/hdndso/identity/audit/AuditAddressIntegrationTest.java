package vn.hdndso.identity.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.hdndso.councils.Councils;
import vn.hdndso.identity.AuditTrail;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.audit.AuditEvent;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;
import vn.hdndso.support.IntegrationTest;

/**
 * The audit trail keeps a client's address only as a truncated keyed hash, apart from the chained entry,
 * and the retention job deletes it after the period (and hashes addresses recorded before); the chain
 * stays verifiable throughout.
 */
@IntegrationTest
class AuditAddressIntegrationTest {

    @Autowired
    Councils councils;

    @Autowired
    AuditTrail trail;

    @Autowired
    AddressHashing hashing;

    @Autowired
    AddressRetention retention;

    @Autowired
    AuditProperties properties;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    DataSource dataSource;

    @Test
    void theAddressIsKeptHashedUntilTheRetentionPeriodEndsAndTheChainStaysIntact() {
        CouncilId council = councils.requireBySlug("luu-kiem").id();
        String subject = "privacy-" + System.nanoTime();
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr("198.51.100.23");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        try {
            append(council, subject, "with-address");
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
        append(council, subject, "without-address");

        List<AuditTrail.Entry> entries = about(council, subject);
        assertThat(entries).hasSize(2);
        String hash = hashing.hash("198.51.100.23");
        assertThat(hash).hasSize(16).matches("[0-9a-f]{16}").doesNotContain("198");
        assertThat(entries.get(0).actorAddress()).isEqualTo(hash);
        assertThat(entries.get(1).actorAddress()).isNull();
        assertThat(hashing.hash("198.51.100.24")).isNotEqualTo(hash);
        // the raw address is nowhere in the trail's tables
        assertThat(count("select count(*) from audit_address where address_hash like '%198.51.100.23%'"))
                .isZero();
        assertThat(count("select count(*) from audit_entry e where e::text like '%198.51.100.23%'"))
                .isZero();
        assertThat(count("select count(*) from information_schema.columns where table_name = 'audit_entry'"
                        + " and column_name = 'actor_address'"))
                .as("the chained entry has no address column any more")
                .isZero();
        assertThat(verify(council).intact()).isTrue();

        // an address recorded before hashing (moved out of the entries by V38) is hashed by the job
        long legacySeq = entries.get(1).seq();
        Tenancy.run(
                TenantScope.allCouncils("test: a legacy address"),
                () -> transactions.executeWithoutResult(s -> JdbcClient.create(dataSource)
                        .sql("""
                                insert into audit_address (council_id, seq, address_hash, hashed, recorded_at)
                                values (:c, :seq, '192.0.2.5', false, now())""")
                        .param("c", council.value())
                        .param("seq", legacySeq)
                        .update()));
        assertThat(about(council, subject).get(1).actorAddress())
                .as("an unhashed address is never shown")
                .isNull();
        var first = retention.runOnce(Instant.now());
        assertThat(first.ran()).isTrue();
        assertThat(first.hashed()).isPositive();
        assertThat(about(council, subject).get(1).actorAddress()).isEqualTo(hashing.hash("192.0.2.5"));

        // after the retention period both are gone, the entries and the chain stay
        var later = retention.runOnce(Instant.now().plus(properties.retention()).plus(Duration.ofDays(1)));
        assertThat(later.deleted()).isGreaterThanOrEqualTo(2);
        List<AuditTrail.Entry> after = about(council, subject);
        assertThat(after).hasSize(2);
        assertThat(after).allSatisfy(e -> assertThat(e.actorAddress()).isNull());
        assertThat(after.get(0).hash()).isEqualTo(entries.get(0).hash());
        assertThat(verify(council).intact()).isTrue();
    }

    @Test
    void theRetentionPeriodDefaultsToNinetyDays() {
        assertThat(new AuditProperties(null, null).retention()).isEqualTo(Duration.ofDays(90));
        assertThat(new AuditProperties(Duration.ofDays(30), null).retention()).isEqualTo(Duration.ofDays(30));
    }

    private void append(CouncilId council, String subject, String note) {
        Tenancy.run(
                TenantScope.staffOf(council),
                () -> transactions.executeWithoutResult(
                        s -> events.publishEvent(AuditEvent.of(council, "test.privacy.recorded", "privacy", subject)
                                .with("note", note))));
    }

    private List<AuditTrail.Entry> about(CouncilId council, String subject) {
        return Tenancy.call(TenantScope.staffOf(council), () -> trail.about(council, "privacy", subject));
    }

    private AuditTrail.Verification verify(CouncilId council) {
        return Tenancy.call(TenantScope.staffOf(council), () -> trail.verify(council));
    }

    private long count(String sql) {
        return Tenancy.call(
                TenantScope.allCouncils("test: audit addresses"),
                () -> Objects.requireNonNull(transactions.execute(s ->
                        JdbcClient.create(dataSource).sql(sql).query(Long.class).single())));
    }
}
