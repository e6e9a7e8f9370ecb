package vn.hdndso.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;

/**
 * In Xã Hải Hưng, a People's Committee officer finds in the search only the petition issues
 * transferred to their own unit: not before the transfer, never those of another unit; the
 * council's clerk finds it all along.
 */
@IntegrationTest
class UnitBoundSearchIntegrationTest {

    static final String SLUG = "hai-hung";
    static final String API = "/api/v1/councils/" + SLUG;
    static final String PASSWORD = "Search-Unit-2026";

    @Autowired
    TestClient client;

    @Test
    void anOfficerFindsOnlyTheIssuesTransferredToTheirUnit() throws InterruptedException {
        String word =
                "ngo" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 5) + "hh";
        String unitA = unit("Phòng Kinh tế A " + UUID.randomUUID());
        String unitB = unit("Phòng Văn hóa B " + UUID.randomUUID());
        String clerk = account("su.clerk", "CLERK", null);
        String officerA = account("su.officer.a", "EXECUTIVE_OFFICER", unitA);
        String officerB = account("su.officer.b", "EXECUTIVE_OFFICER", unitB);
        var sent = client.postJson(
                API + "/petitions",
                Map.of(
                        "content", "Đề nghị sửa chữa cống thoát nước ở ngõ " + word + ", mưa là nước tràn vào nhà.",
                        "submitterName", "Đỗ Văn Thử",
                        "contact", "0912000222",
                        "consent", true,
                        "channel", "WEB"));
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        String issue = awaitFound(word, clerk);

        assertThat(ids(word, officerA)).doesNotContain(issue);
        var transferred = client.postJson(
                API + "/petition-issues/" + issue + "/transfer",
                Map.of("bodyKind", "EXECUTIVE_UNIT", "executiveUnitId", unitA),
                clerk,
                PASSWORD);
        assertThat(transferred.status()).as(transferred.body()).isEqualTo(200);

        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        while (!ids(word, officerA).contains(issue) && Instant.now().isBefore(until)) {
            Thread.sleep(200);
        }
        assertThat(ids(word, officerA)).containsExactly(issue);
        assertThat(ids(word, officerB)).isEmpty();
        assertThat(ids(word, clerk)).containsExactly(issue);
        assertThat(client.get("/api/v1/search?q=" + word).json().get("total").asLong())
                .isZero();
    }

    private String awaitFound(String word, String username) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        List<String> found = ids(word, username);
        while (found.isEmpty() && Instant.now().isBefore(until)) {
            Thread.sleep(200);
            found = ids(word, username);
        }
        assertThat(found).hasSize(1);
        return found.getFirst();
    }

    private List<String> ids(String word, String username) {
        var answer = client.get("/api/v1/search?q=" + word + "&type=petition", username, PASSWORD);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json()
                .get("items")
                .valueStream()
                .map(i -> i.get("id").asString())
                .toList();
    }

    private String unit(String name) {
        var created = client.postJson(
                API + "/executive-units",
                Map.of("name", name, "kind", "OFFICE"),
                TestClient.ADMIN,
                TestClient.ADMIN_PASSWORD);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private String account(String prefix, String role, String unit) {
        String username = TestClient.uniqueUsername(prefix);
        Map<String, Object> body = new HashMap<>();
        body.put("username", username);
        body.put("password", PASSWORD);
        body.put("fullName", "Thử " + prefix);
        body.put("roles", List.of(role));
        if (unit != null) {
            body.put("executiveUnitId", unit);
        }
        var created = client.postJson(API + "/users", body, TestClient.ADMIN, TestClient.ADMIN_PASSWORD);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return username;
    }
}
