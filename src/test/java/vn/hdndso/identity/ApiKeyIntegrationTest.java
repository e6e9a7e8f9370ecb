package vn.hdndso.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;

@IntegrationTest
class ApiKeyIntegrationTest {

    private static final String SLUG = "lac-phuong";
    private static final String KEYS = "/api/v1/councils/" + SLUG + "/api-keys";
    private static final String USERS = "/api/v1/councils/" + SLUG + "/users";

    @Autowired
    TestClient client;

    @Autowired
    @Qualifier("ownerDataSource")
    DataSource owner;

    @Test
    void aNewKeyIsShownOnceAndSignsInAsItsAccount() {
        String userId = admin("keyholder");

        var created = createKey(userId, "Cổng dịch vụ công");
        String token = created.json().get("token").asString();
        var asKey = client.getWithBearer(USERS, token);
        var list = client.get(KEYS, TestClient.ADMIN, TestClient.ADMIN_PASSWORD);

        assertThat(created.status()).isEqualTo(201);
        assertThat(token).matches("hdnd_[a-z0-9]{8}_[A-Za-z0-9]{32}");
        assertThat(token).startsWith("hdnd_" + created.json().get("prefix").asString() + "_");
        assertThat(created.header("Location"))
                .endsWith("/api-keys/" + created.json().get("id").asString());
        assertThat(asKey.status()).isEqualTo(200);
        JsonNode listed =
                find(list.json().get("items"), created.json().get("id").asString());
        assertThat(listed.get("name").asString()).isEqualTo("Cổng dịch vụ công");
        assertThat(listed.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(listed.get("prefix").asString())
                .isEqualTo(created.json().get("prefix").asString());
        assertThat(list.body()).doesNotContain(token.substring(14)).doesNotContain("\"token\"");
    }

    @Test
    void aRevokedKeyIsRefusedWithAProblemInVietnamese() {
        String userId = admin("revoked");
        var created = createKey(userId, "Khóa sẽ thu hồi");
        String token = created.json().get("token").asString();
        String id = created.json().get("id").asString();

        var revoked = client.delete(KEYS + "/" + id, TestClient.ADMIN, TestClient.ADMIN_PASSWORD);
        var refused = client.getWithBearer(USERS, token);

        assertThat(revoked.status()).isEqualTo(204);
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().get("detail").asString())
                .isEqualTo("Thông tin xác thực không đúng hoặc đã hết hiệu lực.");
        var listed = find(
                client.get(KEYS, TestClient.ADMIN, TestClient.ADMIN_PASSWORD)
                        .json()
                        .get("items"),
                id);
        assertThat(listed.get("status").asString()).isEqualTo("REVOKED");
    }

