package vn.hdndso.identity.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import tools.jackson.databind.JsonNode;
import vn.hdndso.councils.Councils;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;

/**
 * The audit trail of one council that no other test writes to (Đặc khu Bạch Long Vĩ). Tampering
 * happens as the database owner, the only role that can; every test puts the chain back as it was.
 */
@IntegrationTest
class AuditTrailIntegrationTest {

    private static final String SLUG = "bach-long-vi";
    private static final String TRAIL = "/api/v1/councils/" + SLUG + "/audit";

    @Autowired
    TestClient client;

    @Autowired
    Councils councils;

    @Autowired
    @Qualifier("ownerDataSource")
    DataSource owner;

    @Autowired
    DataSource application;

    private UUID council;

    @BeforeEach
    void createTwoAccounts() {
        council = councils.requireBySlug(SLUG).id().value();
        client.createUser(SLUG, TestClient.uniqueUsername("audit.a"), "Audit-Pass-2026", "Người Ghi Một", "CLERK");
        client.createUser(SLUG, TestClient.uniqueUsername("audit.b"), "Audit-Pass-2026", "Người Ghi Hai", "CLERK");
    }

    @Test
    void creatingAccountsAppendsEntriesLinkedIntoAnIntactChain() {
        List<JsonNode> entries = latest(100);

        assertThat(entries).hasSizeGreaterThanOrEqualTo(2);
        assertThat(entries.getFirst().get("action").asString()).isEqualTo("identity.user.created");
        assertThat(entries.getFirst().get("actor").asString()).isEqualTo("admin");
        assertThat(entries.getFirst().get("details").asString()).contains("\"username\":\"audit.b.");
        for (int i = 0; i < entries.size() - 1; i++) {
            JsonNode newer = entries.get(i);
            JsonNode older = entries.get(i + 1);
            assertThat(newer.get("seq").asLong()).isEqualTo(older.get("seq").asLong() + 1);
            assertThat(newer.get("prevHash").asString())
                    .isEqualTo(older.get("hash").asString());
        }
        JsonNode verification = verification();
        assertThat(verification.get("intact").asBoolean()).isTrue();
        assertThat(verification.get("entriesChecked").asLong())
                .isEqualTo(entries.getFirst().get("seq").asLong());
        assertThat(verification.get("message").asString()).startsWith("Chuỗi nhật ký nguyên vẹn");
    }

    @Test
    void aSignInIsTheUsersOwnActAndAFailedAttemptAnAnonymousOne() {
        String username = TestClient.uniqueUsername("audit.login");
        client.createUser(SLUG, username, "Audit-Pass-2026", "Người Đăng Nhập", "CLERK");

        client.get("/api/v1/councils/" + SLUG, username, "Audit-Pass-2026");
        client.get("/api/v1/councils/" + SLUG, username, "Wrong-Pass-0000");

        List<JsonNode> entries = latest(2);
        assertThat(entries.get(1).get("action").asString()).isEqualTo("identity.login");
        assertThat(entries.get(1).get("actor").asString()).isEqualTo(username);
        assertThat(entries.get(0).get("action").asString()).isEqualTo("identity.login.failed");
        assertThat(entries.get(0).get("actor").asString()).isEqualTo("anonymous");
        assertThat(entries.get(0).get("details").asString()).isEqualTo("{\"failures\":\"1\"}");
    }

    @Test
    void anEditedEntryIsReportedAsTheFirstBrokenLink() throws SQLException {
        long seq = latest(2).get(1).get("seq").asLong();
        String original = details(seq);

        asOwner(c -> update(c, "update audit_entry set details = ? where council_id = ? and seq = ?", "{}", seq));
        JsonNode broken = verification();
        asOwner(c -> update(c, "update audit_entry set details = ? where council_id = ? and seq = ?", original, seq));

        assertThat(broken.get("intact").asBoolean()).isFalse();
        assertThat(broken.get("firstBrokenSeq").asLong()).isEqualTo(seq);
        assertThat(broken.get("problem").asString()).isEqualTo("CONTENT_CHANGED");
        assertThat(broken.get("entriesChecked").asLong()).isEqualTo(seq - 1);
        assertThat(broken.get("message").asString()).contains("mục số " + seq).contains("nội dung đã bị sửa");
        assertThat(verification().get("intact").asBoolean()).isTrue();
    }

    @Test
    void deletingTheNewestEntryIsDetected() throws SQLException {
        long last = latest(1).getFirst().get("seq").asLong();

        asOwner(c -> {
            backUp(c, last);
            update(c, "delete from audit_entry where council_id = ? and seq = ?", null, last);
        });
        JsonNode broken = verification();
        asOwner(c -> restore(c, last));

        assertThat(broken.get("intact").asBoolean()).isFalse();
        assertThat(broken.get("firstBrokenSeq").asLong()).isEqualTo(last);
        assertThat(broken.get("problem").asString()).isEqualTo("NEWEST_MISSING");
        assertThat(verification().get("intact").asBoolean()).isTrue();
    }

