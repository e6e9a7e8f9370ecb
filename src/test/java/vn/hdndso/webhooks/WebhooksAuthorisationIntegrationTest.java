package vn.hdndso.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hdndso.webhooks.WebhooksAuthorisationIntegrationTest.Who.ANONYMOUS;
import static vn.hdndso.webhooks.WebhooksAuthorisationIntegrationTest.Who.CITY_ADMIN;
import static vn.hdndso.webhooks.WebhooksAuthorisationIntegrationTest.Who.COUNCIL_ADMIN;
import static vn.hdndso.webhooks.WebhooksAuthorisationIntegrationTest.Who.OTHER_COUNCIL_ADMIN;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;
import vn.hdndso.support.WebSession;

/**
 * Every webhooks endpoint (API and workspace pages) for every kind of caller in Xã Thanh Hà, with
 * what comes back. Decision: only the council's administrator (and the city administrator)
 * manages and reads webhooks; the other staff roles do not read them either (the URLs are
 * another system's configuration). An administrator of Xã Hà Nam sees none of Thanh Hà's.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebhooksAuthorisationIntegrationTest {

    static final String SLUG = "thanh-ha";
    static final String OTHER = "ha-nam";
    static final String API = "/api/v1/councils/" + SLUG + "/webhooks";
    static final String PAGE = "/app/councils/" + SLUG + "/webhooks";
    static final String PASSWORD = "Webhook-Auth-2026!";
    static final String SECRET = "khoa-bi-mat-kiem-thu-2026";
    static final JsonMapper JSON = JsonMapper.builder().build();

    enum Who {
        ANONYMOUS,
        CITY_ADMIN,
        COUNCIL_ADMIN,
        CLERK,
        DELEGATE,
        COMMITTEE_MEMBER,
        EXECUTIVE_OFFICER,
        FRONT_OFFICER,
        OTHER_COUNCIL_ADMIN
    }

    static final Set<Who> ADMINS = EnumSet.of(CITY_ADMIN, COUNCIL_ADMIN);

    @Autowired
    TestClient client;

    final Map<Who, String> usernames = new EnumMap<>(Who.class);
    String ours;
    String oursUrl;
    String theirsUrl;

    @BeforeAll
    void setUp() {
        if (client.get("/api/v1/councils/" + SLUG + "/terms", TestClient.ADMIN, TestClient.ADMIN_PASSWORD)
                .json()
                .get("items")
                .isEmpty()) {
            var term = client.postJson(
                    "/api/v1/councils/" + SLUG + "/terms",
                    Map.of("name", "Nhiệm kỳ 2026–2031", "startsOn", "2026-03-15", "endsOn", "2031-03-14"),
                    TestClient.ADMIN,
                    TestClient.ADMIN_PASSWORD);
            assertThat(term.status()).as(term.body()).isEqualTo(201);
        }
        usernames.put(CITY_ADMIN, TestClient.ADMIN);
        for (Who who : EnumSet.range(COUNCIL_ADMIN, Who.FRONT_OFFICER)) {
            String username = TestClient.uniqueUsername("wh." + who.name().toLowerCase());
            client.createUser(SLUG, username, PASSWORD, "Thử " + who.name(), who.name());
            usernames.put(who, username);
        }
        String other = TestClient.uniqueUsername("wh.hanam");
        client.createUser(OTHER, other, PASSWORD, "Chủ tịch Hà Nam thử", "COUNCIL_ADMIN");
        usernames.put(OTHER_COUNCIL_ADMIN, other);
        oursUrl = "http://127.0.0.1:9/thanh-ha-" + UUID.randomUUID();
        ours = created(COUNCIL_ADMIN, API, body(oursUrl));
        theirsUrl = "http://127.0.0.1:9/ha-nam-" + UUID.randomUUID();
        created(OTHER_COUNCIL_ADMIN, "/api/v1/councils/" + OTHER + "/webhooks", body(theirsUrl));
    }

    static Map<String, Object> body(String url) {
        return Map.of("url", url, "events", List.of("SessionConvened"), "secret", SECRET);
    }

    String password(Who who) {
        return who == CITY_ADMIN ? TestClient.ADMIN_PASSWORD : PASSWORD;
    }

    TestClient.Response call(Who who, String method, String path, Object body) {
        String json = body == null ? null : body instanceof String s ? s : JSON.writeValueAsString(body);
        return who == ANONYMOUS
                ? client.request(method, path, json, null, null)
                : client.request(method, path, json, usernames.get(who), password(who));
    }

    String created(Who who, String path, Object body) {
        var response = call(who, "POST", path, body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    /** Each caller gets {@code allowed} if an administrator, else 401 (anonymous), 404 (another council), 403. */
    void expect(String method, Supplier<String> path, Object body, int allowed) {
        for (Who who : Who.values()) {
            int status =
                    ADMINS.contains(who) ? allowed : who == ANONYMOUS ? 401 : who == OTHER_COUNCIL_ADMIN ? 404 : 403;
            String resolved = path.get();
            var response = call(who, method, resolved, body);
            assertThat(response.status())
                    .as(method + " " + resolved + " as " + who + ": " + response.body())
                    .isEqualTo(status);
            if (status >= 400) {
                assertThat(response.header("Content-Type")).startsWith("application/problem+json");
                assertThat(response.body()).doesNotContain(oursUrl);
            }
        }
    }

    @Test
    void onlyAdministratorsReadTheSubscriptionsAndNoneOfAnotherCouncils() {
        expect("GET", () -> API, null, 200);
        expect("GET", () -> API + "/" + ours, null, 200);
        expect("GET", () -> API + "/" + ours + "/deliveries", null, 200);
        for (Who who : ADMINS) {
            String list = call(who, "GET", API + "?size=500", null).body();
            assertThat(list)
                    .as(who.name())
                    .contains(oursUrl)
                    .doesNotContain(theirsUrl)
                    .doesNotContain(SECRET);
            assertThat(call(who, "GET", API + "/" + ours, null).body()).doesNotContain(SECRET);
        }
        String theirs = call(OTHER_COUNCIL_ADMIN, "GET", "/api/v1/councils/" + OTHER + "/webhooks?size=500", null)
                .body();
        assertThat(theirs).contains(theirsUrl).doesNotContain(oursUrl);
        // Hà Nam's administrator cannot reach ours through their own council either
        var through = call(OTHER_COUNCIL_ADMIN, "GET", "/api/v1/councils/" + OTHER + "/webhooks/" + ours, null);
        assertThat(through.status()).isEqualTo(404);
        assertThat(through.body()).doesNotContain(oursUrl);
    }

    @Test
    void onlyAdministratorsManageSubscriptions() {
        String newUrl = "http://127.0.0.1:9/new-" + UUID.randomUUID();
        expect("POST", () -> API, body(newUrl), 201);
        expect("PATCH", () -> API + "/" + ours, Map.of("active", false), 200);
        assertThat(call(COUNCIL_ADMIN, "GET", API + "/" + ours, null)
                        .json()
                        .get("active")
                        .asBoolean())
                .isFalse();
        expect("PATCH", () -> API + "/" + ours, Map.of("active", true), 200);
        assertThat(call(COUNCIL_ADMIN, "GET", API + "/" + ours, null)
                        .json()
                        .get("active")
                        .asBoolean())
                .isTrue();
        expect("POST", () -> API + "/" + ours + "/deliveries/" + UUID.randomUUID() + "/replay", null, 404);
        expect(
                "DELETE",
                () -> API + "/" + created(COUNCIL_ADMIN, API, body("http://127.0.0.1:9/gone-" + UUID.randomUUID())),
                null,
                204);
        // the two administrators subscribed once each; nobody else's attempt left anything behind
        String list = call(COUNCIL_ADMIN, "GET", API + "?size=500", null).body();
        assertThat(JSON.readTree(list)
                        .get("items")
                        .valueStream()
                        .filter(i -> i.get("url").asString().equals(newUrl))
                        .count())
                .as(list)
                .isEqualTo(2);
        assertThat(call(COUNCIL_ADMIN, "GET", API + "/" + ours, null).status()).isEqualTo(200);
    }

    WebSession signedIn(Who who) {
        var session = new WebSession(client);
        if (who != ANONYMOUS) {
            session.signIn(usernames.get(who), password(who));
        }
        return session;
    }

    @Test
    void theWorkspacePageIsTheAdministratorsAndShowsOnlyTheirCouncilsWebhooks() {
        for (Who who : Who.values()) {
            var session = signedIn(who);
            var page = session.get(PAGE);
            var detail = session.get(PAGE + "/" + ours);
            switch (who) {
                case ANONYMOUS -> {
                    assertThat(page.status()).isEqualTo(302);
                    assertThat(detail.status()).isEqualTo(302);
                }
                case OTHER_COUNCIL_ADMIN -> {
                    assertThat(page.status()).isEqualTo(404);
                    assertThat(detail.status()).isEqualTo(404);
                    assertThat(page.body() + detail.body()).doesNotContain(oursUrl);
                    var own = session.get("/app/councils/" + OTHER + "/webhooks");
                    assertThat(own.status()).isEqualTo(200);
                    assertThat(own.body()).contains(theirsUrl).doesNotContain(oursUrl);
                }
                case CITY_ADMIN, COUNCIL_ADMIN -> {
                    assertThat(page.status()).as(who.name()).isEqualTo(200);
                    assertThat(page.body())
                            .contains(oursUrl)
                            .doesNotContain(theirsUrl)
                            .doesNotContain(SECRET);
                    assertThat(detail.status()).isEqualTo(200);
                    assertThat(detail.body()).contains(oursUrl).contains("Nhật ký gửi");
                }
                default -> {
                    assertThat(page.status()).as(who.name()).isEqualTo(403);
                    assertThat(detail.status()).as(who.name()).isEqualTo(403);
                    assertThat(page.body() + detail.body()).doesNotContain(oursUrl);
                }
            }
        }
    }

    @Test
    void onlyAdministratorsUseThePagesForms() {
        for (Who who : Who.values()) {
            var session = signedIn(who);
            String url = "http://127.0.0.1:9/form-" + who.name() + "-" + UUID.randomUUID();
            Map<String, Object> fields = Map.of("url", url, "events", List.of("SessionConvened"), "secret", SECRET);
            TestClient.Response response =
                    who == ANONYMOUS ? session.post(PAGE, fields) : session.submit("/app/account", PAGE, fields);
            String list = call(COUNCIL_ADMIN, "GET", API + "?size=500", null).body();
            if (ADMINS.contains(who)) {
                assertThat(response.status()).as(who.name()).isEqualTo(302);
                assertThat(list).contains(url);
            } else {
                if (who == ANONYMOUS) {
                    // no session, so no CSRF token: refused before anything else
                    assertThat(response.status()).as(who.name()).isIn(302, 403, 404);
                } else {
                    // refused: 403 by role, or 404 (another council, or a token the action's page did not issue)
                    assertThat(response.status()).as(who.name()).isIn(403, 404);
                }
                assertThat(list).as(who.name()).doesNotContain(url);
            }
        }
        // a wrong form comes back with the field's message and stores nothing
        var admin = signedIn(COUNCIL_ADMIN);
        var wrong = admin.submit(PAGE, PAGE, Map.of("url", "ftp://127.0.0.1/x", "secret", "ngắn"));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body())
                .contains("http:// hoặc https://")
                .contains("ít nhất một sự kiện")
                .contains("16 đến 200");
    }
}