    @Test
    void anExpiredKeyIsRefused() {
        String userId = admin("expired");
        var created = createKey(userId, "Khóa hết hạn");
        String token = created.json().get("token").asString();
        assertThat(client.getWithBearer(USERS, token).status()).isEqualTo(200);

        JdbcClient.create(owner)
                .sql("update api_key set expires_at = now() - interval '1 minute' where id = :id::uuid")
                .param("id", created.json().get("id").asString())
                .update();

        // the key was verified a moment ago and is kept (ADR 0008): a change made straight in the
        // database reaches the instance through the database's notification, within milliseconds
        var refused = client.getWithBearer(USERS, token);
        long deadline = System.nanoTime() + 2_000_000_000L;
        while (refused.status() != 401 && System.nanoTime() < deadline) {
            refused = client.getWithBearer(USERS, token);
        }
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.json().get("detail").asString()).contains("hết hiệu lực");
    }

    @Test
    void aMalformedOrUnknownKeyIsRefusedNeverTreatedAsAnonymous() {
        var malformed = client.getWithBearer("/api/v1/councils", "not-a-key");
        var unknown = client.getWithBearer("/api/v1/councils", "hdnd_abcdefgh_" + "A".repeat(32));

        assertThat(malformed.status()).isEqualTo(401);
        assertThat(malformed.header("Content-Type")).startsWith("application/problem+json");
        assertThat(malformed.header("WWW-Authenticate")).contains("Bearer");
        assertThat(malformed.json().get("title").asString()).isEqualTo("Chưa xác thực");
        assertThat(malformed.json().get("detail").asString())
                .isEqualTo("Thông tin xác thực không đúng hoặc đã hết hiệu lực.");
        assertThat(unknown.status()).isEqualTo(401);
    }

    @Test
    void creatingAndRevokingAKeyAreAudited() {
        String userId = admin("audited");
        var created = createKey(userId, "Khóa được ghi nhật ký");
        String id = created.json().get("id").asString();
        client.delete(KEYS + "/" + id, TestClient.ADMIN, TestClient.ADMIN_PASSWORD);

        var trail =
                client.get("/api/v1/councils/" + SLUG + "/audit?limit=50", TestClient.ADMIN, TestClient.ADMIN_PASSWORD);

        var actions = trail.json()
                .get("items")
                .valueStream()
                .filter(e -> e.get("subjectId").asString().equals(id))
                .map(e -> e.get("action").asString() + " by " + e.get("actor").asString())
                .toList();
        assertThat(actions).containsExactly("identity.apiKey.revoked by admin", "identity.apiKey.created by admin");
        assertThat(trail.body()).doesNotContain(created.json().get("token").asString());
    }

    @Test
    void badInputIsRefusedFieldByFieldInVietnamese() {
        var missing = client.postJson(KEYS, Map.of("name", " "), TestClient.ADMIN, TestClient.ADMIN_PASSWORD);
        var unknownUser = client.postJson(
                KEYS,
                Map.of("userId", "1c7a7d53-0000-4000-8000-000000000000", "name", "x"),
                TestClient.ADMIN,
                TestClient.ADMIN_PASSWORD);
        var past = client.postJson(
                KEYS,
                Map.of("userId", admin("past"), "name", "x", "expiresAt", "2020-01-01T00:00:00Z"),
                TestClient.ADMIN,
                TestClient.ADMIN_PASSWORD);
        var badDate = client.postJson(
                KEYS,
                Map.of("userId", admin("baddate"), "name", "x", "expiresAt", "ngày mai"),
                TestClient.ADMIN,
                TestClient.ADMIN_PASSWORD);
        var badId = client.delete(KEYS + "/khong-phai-uuid", TestClient.ADMIN, TestClient.ADMIN_PASSWORD);

        assertThat(missing.status()).isEqualTo(400);
        assertThat(fields(missing)).containsExactlyInAnyOrder("userId", "name");
        assertThat(missing.json().get("errors").get(0).get("message").asString())
                .isEqualTo("Trường này là bắt buộc.");
        assertThat(unknownUser.status()).isEqualTo(400);
        assertThat(unknownUser.body()).contains("Không tìm thấy tài khoản này trong Hội đồng.");
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.body()).contains("Thời điểm hết hạn phải ở trong tương lai.");
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.body()).contains("Thời điểm không hợp lệ");
        assertThat(fields(badDate)).containsExactly("expiresAt");
        assertThat(badId.status()).isEqualTo(400);
    }

    @Test
    void aCouncilAdministratorCannotTakeOverTheCityAdministratorWithAKey() {
        String provinceAdmin = TestClient.uniqueUsername("tp.admin");
        client.createUser("thanh-pho", provinceAdmin, "Province-Pass-2026", "Quản trị HĐND thành phố", "COUNCIL_ADMIN");
        String cityAdminId = client.get(
                        "/api/v1/councils/thanh-pho/users?size=500", TestClient.ADMIN, TestClient.ADMIN_PASSWORD)
                .json()
                .get("items")
                .valueStream()
                .filter(u -> u.get("username").asString().equals("admin"))
                .findFirst()
                .orElseThrow()
                .get("id")
                .asString();

        var refused = client.postJson(
                "/api/v1/councils/thanh-pho/api-keys",
                Map.of("userId", cityAdminId, "name", "chiếm quyền"),
                provinceAdmin,
                "Province-Pass-2026");

        assertThat(refused.status()).isEqualTo(403);
    }

    @Test
    void aKeyWithAnExpiryInTheFutureWorksUntilThen() {
        String userId = admin("future");
        var created = client.postJson(
                KEYS,
                Map.of(
                        "userId",
                        userId,
                        "name",
                        "Có hạn",
                        "expiresAt",
                        "2099-12-31T17:00:00+07:00",
                        "scopes",
                        java.util.List.of("read:council")),
                TestClient.ADMIN,
                TestClient.ADMIN_PASSWORD);

        assertThat(created.status()).isEqualTo(201);
        assertThat(Instant.parse(created.json().get("expiresAt").asString()))
                .isEqualTo(Instant.parse("2099-12-31T10:00:00Z"));
        assertThat(client.getWithBearer(USERS, created.json().get("token").asString())
                        .status())
                .isEqualTo(200);
    }

    private String admin(String prefix) {
        return client.createUser(
                SLUG, TestClient.uniqueUsername(prefix), "Key-Owner-Pass-2026", "Chủ khóa thử", "COUNCIL_ADMIN");
    }

    private TestClient.Response createKey(String userId, String name) {
        var created = client.postJson(
                KEYS,
                Map.of("userId", userId, "name", name, "scopes", java.util.List.of("read:council")),
                TestClient.ADMIN,
                TestClient.ADMIN_PASSWORD);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created;
    }

    private static JsonNode find(JsonNode items, String id) {
        return items.valueStream()
                .filter(k -> k.get("id").asString().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private static java.util.List<String> fields(TestClient.Response problem) {
        return problem.json()
                .get("errors")
                .valueStream()
                .map(e -> e.get("field").asString())
                .toList();
    }
}
