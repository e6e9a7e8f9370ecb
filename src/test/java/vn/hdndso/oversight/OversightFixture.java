package vn.hdndso.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.hdndso.support.TestClient;

/** Accounts and People's Committee units the oversight tests make in their own councils. */
final class OversightFixture {

    static final String PASSWORD = "Oversight-Test-2026";

    private OversightFixture() {}

    /** A new active unit of the council's People's Committee; returns its id. */
    static String unit(TestClient client, String slug, String name) {
        var created = client.postJson(
                "/api/v1/councils/" + slug + "/executive-units",
                Map.of("name", name, "kind", "OFFICE"),
                TestClient.ADMIN,
                TestClient.ADMIN_PASSWORD);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    /** An account with the roles, tied to a unit or committee when given; returns its username. */
    static String account(TestClient client, String slug, String prefix, String role, String unit, String committee) {
        String username = TestClient.uniqueUsername(prefix);
        Map<String, Object> body = new HashMap<>();
        body.put("username", username);
        body.put("password", PASSWORD);
        body.put("fullName", "Thử " + prefix);
        body.put("roles", List.of(role));
        if (unit != null) {
            body.put("executiveUnitId", unit);
        }
        if (committee != null) {
            body.put("committeeId", committee);
        }
        var created = client.postJson(
                "/api/v1/councils/" + slug + "/users", body, TestClient.ADMIN, TestClient.ADMIN_PASSWORD);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return username;
    }

    static String account(TestClient client, String slug, String prefix, String role) {
        return account(client, slug, prefix, role, null, null);
    }
}
