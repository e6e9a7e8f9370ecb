package vn.hdndso.petitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import vn.hdndso.shared.VnTime;
import vn.hdndso.support.TestClient;

/**
 * What the routing, feedback and figures tests make in their own councils (Kẻ Sặt, Bình Giang):
 * People's Committee units, accounts, and petitions taken through transfer, answer and publication.
 */
public final class RoutingFixture {

    public static final String PASSWORD = "Routing-Test-2026";

    private final TestClient client;
    private final String slug;

    public RoutingFixture(TestClient client, String slug) {
        this.client = client;
        this.slug = slug;
    }

    public String api() {
        return "/api/v1/councils/" + slug;
    }

    /** A word no other test uses, so the issue of a petition is found alone and joins nothing. */
    public static String marker() {
        String letters = "bcdghklmnpqrstvx";
        StringBuilder word = new StringBuilder("thon");
        for (int i = 0; i < 7; i++) {
            word.append(letters.charAt(ThreadLocalRandom.current().nextInt(letters.length())));
        }
        return word.toString();
    }

    /** A new active unit of the council's People's Committee; returns its id. */
    public String unit(String name) {
        var created = client.postJson(
                api() + "/executive-units",
                Map.of("name", name, "kind", "OFFICE"),
                TestClient.ADMIN,
                TestClient.ADMIN_PASSWORD);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    /** An account of the council with one role (tied to a unit when given); returns its username. */
    public String account(String prefix, String role, String unit) {
        return account(slug, prefix, role, unit);
    }

    public String account(String councilSlug, String prefix, String role, String unit) {
        String username = TestClient.uniqueUsername(prefix);
        Map<String, Object> body = new HashMap<>();
        body.put("username", username);
        body.put("password", PASSWORD);
        body.put("fullName", "Thử " + prefix);
        body.put("roles", List.of(role));
        if (unit != null) {
            body.put("executiveUnitId", unit);
        }
        var created = client.postJson(
                "/api/v1/councils/" + councilSlug + "/users", body, TestClient.ADMIN, TestClient.ADMIN_PASSWORD);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return username;
    }

    /** A petition sent on the public API: its tracking code and the id of its issue. */
    public record Sent(String code, String issueId) {}

    public Sent submit(String content, String marker, String clerk) {
        var body = new HashMap<String, Object>();
        body.put("content", content + " " + marker);
        body.put("consent", true);
        body.put("channel", "WEB");
        var sent = client.postJson(api() + "/petitions", body);
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        String code = sent.json().get("trackingCode").asString();
        var found = client.get(api() + "/petition-issues?q=" + marker, clerk, PASSWORD);
        assertThat(found.json().get("items")).as(found.body()).hasSize(1);
        return new Sent(code, found.json().get("items").get(0).get("id").asString());
    }

    /** Sets the issue's field and level as a clerk would. */
    public void classify(String issueId, String field, String level, String clerk) {
        var edited = client.postJson(
                api() + "/petition-issues/" + issueId,
                Map.of("title", "Vụ việc thử " + issueId.substring(0, 8), "field", field, "level", level),
                clerk,
                PASSWORD);
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
    }

    public TestClient.Response transfer(String issueId, String unit, String reason, LocalDate deadline, String clerk) {
        var body = new HashMap<String, Object>();
        body.put("bodyKind", "EXECUTIVE_UNIT");
        body.put("executiveUnitId", unit);
        if (reason != null) {
            body.put("reason", reason);
        }
        if (deadline != null) {
            body.put("deadline", deadline.toString());
        }
        return client.postJson(api() + "/petition-issues/" + issueId + "/transfer", body, clerk, PASSWORD);
    }

    /** Transfers (with a reason, whatever the default), answers "resolved" and publishes. */
    public void answerAndPublish(String issueId, String unit, String clerk) {
        var transferred = transfer(
                issueId,
                unit,
                "Thử: chuyển thẳng đơn vị",
                VnTime.today(java.time.Clock.systemUTC()).plusDays(30),
                clerk);
        assertThat(transferred.status()).as(transferred.body()).isEqualTo(200);
        var answered = client.postJson(
                api() + "/petition-issues/" + issueId + "/answer",
                Map.of("answerClass", "RESOLVED", "answer", "Đã sửa xong tuyến đường theo kiến nghị của cử tri."),
                clerk,
                PASSWORD);
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        var published = client.postJson(api() + "/petition-issues/" + issueId + "/publish", Map.of(), clerk, PASSWORD);
        assertThat(published.status()).as(published.body()).isEqualTo(200);
    }
}
