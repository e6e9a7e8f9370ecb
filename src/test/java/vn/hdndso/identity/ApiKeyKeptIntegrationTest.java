package vn.hdndso.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;

/**
 * Issue 18 §2: a key used a moment ago is checked without a database connection, and whatever
 * could refuse it (revocation, a disabled account, a changed expiry) still refuses it at the next
 * request here, or within {@link #BOUND_MILLIS} when the change was made in the database by
 * another tool (the database's notification). Across instances:
 * ApiKeyRevocationAcrossInstancesIntegrationTest.
 */
@IntegrationTest
class ApiKeyKeptIntegrationTest {

    static final String SLUG = "vinh-lai";
    static final String USERS = "/api/v1/councils/" + SLUG + "/users";
    static final String KEYS = "/api/v1/councils/" + SLUG + "/api-keys";
    static final String PASSWORD = "Kept-Key-Pass-2026";
    static final long BOUND_MILLIS = 2_000;

    @Autowired
    TestClient client;

    @Autowired
    MeterRegistry meters;

    @Autowired
    @Qualifier("ownerDataSource")
    DataSource owner;

    record Key(String id, String token, String userId) {}

    @Test
    void aKeyUsedAgainIsCheckedFromMemoryWithoutTheDatabase() {
        Key key = newKey("kept");
        double database = verifications("database");
        double memory = verifications("memory");

        assertThat(client.getWithBearer(USERS, key.token()).status()).isEqualTo(200);
        assertThat(verifications("database") - database)
                .as("the first use reads the key")
                .isEqualTo(1);
        for (int i = 0; i < 5; i++) {
            assertThat(client.getWithBearer(USERS, key.token()).status()).isEqualTo(200);
        }

        assertThat(verifications("database") - database)
                .as("later uses take no connection for the key")
                .isEqualTo(1);
        assertThat(verifications("memory") - memory).isEqualTo(5);
    }

    @Test
    void aKeptKeyRevokedIsRefusedAtTheNextRequest() {
        Key key = newKey("revoked");
        assertThat(client.getWithBearer(USERS, key.token()).status()).isEqualTo(200);
        assertThat(client.getWithBearer(USERS, key.token()).status()).isEqualTo(200);

        assertThat(client.delete(KEYS + "/" + key.id(), TestClient.ADMIN, TestClient.ADMIN_PASSWORD)
                        .status())
                .isEqualTo(204);
        var refused = client.getWithBearer(USERS, key.token());

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.json().get("detail").asString())
                .isEqualTo("Thông tin xác thực không đúng hoặc đã hết hiệu lực.");
    }

    @Test
    void aKeptKeyWhoseAccountIsDisabledOrWhoseExpiryPassesInTheDatabaseIsRefusedWithinTheBound() {
        Key disabled = newKey("disabled");
        Key expired = newKey("expired");
        for (Key key : new Key[] {disabled, expired}) {
            assertThat(client.getWithBearer(USERS, key.token()).status()).isEqualTo(200);
            assertThat(client.getWithBearer(USERS, key.token()).status()).isEqualTo(200);
        }

        // as another tool (or another instance) would: straight in the database
        var database = JdbcClient.create(owner);
        database.sql("update app_user set enabled = false where id = :id::uuid")
                .param("id", disabled.userId())
                .update();
        database.sql("update api_key set expires_at = now() - interval '1 minute' where id = :id::uuid")
                .param("id", expired.id())
                .update();

        assertThat(millisUntilRefused(disabled.token())).isLessThan(BOUND_MILLIS);
        assertThat(millisUntilRefused(expired.token())).isLessThan(BOUND_MILLIS);
    }

    @Test
    void aKeyThatExpiresWhileKeptIsRefusedWhenItExpires() throws InterruptedException {
        String userId = client.createUser(
                SLUG, TestClient.uniqueUsername("soon"), PASSWORD, "Khóa Sắp Hết Hạn", "COUNCIL_ADMIN");
        String expires = java.time.Instant.now().plusSeconds(10).toString();
        var created = client.postJson(
                KEYS,
                Map.of(
                        "userId",
                        userId,
                        "name",
                        "Khóa mười giây",
                        "expiresAt",
                        expires,
                        "scopes",
                        List.of("read:council")),
                TestClient.ADMIN,
                TestClient.ADMIN_PASSWORD);
        assertThat(created.status()).isEqualTo(201);
        String token = created.json().get("token").asString();
        assertThat(client.getWithBearer(USERS, token).status()).isEqualTo(200);
        assertThat(client.getWithBearer(USERS, token).status()).isEqualTo(200);

        Thread.sleep(java.time.Duration.between(java.time.Instant.now(), java.time.Instant.parse(expires))
                .plusMillis(50)
                .toMillis());

        assertThat(client.getWithBearer(USERS, token).status()).isEqualTo(401);
    }

    private long millisUntilRefused(String token) {
        long start = System.nanoTime();
        long deadline = start + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (client.getWithBearer(USERS, token).status() == 401) {
                return (System.nanoTime() - start) / 1_000_000;
            }
            sleep(20);
        }
        return Long.MAX_VALUE;
    }

    private Key newKey(String prefix) {
        String userId = client.createUser(
                SLUG, TestClient.uniqueUsername("kept." + prefix), PASSWORD, "Người Giữ Khóa", "COUNCIL_ADMIN");
        var created = client.postJson(
                KEYS,
                Map.of("userId", userId, "name", "Khóa " + prefix, "scopes", List.of("read:council")),
                TestClient.ADMIN,
                TestClient.ADMIN_PASSWORD);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return new Key(
                created.json().get("id").asString(), created.json().get("token").asString(), userId);
    }

    private double verifications(String from) {
        var counter =
                meters.find("hdnd.api_keys.verifications").tag("from", from).counter();
        return counter == null ? 0 : counter.count();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
