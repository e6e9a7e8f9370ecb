package vn.hdndso.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;
import vn.hdndso.support.WebSession;

/**
 * Every new endpoint of issue 14 (secret ballots, a delegate's own choice, the ballot pages) called
 * as every kind of caller, checking what comes back: allowed callers get the content, other roles
 * of the council 403, another council's administrator 404, anonymous callers 401 (API) or the
 * sign-in page (pages). Works in Việt Hòa.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecretBallotAuthorisationIntegrationTest {

    static final String SLUG = SessionTestCouncils.ONE_PERSON;
    static final String PASSWORD = SessionFixture.PASSWORD;

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

    @Autowired
    TestClient client;

    SessionFixture council;
    final Map<Who, String> users = new EnumMap<>(Who.class);
    String session;

    @BeforeAll
    void everyKindOfCaller() {
        council = SessionFixture.withDelegates(client, SLUG, 1);
        users.put(Who.CITY_ADMIN, TestClient.ADMIN);
        users.put(Who.COUNCIL_ADMIN, council.chair);
        users.put(Who.CLERK, council.clerk);
        users.put(Who.DELEGATE, council.delegates.getFirst());
        users.put(Who.COMMITTEE_MEMBER, council.user("au.committee", "COMMITTEE_MEMBER"));
        users.put(Who.EXECUTIVE_OFFICER, council.user("au.officer", "EXECUTIVE_OFFICER"));
        users.put(Who.FRONT_OFFICER, council.user("au.front", "FRONT_OFFICER"));
        String other = TestClient.uniqueUsername("au.other");
        client.createUser(SessionTestCouncils.SECRET, other, PASSWORD, "Quản trị hội đồng khác", "COUNCIL_ADMIN");
        users.put(Who.OTHER_COUNCIL_ADMIN, other);
        session = council.sessionInProgress("Kỳ họp thử quyền phiếu kín");
    }

    @Test
    void definingIsForTheClerkAndTheAdministrators() {
        check(
                "POST",
                () -> base(item()),
                "{\"kind\":\"MOTION\"}",
                201,
                "\"kind\":\"MOTION\"",
                Who.CITY_ADMIN,
                Who.COUNCIL_ADMIN,
                Who.CLERK);
    }

    @Test
    void openingAndClosingAreForTheChair() {
        check(
                "POST",
                () -> base(defined()) + "/open",
                null,
                200,
                "\"state\":\"OPEN\"",
                Who.CITY_ADMIN,
                Who.COUNCIL_ADMIN);
        check(
                "POST",
                () -> base(opened()) + "/close",
                null,
                200,
                "\"state\":\"CLOSED\"",
                Who.CITY_ADMIN,
                Who.COUNCIL_ADMIN);
    }

    @Test
    void aPaperIsTheDelegatesOwn() {
        // the city administrator passes the role check but is no delegate of the term: 403 as well
        Map<Who, Integer> expected = expected(201, Who.DELEGATE);
        expected.put(Who.CITY_ADMIN, 403);
        check("POST", () -> base(opened()) + "/papers", "{\"choice\":\"YES\"}", expected, "\"voted\":1");
        check("GET", () -> base(opened()) + "/mine", null, 200, "\"voted\":false", Who.DELEGATE, Who.CITY_ADMIN);
        check(
                "GET",
                () -> council.item(session) + "/" + namedVoteOpen() + "/votes/mine",
                null,
                200,
                "\"choice\":null",
                Who.DELEGATE,
                Who.CITY_ADMIN);
    }

    @Test
    void theBallotAndTheReportArePublicOnceTheSessionIs() {
        String open = opened();
        Map<Who, Integer> everyone = new EnumMap<>(Who.class);
        for (Who who : Who.values()) {
            everyone.put(who, 200);
        }
        check("GET", () -> base(open), null, everyone, "\"voted\":0");
        String closed = opened();
        client.request("POST", base(closed) + "/close", null, council.chair, PASSWORD);
        for (Who who : Who.values()) {
            var pdf = call("GET", base(closed) + "/report.pdf", null, who);
            assertThat(pdf.status()).as(who.name()).isEqualTo(200);
            assertThat(pdf.header("Content-Type")).as(who.name()).startsWith("application/pdf");
        }
        var fragment = client.get("/" + SLUG + "/ky-hop/" + session + "/phieu-kin");
        assertThat(fragment.status()).isEqualTo(200);
        assertThat(fragment.body()).contains("đại biểu đã bỏ phiếu").doesNotContain("<html");
    }

    @Test
    void thePagesAskForTheRightRole() {
        String item = opened();
        String paper = "/app/councils/" + SLUG + "/my-sessions/" + session + "/items/" + item + "/secret-ballot";
        String define = "/app/councils/" + SLUG + "/sessions/" + session + "/secret-ballots";
        for (Who who : Who.values()) {
            var cast = form(paper, Map.of("choice", "YES"), who);
            var defined = form(define, Map.of("item", item(), "kind", "MOTION"), who);
            switch (who) {
                case ANONYMOUS -> {
                    assertThat(cast.header("Location")).as(who.name()).contains("/login");
                    assertThat(defined.header("Location")).as(who.name()).contains("/login");
                }
                case DELEGATE -> {
                    assertThat(cast.status()).isEqualTo(302);
                    assertThat(cast.header("Location")).contains("/my-sessions/" + session);
                    assertThat(defined.status()).isIn(403, 404);
                }
                case CLERK, COUNCIL_ADMIN -> {
                    // refused, whichever page answers (the count below shows nothing was stored)
                    assertThat(cast.status()).as(who.name()).isIn(403, 404);
                    assertThat(defined.status()).as(who.name()).isEqualTo(302);
                    assertThat(defined.header("Location")).as(who.name()).endsWith("/sessions/" + session);
                }
                case CITY_ADMIN -> {
                    assertThat(cast.status()).as("no delegate of the term").isNotEqualTo(302);
                    assertThat(defined.status()).isEqualTo(302);
                }
                case OTHER_COUNCIL_ADMIN -> {
                    assertThat(cast.status()).as(who.name()).isIn(403, 404);
                    assertThat(defined.status()).as(who.name()).isIn(403, 404);
                }
                default -> {
                    assertThat(cast.status()).as(who.name()).isIn(403, 404);
                    assertThat(defined.status()).as(who.name()).isIn(403, 404);
                }
            }
        }
        var ballot = client.get(base(item)).json();
        assertThat(ballot.get("voted").asInt())
                .as("the delegate's paper from the page")
                .isEqualTo(1);
    }

    private void check(
            String method, Supplier<String> path, String body, int allowedStatus, String content, Who... allowed) {
        check(method, path, body, expected(allowedStatus, allowed), content);
    }

    private void check(String method, Supplier<String> path, String body, Map<Who, Integer> expected, String content) {
        List<String> problems = new ArrayList<>();
        for (Who who : Who.values()) {
            var response = call(method, path.get(), body, who);
            int status = expected.get(who);
            if (response.status() != status) {
                problems.add(who + ": " + response.status() + " instead of " + status + " " + response.body());
            } else if (status < 300 && !response.body().replace(" ", "").contains(content)) {
                problems.add(who + ": " + response.body() + " lacks " + content);
            } else if (status >= 400 && response.body().contains("\"kind\"")) {
                problems.add(who + ": a refusal carries content " + response.body());
            }
        }
        assertThat(problems).isEmpty();
    }

    private static Map<Who, Integer> expected(int allowedStatus, Who... allowed) {
        Map<Who, Integer> expected = new EnumMap<>(Who.class);
        for (Who who : Who.values()) {
            expected.put(
                    who,
                    switch (who) {
                        case ANONYMOUS -> 401;
                        case OTHER_COUNCIL_ADMIN -> 404;
                        default -> 403;
                    });
        }
        for (Who who : allowed) {
            expected.put(who, allowedStatus);
        }
        return expected;
    }

    private TestClient.Response call(String method, String path, String body, Who who) {
        if (who == Who.ANONYMOUS) {
            return method.equals("GET") ? client.get(path) : client.request(method, path, body, null, null);
        }
        String user = users.get(who);
        String password = who == Who.CITY_ADMIN ? TestClient.ADMIN_PASSWORD : PASSWORD;
        return method.equals("GET")
                ? client.get(path, user, password)
                : client.request(method, path, body, user, password);
    }

    /** A form posted from a browser signed in as {@code who}, with the CSRF token of one of its pages. */
    private TestClient.Response form(String path, Map<String, ?> fields, Who who) {
        var browser = new WebSession(client);
        if (who == Who.ANONYMOUS) {
            return browser.submit("/login", path, fields);
        }
        browser.signIn(users.get(who), who == Who.CITY_ADMIN ? TestClient.ADMIN_PASSWORD : PASSWORD);
        return browser.submit("/app/account", path, fields);
    }

    private String item() {
        var created = client.postJson(
                council.item(session),
                Map.of("title", "Tờ trình thử quyền", "motion", true, "majority", "MORE_THAN_HALF_OF_ALL"),
                council.clerk,
                PASSWORD);
        return created.json().get("id").asString();
    }

    private String defined() {
        String item = item();
        client.postJson(base(item), Map.of("kind", "MOTION"), council.clerk, PASSWORD);
        return item;
    }

    private String opened() {
        String item = defined();
        client.request("POST", base(item) + "/open", null, council.chair, PASSWORD);
        return item;
    }

    private String namedVoteOpen() {
        String item = item();
        council.open(session, item);
        return item;
    }

    private String base(String item) {
        return council.item(session) + "/" + item + "/secret-ballot";
    }
}
