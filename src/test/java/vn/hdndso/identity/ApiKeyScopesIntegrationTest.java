package vn.hdndso.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;

/**
 * A key reads as the public unless it is given more: {@code read:council} reads with its
 * account's roles, {@code write:council} also changes with them.
 */
@IntegrationTest
class ApiKeyScopesIntegrationTest {

    private static final String SLUG = "an-phong";
    private static final String KEYS = "/api/v1/councils/" + SLUG + "/api-keys";
    private static final String USERS = "/api/v1/councils/" + SLUG + "/users";
    private static final String SESSIONS = "/api/v1/councils/" + SLUG + "/sessions";

    @Autowired
    TestClient client;

    @Test
    void aKeyWithoutScopesSeesOnlyWhatThePublicSees() {
        String admin = client.createUser(
                SLUG, TestClient.uniqueUsername("scopeless"), "Scope-Pass-2026", "Khóa Không Phạm Vi", "COUNCIL_ADMIN");
        var created = create(admin, Map.of());
        String token = created.json().get("token").asString();

        assertThat(created.json().get("scopes").toString()).isEqualTo("[\"read:public\"]");
        var users = client.getWithBearer(USERS, token);
        assertThat(users.status()).as("a staff list, read as the public").isIn(401, 403, 404);
        assertThat(users.body()).doesNotContain("Khóa Không Phạm Vi");
        var sessionsAsKey = client.getWithBearer(SESSIONS, token);
        var sessionsAsPublic = client.get(SESSIONS);
        assertThat(sessionsAsKey.status()).isEqualTo(sessionsAsPublic.status());
        assertThat(sessionsAsKey.body()).isEqualTo(sessionsAsPublic.body());
        var write = postWithBearer("{\"userId\":\"" + admin + "\",\"name\":\"x\"}", token);
        assertThat(write.statusCode()).isIn(401, 403);
    }

    @Test
    void readingTheCouncilReadsWithTheAccountsRolesButChangesNothing() {
        String admin = client.createUser(
                SLUG, TestClient.uniqueUsername("reader"), "Scope-Pass-2026", "Khóa Chỉ Đọc", "COUNCIL_ADMIN");
        String token = create(admin, Map.of("scopes", List.of("read:council")))
                .json()
                .get("token")
                .asString();

        var users = client.getWithBearer(USERS, token);
        var write = postWithBearer("{\"userId\":\"" + admin + "\",\"name\":\"x\"}", token);

        assertThat(users.status()).isEqualTo(200);
        assertThat(users.body()).contains("Khóa Chỉ Đọc");
        assertThat(write.statusCode()).isIn(401, 403);
    }

    @Test
    void writingTheCouncilActsAsTheAccountAndTheListShowsEachKeysScopes() {
        String admin = client.createUser(
                SLUG, TestClient.uniqueUsername("writer"), "Scope-Pass-2026", "Khóa Ghi", "COUNCIL_ADMIN");
        var created = create(admin, Map.of("scopes", List.of("read:council", "write:council")));
        String token = created.json().get("token").asString();

        var write = postWithBearer("{\"userId\":\"" + admin + "\",\"name\":\"Khóa do khóa tạo\"}", token);

        assertThat(write.statusCode()).as(write.body()).isEqualTo(201);
        assertThat(write.body()).contains("\"scopes\":[\"read:public\"]");
        var list = client.get(KEYS + "?size=200", TestClient.ADMIN, TestClient.ADMIN_PASSWORD);
        assertThat(list.body()).contains("\"scopes\":[\"read:council\",\"write:council\"]");
    }

    @Test
    void anUnknownScopeIsAFieldError() {
        String admin = client.createUser(
                SLUG, TestClient.uniqueUsername("badscope"), "Scope-Pass-2026", "Khóa Sai", "COUNCIL_ADMIN");

        var refused = client.postJson(
                KEYS,
                Map.of("userId", admin, "name", "x", "scopes", List.of("admin:all")),
                TestClient.ADMIN,
                TestClient.ADMIN_PASSWORD);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.body()).contains("scopes").contains("Phạm vi không hợp lệ");
    }

    private java.net.http.HttpResponse<String> postWithBearer(String json, String token) {
        try {
            var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(client.baseUrl() + KEYS))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(json))
                    .build();
            return java.net.http.HttpClient.newHttpClient()
                    .send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private TestClient.Response create(String userId, Map<String, Object> extra) {
        var body = new java.util.HashMap<String, Object>(Map.of("userId", userId, "name", "Hệ thống ngoài"));
        body.putAll(extra);
        var created = client.postJson(KEYS, body, TestClient.ADMIN, TestClient.ADMIN_PASSWORD);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created;
    }
}