    @Test
    void deletingAnEntryInTheMiddleIsDetected() throws SQLException {
        long middle = latest(2).get(1).get("seq").asLong();

        asOwner(c -> {
            backUp(c, middle);
            update(c, "delete from audit_entry where council_id = ? and seq = ?", null, middle);
        });
        JsonNode broken = verification();
        asOwner(c -> restore(c, middle));

        assertThat(broken.get("firstBrokenSeq").asLong()).isEqualTo(middle);
        assertThat(broken.get("problem").asString()).isEqualTo("MISSING_ENTRY");
        assertThat(verification().get("intact").asBoolean()).isTrue();
    }

    @Test
    void theApplicationRoleCanNeitherUpdateNorDeleteEntries() throws SQLException {
        try (Connection c = application.getConnection()) {
            c.setAutoCommit(true);
            assertThatThrownBy(() -> c.createStatement().executeUpdate("update audit_entry set actor = 'x'"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> c.createStatement().executeUpdate("delete from audit_entry"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("permission denied");
        }
    }

    @Test
    void theNumberOfEntriesAskedForIsChecked() {
        var tooMany = client.get(TRAIL + "?limit=5000", TestClient.ADMIN, TestClient.ADMIN_PASSWORD);
        var notANumber = client.get(TRAIL + "?limit=nhieu", TestClient.ADMIN, TestClient.ADMIN_PASSWORD);

        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.body()).contains("Giá trị phải từ 1 đến 1");
        assertThat(notANumber.status()).isEqualTo(400);
        assertThat(notANumber.header("Content-Type")).startsWith("application/problem+json");
    }

    private List<JsonNode> latest(int limit) {
        var response = client.get(TRAIL + "?limit=" + limit, TestClient.ADMIN, TestClient.ADMIN_PASSWORD);
        assertThat(response.status()).isEqualTo(200);
        return response.json().get("items").valueStream().toList();
    }

    private JsonNode verification() {
        var response = client.get(TRAIL + "/verification", TestClient.ADMIN, TestClient.ADMIN_PASSWORD);
        assertThat(response.status()).isEqualTo(200);
        return response.json();
    }

    private String details(long seq) throws SQLException {
        try (Connection c = owner.getConnection();
                var statement =
                        c.prepareStatement("select details from audit_entry where council_id = ? and seq = ?")) {
            statement.setObject(1, council);
            statement.setLong(2, seq);
            try (var rs = statement.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    interface Tampering {
        void on(Connection connection) throws SQLException;
    }

    /** As the database owner, with the append-only trigger switched off for this one transaction. */
    private void asOwner(Tampering tampering) throws SQLException {
        try (Connection c = owner.getConnection()) {
            c.setAutoCommit(false);
            c.createStatement().execute("alter table audit_entry disable trigger audit_entry_no_update");
            tampering.on(c);
            c.createStatement().execute("alter table audit_entry enable trigger audit_entry_no_update");
            c.commit();
        }
    }

    private void update(Connection c, String sql, String value, long seq) throws SQLException {
        try (var statement = c.prepareStatement(sql)) {
            int i = 1;
            if (value != null) {
                statement.setString(i++, value);
            }
            statement.setObject(i++, council);
            statement.setLong(i, seq);
            assertThat(statement.executeUpdate()).isEqualTo(1);
        }
    }

    private void backUp(Connection c, long seq) throws SQLException {
        // a scratch schema of the tests, so the copy is never taken for a tenant table of the product
        c.createStatement().execute("create schema if not exists test_scratch");
        c.createStatement()
                .execute("create table if not exists test_scratch.audit_entry_backup (like public.audit_entry)");
        try (var statement = c.prepareStatement(
                "insert into test_scratch.audit_entry_backup select * from audit_entry where council_id = ? and seq = ?")) {
            statement.setObject(1, council);
            statement.setLong(2, seq);
            statement.executeUpdate();
        }
    }

    private void restore(Connection c, long seq) throws SQLException {
        try (var insert = c.prepareStatement(
                        "insert into audit_entry select * from test_scratch.audit_entry_backup where council_id = ? and seq = ?");
                var clean = c.prepareStatement(
                        "delete from test_scratch.audit_entry_backup where council_id = ? and seq = ?")) {
            for (var statement : List.of(insert, clean)) {
                statement.setObject(1, council);
                statement.setLong(2, seq);
                assertThat(statement.executeUpdate()).isEqualTo(1);
            }
        }
    }
}
