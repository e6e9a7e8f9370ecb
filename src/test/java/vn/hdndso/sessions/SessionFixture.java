package vn.hdndso.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.hdndso.support.TestClient;

/**
 * A council of the test installation with nobody in it yet (one of Hải Phòng's communes that no
 * other test uses), given a chair, a clerk and delegates with accounts, so that every delegate of
 * the term can vote and the majority arithmetic is exact.
 */
final class SessionFixture {

    static final String PASSWORD = "Session-Pass-2026";

    final TestClient client;
    final String slug;
    final String chair;
    final String clerk;
    final List<String> delegates = new ArrayList<>();

    private SessionFixture(TestClient client, String slug) {
        this.client = client;
        this.slug = slug;
        this.chair = user("ss.chair", "COUNCIL_ADMIN");
        this.clerk = user("ss.clerk", "CLERK");
    }

    /** A council with exactly {@code delegates} delegates, all with accounts (a fresh council per call). */
    static SessionFixture withDelegates(TestClient client, String slug, int delegates) {
        var fixture = new SessionFixture(client, slug);
        for (int i = 0; i < delegates; i++) {
            fixture.delegates.add(fixture.user("ss.delegate" + i, "DELEGATE"));
        }
        return fixture;
    }

    String user(String prefix, String role) {
        String username = TestClient.uniqueUsername(prefix);
        client.createUser(slug, username, PASSWORD, "Người thử " + prefix, role);
        return username;
    }

    String base() {
        return "/api/v1/councils/" + slug + "/sessions";
    }

    /** A session in progress; returns its id. */
    String sessionInProgress(String title) {
        var created = client.postJson(
                base(),
                Map.of("title", title, "startsAt", "2026-12-20T08:00:00+07:00", "kind", "REGULAR"),
                clerk,
                PASSWORD);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        var started = client.request("POST", base() + "/" + id + "/start", null, chair, PASSWORD);
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        return id;
    }

    String motion(String session, String title, String majority) {
        var item = client.postJson(
                base() + "/" + session + "/agenda-items",
                Map.of("title", title, "motion", true, "majority", majority),
                clerk,
                PASSWORD);
        assertThat(item.status()).as(item.body()).isEqualTo(201);
        return item.json().get("id").asString();
    }

    String item(String session) {
        return base() + "/" + session + "/agenda-items";
    }

    TestClient.Response open(String session, String item) {
        return client.request("POST", item(session) + "/" + item + "/vote/open", null, chair, PASSWORD);
    }

    TestClient.Response close(String session, String item) {
        return client.request("POST", item(session) + "/" + item + "/vote/close", null, chair, PASSWORD);
    }

    TestClient.Response vote(String session, String item, String user, String choice) {
        return client.postJson(item(session) + "/" + item + "/votes", Map.of("choice", choice), user, PASSWORD);
    }

    TestClient.Response tally(String session, String item) {
        return client.get(item(session) + "/" + item + "/vote", chair, PASSWORD);
    }
}
