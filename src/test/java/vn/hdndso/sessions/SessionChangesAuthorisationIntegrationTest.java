package vn.hdndso.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;
import vn.hdndso.support.WebSession;

/**
 * Who may call the endpoints of issue 14's session work (changes, re-opened votes, speakers,
 * amendments, notice and minutes), API and pages, as every kind of caller: allowed callers get the
 * answer with its content; other roles of the council 403 (API and workspace pages, which say why)
 * or 404 (refused form posts); an administrator of another council 404; anonymous callers
 * 401 (API) or the sign-in page (pages). Every row works on state made for it.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SessionChangesAuthorisationIntegrationTest {

    static final String SLUG = "tran-nhan-tong";
    static final String OTHER_SLUG = "hop-tien";

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

    static final Set<Who> STAFF = EnumSet.of(Who.CITY_ADMIN, Who.COUNCIL_ADMIN, Who.CLERK);
    static final Set<Who> CHAIR = EnumSet.of(Who.CITY_ADMIN, Who.COUNCIL_ADMIN);
    static final Set<Who> DELEGATE = EnumSet.of(Who.DELEGATE);
    static final Set<Who> EVERYONE = EnumSet.allOf(Who.class);

    @Autowired
    TestClient client;

    SessionFixture council;
    final Map<Who, String> users = new EnumMap<>(Who.class);

    /** One endpoint: how to make the state it needs, then the call; {@code content} must be in an allowed answer. */
    record Call(
            String method,
            String path,
            String body,
            Set<Who> allowed,
            int okStatus,
            String content,
            Function<SessionChangesAuthorisationIntegrationTest, Map<String, String>> setup) {}

    @BeforeAll
    void callersOfEveryKind() {
        council = SessionFixture.withDelegates(client, SLUG, 2);
        users.put(Who.CITY_ADMIN, TestClient.ADMIN);
        users.put(Who.COUNCIL_ADMIN, council.chair);
        users.put(Who.CLERK, council.clerk);
        users.put(Who.DELEGATE, council.delegates.getFirst());
        users.put(Who.COMMITTEE_MEMBER, council.user("sw.committee", "COMMITTEE_MEMBER"));
        users.put(Who.EXECUTIVE_OFFICER, council.user("sw.executive", "EXECUTIVE_OFFICER"));
        users.put(Who.FRONT_OFFICER, council.user("sw.front", "FRONT_OFFICER"));
        String other = TestClient.uniqueUsername("sw.other");
        client.createUser(OTHER_SLUG, other, SessionFixture.PASSWORD, "Quản trị xã khác", "COUNCIL_ADMIN");
        users.put(Who.OTHER_COUNCIL_ADMIN, other);
    }

    // ---- the state each call needs ----

    private String planned() {
        var created = client.postJson(
                council.base(),
                Map.of("title", "Kỳ họp ma trận", "startsAt", "2027-06-10T08:00:00+07:00", "kind", "REGULAR"),
                council.clerk,
                SessionFixture.PASSWORD);
        return created.json().get("id").asString();
    }

    private String item(String session, boolean motion) {
        var body = motion
                ? Map.of("title", "Tờ trình ma trận", "motion", true, "majority", "MORE_THAN_HALF_OF_ALL")
                : Map.of("title", "Báo cáo ma trận", "motion", false);
        return client.postJson(council.item(session), body, council.clerk, SessionFixture.PASSWORD)
                .json()
                .get("id")
                .asString();
    }

    private void chair(String path) {
        var r = client.request("POST", path, null, council.chair, SessionFixture.PASSWORD);
        assertThat(r.status()).as(path + " " + r.body()).isBetween(200, 299);
    }

    private Map<String, String> plannedWithItem() {
        String s = planned();
        return Map.of("id", s, "item", item(s, false));
    }

    private Map<String, String> convened() {
        String s = planned();
        chair(council.base() + "/" + s + "/convene");
        return Map.of("id", s);
    }

    private Map<String, String> inProgressWithItem() {
        String s = council.sessionInProgress("Kỳ họp ma trận (đang họp)");
        return Map.of("id", s, "item", item(s, true));
    }

    private Map<String, String> closedVote() {
        Map<String, String> m = inProgressWithItem();
        council.open(m.get("id"), m.get("item"));
        council.vote(m.get("id"), m.get("item"), council.delegates.getFirst(), "YES");
        council.close(m.get("id"), m.get("item"));
        return m;
    }

    private Map<String, String> waitingRequest() {
        Map<String, String> m = new HashMap<>(inProgressWithItem());
        var r = client.postJson(
                council.item(m.get("id")) + "/" + m.get("item") + "/speakers",
                Map.of(),
                council.delegates.getFirst(),
                SessionFixture.PASSWORD);
        m.put("request", r.json().get("id").asString());
        return m;
    }

    private Map<String, String> speaking() {
        Map<String, String> m = waitingRequest();
        chair(council.base() + "/" + m.get("id") + "/speakers/" + m.get("request") + "/grant");
        return m;
    }

    private Map<String, String> proposal() {
        Map<String, String> m = new HashMap<>(inProgressWithItem());
        var r = client.postJson(
                council.item(m.get("id")) + "/" + m.get("item") + "/amendments",
                Map.of("text", "Sửa đổi ma trận bí mật"),
                council.delegates.getFirst(),
                SessionFixture.PASSWORD);
        m.put("amendment", r.json().get("id").asString());
        return m;
    }

    private Map<String, String> notice() {
        Map<String, String> m = plannedWithItem();
        client.request(
                "POST", council.base() + "/" + m.get("id") + "/notice", null, council.clerk, SessionFixture.PASSWORD);
        return m;
    }

    private Map<String, String> closed() {
        String s = council.sessionInProgress("Kỳ họp ma trận (đã bế mạc)");
        chair(council.base() + "/" + s + "/close");
        return Map.of("id", s);
    }

    private Map<String, String> approved() {
        Map<String, String> m = closed();
        chair(council.base() + "/" + m.get("id") + "/minutes/approve");
        return m;
    }

    private Map<String, String> signed() {
        Map<String, String> m = approved();
        chair(council.base() + "/" + m.get("id") + "/minutes/sign");
        return m;
    }

    private Map<String, String> published() {
        Map<String, String> m = signed();
        chair(council.base() + "/" + m.get("id") + "/minutes/publish");
        return m;
    }

    static final String S = "/api/v1/councils/{slug}/sessions/{id}";
    static final String P = "/app/councils/{slug}/sessions/{id}";
    static final String D = "/app/councils/{slug}/my-sessions/{id}";

    static final List<Call> API = List.of(
            new Call("PUT", S, """
                    {"title":"Kỳ họp ma trận (sửa)","startsAt":"2027-06-10T08:00:00+07:00","kind":"THEMATIC"}""", STAFF, 200, "Kỳ họp ma trận (sửa)", t -> t.plannedWithItem()),
            new Call("POST", S + "/postpone", """
                    {"startsAt":"2027-06-20T08:00:00+07:00","reason":"Trùng lịch"}""", CHAIR, 200, "2027-06-20T01:00:00Z", t -> t.convened()),
            new Call(
                    "POST",
                    S + "/cancel",
                    "{\"reason\":\"Không đủ tài liệu\"}",
                    CHAIR,
                    200,
                    "Không đủ tài liệu",
                    t -> t.convened()),
            new Call("DELETE", S + "/agenda-items/{item}", null, STAFF, 200, "[]", t -> t.plannedWithItem()),
            new Call("GET", S + "/changes", null, EVERYONE, 200, "[]", t -> t.convened()),
            new Call(
                    "POST",
                    S + "/agenda-items/{item}/vote/reopen",
                    "{\"reason\":\"Lỗi thiết bị\"}",
                    STAFF,
                    200,
                    "\"OPEN\"",
                    t -> t.closedVote()),
            new Call("GET", S + "/agenda-items/{item}/vote/rounds", null, EVERYONE, 200, "[]", t -> t.closedVote()),
            new Call("GET", S + "/speakers", null, EVERYONE, 200, "Người thử ss.delegate0", t -> t.waitingRequest()),
            new Call(
                    "POST",
                    S + "/agenda-items/{item}/speakers",
                    "{}",
                    DELEGATE,
                    201,
                    "WAITING",
                    t -> t.inProgressWithItem()),
            new Call("DELETE", S + "/speakers/{request}", null, DELEGATE, 200, "WITHDRAWN", t -> t.waitingRequest()),
            new Call(
                    "POST", S + "/speakers/{request}/grant", null, CHAIR, 200, "\"SPEAKING\"", t -> t.waitingRequest()),
            new Call("POST", S + "/speakers/end", null, CHAIR, 200, "\"DONE\"", t -> t.speaking()),
            new Call(
                    "POST",
                    S + "/speakers/{request}/move",
                    "{\"direction\":1}",
                    CHAIR,
                    200,
                    "WAITING",
                    t -> t.waitingRequest()),
            new Call(
                    "POST",
                    S + "/agenda-items/{item}/amendments",
                    "{\"text\":\"Thêm một điều\"}",
                    DELEGATE,
                    201,
                    "PROPOSED",
                    t -> t.inProgressWithItem()),
            new Call("POST", S + "/amendments/{amendment}/admit", null, CHAIR, 200, "ADMITTED", t -> t.proposal()),
            new Call("POST", S + "/amendments/{amendment}/reject", null, CHAIR, 200, "REJECTED", t -> t.proposal()),
            new Call("DELETE", S + "/amendments/{amendment}", null, DELEGATE, 200, "WITHDRAWN", t -> t.proposal()),
            new Call("POST", S + "/notice", null, STAFF, 201, "\"DRAFT\"", t -> t.plannedWithItem()),
            new Call("POST", S + "/notice/issue", null, CHAIR, 200, "\"SIGNED\"", t -> t.notice()),
            new Call("GET", S + "/minutes", null, STAFF, 200, "Tờ trình ma trận", t -> t.inProgressWithItem()),
            new Call(
                    "PUT",
                    S + "/minutes",
                    "{\"text\":\"Biên bản ma trận\"}",
                    STAFF,
                    200,
                    "Biên bản ma trận",
                    t -> t.inProgressWithItem()),
            new Call("POST", S + "/minutes/approve", null, CHAIR, 200, "\"APPROVED\"", t -> t.closed()),
            new Call("POST", S + "/minutes/sign", null, CHAIR, 200, "\"SIGNED\"", t -> t.approved()),
            new Call("POST", S + "/minutes/publish", null, STAFF, 200, "\"PUBLISHED\"", t -> t.signed()),
            new Call("GET", S + "/minutes/signed.pdf", null, EVERYONE, 200, "%PDF", t -> t.published()));

    static final List<Call> PAGES = List.of(
            new Call(
                    "POST",
                    P + "/edit",
                    "title=Kỳ họp ma trận (trang)&startsAt=2027-06-10T08:00&kind=REGULAR",
                    STAFF,
                    302,
                    "sessionchanges",
                    t -> t.plannedWithItem()),
            new Call(
                    "POST",
                    P + "/postpone",
                    "startsAt=2027-06-21T08:00&reason=Trùng lịch",
                    CHAIR,
                    302,
                    "",
                    t -> t.convened()),
            new Call("POST", P + "/cancel", "reason=Không đủ tài liệu", CHAIR, 302, "", t -> t.convened()),
            new Call("POST", P + "/items/{item}/remove", "", STAFF, 302, "", t -> t.plannedWithItem()),
            new Call("POST", P + "/items/{item}/reopen", "reason=Lỗi thiết bị", STAFF, 302, "", t -> t.closedVote()),
            new Call("POST", D + "/speakers", "itemId={item}", DELEGATE, 302, "", t -> t.inProgressWithItem()),
            new Call("POST", D + "/speakers/{request}/withdraw", "", DELEGATE, 302, "", t -> t.waitingRequest()),
            new Call("POST", P + "/speakers/{request}/grant", "", CHAIR, 302, "", t -> t.waitingRequest()),
            new Call("POST", P + "/speakers/end", "", CHAIR, 302, "", t -> t.speaking()),
            new Call("POST", P + "/speakers/{request}/move", "direction=1", CHAIR, 302, "", t -> t.waitingRequest()),
            new Call(
                    "POST",
                    D + "/amendments",
                    "itemId={item}&text=Thêm một điều",
                    DELEGATE,
                    302,
                    "",
                    t -> t.inProgressWithItem()),
            new Call("POST", D + "/amendments/{amendment}/withdraw", "", DELEGATE, 302, "", t -> t.proposal()),
            new Call("POST", P + "/amendments/{amendment}/admit", "", CHAIR, 302, "", t -> t.proposal()),
            new Call("POST", P + "/amendments/{amendment}/reject", "", CHAIR, 302, "", t -> t.proposal()),
            new Call("POST", P + "/notice", "", STAFF, 302, "", t -> t.plannedWithItem()),
            new Call("POST", P + "/notice/issue", "", CHAIR, 302, "", t -> t.notice()),
            new Call("POST", P + "/minutes", "text=Biên bản trang", STAFF, 302, "", t -> t.inProgressWithItem()),
            new Call("POST", P + "/minutes/approve", "", CHAIR, 302, "", t -> t.closed()),
            new Call("POST", P + "/minutes/sign", "", CHAIR, 302, "", t -> t.approved()),
            new Call("POST", P + "/minutes/publish", "", STAFF, 302, "", t -> t.signed()),
            new Call("GET", P + "/minutes-draft.pdf", null, STAFF, 200, "%PDF", t -> t.inProgressWithItem()),
            new Call("GET", P + "/speakers", null, STAFF, 200, "Người thử ss.delegate0", t -> t.waitingRequest()),
            // the city administrator may look at a delegate's panel (acting on it is refused: nobody's delegate)
            new Call(
                    "GET",
                    D + "/speakers",
                    null,
                    EnumSet.of(Who.DELEGATE, Who.CITY_ADMIN),
                    200,
                    "Người thử ss.delegate0",
                    t -> t.waitingRequest()),
            new Call(
                    "GET",
                    "/{slug}/ky-hop/{id}/phat-bieu",
                    null,
                    EVERYONE,
                    200,
                    "Người thử ss.delegate0",
                    t -> t.waitingRequest()),
            new Call("GET", "/{slug}/ky-hop/{id}/bien-ban-da-ky.pdf", null, EVERYONE, 200, "%PDF", t -> t.published()));

    @Test
    void everyApiEndpointAnswersEachKindOfCallerAsItShould() {
        List<String> wrong = new ArrayList<>();
        for (Call call : API) {
            // refused callers change nothing: they share one prepared state; each allowed one gets its own
            Map<String, String> shared = call.setup().apply(this);
            for (Who who : Who.values()) {
                Map<String, String> values =
                        call.allowed().contains(who) && !call.method().equals("GET")
                                ? call.setup().apply(this)
                                : shared;
                String path = fill(call.path(), values);
                var r = apiCall(call.method(), path, call.body(), who);
                int expected = expected(call, who, false);
                if (r.status() != expected) {
                    wrong.add(call.method() + " " + call.path() + " as " + who + ": " + r.status() + " (expected "
                            + expected + ") " + r.body());
                } else if (expected == call.okStatus() && !r.body().contains(call.content())) {
                    wrong.add(call.method() + " " + call.path() + " as " + who + " lacks '" + call.content() + "': "
                            + r.body());
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void proposalsAreTheCouncilsUntilAdmittedAndTheStaffMinutesStayTheirs() {
        Map<String, String> m = proposal();
        String path = fill(S + "/amendments", m);
        for (Who who : Who.values()) {
            var r = apiCall("GET", path, null, who);
            assertThat(r.status()).as(who.toString()).isEqualTo(200);
            boolean ofTheCouncil = who != Who.ANONYMOUS && who != Who.OTHER_COUNCIL_ADMIN;
            if (ofTheCouncil) {
                assertThat(r.body()).as(who.toString()).contains("Sửa đổi ma trận bí mật");
            } else {
                assertThat(r.body()).as(who.toString()).doesNotContain("Sửa đổi ma trận bí mật");
            }
        }
    }

    @Test
    void everyPageAnswersEachKindOfCallerAsItShould() {
        Map<Who, WebSession> sessions = new EnumMap<>(Who.class);
        for (Who who : Who.values()) {
            var web = new WebSession(client);
            if (who != Who.ANONYMOUS) {
                web.signIn(users.get(who), who == Who.CITY_ADMIN ? TestClient.ADMIN_PASSWORD : SessionFixture.PASSWORD);
            }
            sessions.put(who, web);
        }
        List<String> wrong = new ArrayList<>();
        for (Call call : PAGES) {
            Map<String, String> shared = call.setup().apply(this);
            for (Who who : Who.values()) {
                Map<String, String> values =
                        call.allowed().contains(who) && !call.method().equals("GET")
                                ? call.setup().apply(this)
                                : shared;
                String path = fill(call.path(), values);
                WebSession web = sessions.get(who);
                TestClient.Response r;
                if (call.method().equals("GET")) {
                    r = web.get(path);
                } else {
                    Map<String, String> fields = new HashMap<>();
                    for (String pair : fill(call.body(), values).split("&")) {
                        if (!pair.isEmpty()) {
                            fields.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
                        }
                    }
                    r = web.submit(who == Who.ANONYMOUS ? "/login" : "/", path, fields);
                }
                int expected = expected(call, who, true);
                boolean toLogin = who == Who.ANONYMOUS
                        && r.status() == 302
                        && String.valueOf(WebSession.redirectPath(r)).startsWith("/login");
                if (expected == 302 && who == Who.ANONYMOUS ? !toLogin : r.status() != expected) {
                    wrong.add(call.method() + " " + call.path() + " as " + who + ": " + r.status() + " (expected "
                            + expected + ") " + WebSession.redirectPath(r));
                } else if (expected == call.okStatus() && who != Who.ANONYMOUS) {
                    if (expected == 302) {
                        // the action went through: back to the page with a "done" message, not an error
                        String back = String.valueOf(WebSession.redirectPath(r));
                        String page = web.get(back).body();
                        if (!page.contains("alert ok")) {
                            wrong.add(call.method() + " " + call.path() + " as " + who + ": no success on " + back);
                        }
                    } else if (!r.body().contains(call.content())) {
                        wrong.add(call.method() + " " + call.path() + " as " + who + " lacks '" + call.content() + "'");
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    private int expected(Call call, Who who, boolean page) {
        if (call.allowed().contains(who)) {
            return call.okStatus();
        }
        if (who == Who.ANONYMOUS) {
            return page ? 302 : 401;
        }
        if (who == Who.OTHER_COUNCIL_ADMIN) {
            return 404; // another council's workspace answers as if nothing were there
        }
        if (page) {
            // a page of one's own council that one's roles do not open says why (403); a refused form
            // post shows nothing (404)
            return call.method().equals("GET") ? 403 : 404;
        }
        // the city administrator passes the role check but is nobody's delegate
        return 403;
    }

    private TestClient.Response apiCall(String method, String path, String body, Who who) {
        if (who == Who.ANONYMOUS) {
            return method.equals("GET")
                    ? bytesAsText(client.getBytes(path, null, null))
                    : client.request(method, path, body, null, null);
        }
        String user = users.get(who);
        String password = who == Who.CITY_ADMIN ? TestClient.ADMIN_PASSWORD : SessionFixture.PASSWORD;
        if (method.equals("GET")) {
            return bytesAsText(client.getBytes(path, user, password));
        }
        return client.request(method, path, body == null ? null : body, user, password);
    }

    private static TestClient.Response bytesAsText(TestClient.BinaryResponse r) {
        return new TestClient.Response(
                r.status(), new String(r.body(), java.nio.charset.StandardCharsets.UTF_8), r.headers(), null);
    }

    private static String fill(String template, Map<String, String> values) {
        String filled = template.replace("{slug}", SLUG);
        for (var e : values.entrySet()) {
            filled = filled.replace("{" + e.getKey() + "}", e.getValue());
        }
        return filled;
    }
}
