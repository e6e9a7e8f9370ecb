package vn.hdndso.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hdndso.support.authz.Callers.ADMINS;
import static vn.hdndso.support.authz.Callers.EVERYONE;
import static vn.hdndso.support.authz.Callers.MEMBERS;
import static vn.hdndso.support.authz.Callers.STAFF;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.hdndso.documents.TestPdfs;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;
import vn.hdndso.support.authz.Callers;
import vn.hdndso.support.authz.Callers.Who;
import vn.hdndso.support.authz.RouteRows;

/**
 * The session routes that had no authorisation row (issue 17): the clerk's console and its forms,
 * the pack's pages and files, the delegate's own pages, the API's session, vote and attendance
 * reads, and the public pages of a session. Every route is called as all ten kinds of caller in Xã
 * Vĩnh Thuận (and the administrator of Xã Vĩnh Hòa); the allowed see the session's or item's title
 * (or get the file), the others are refused and do not; a form a caller is refused leaves the
 * session as it was (read back through the API).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SessionRouteAuthorisationIntegrationTest {

    static final String SLUG = "vinh-thuan";
    static final String OTHER_SLUG = "vinh-hoa";
    static final String API = "/api/v1/councils/" + SLUG + "/sessions";
    static final String APP = "/app/councils/" + SLUG + "/sessions";

    /** Delegate-only routes: the delegate (the city administrator holds every role). */
    static final Set<Who> DELEGATES = EnumSet.of(Who.CITY_ADMIN, Who.DELEGATE);

    @Autowired
    TestClient client;

    Callers callers;
    RouteRows rows;
    String hex;
    String planned;
    String plannedTitle;
    String live;
    String liveTitle;
    String motion;
    String motionTitle;
    String packDocument;
    String packTitle;
    /** The pack lists a document under its file's name. */
    String packName;

    String delegateId;

    @BeforeAll
    void sessionsAndCallers() {
        callers = Callers.in(client, SLUG, OTHER_SLUG, "srt");
        rows = new RouteRows(callers);
        hex = UUID.randomUUID().toString().substring(0, 8);
        plannedTitle = "Kỳ họp riêng tuyến " + hex;
        planned = session(plannedTitle);
        liveTitle = "Kỳ họp công khai tuyến " + hex;
        live = action(session(liveTitle), "start");
        motionTitle = "Tờ trình tuyến " + hex;
        motion = item(live, motionTitle, true);
        packTitle = "Tài liệu họp tuyến " + hex;
        var added = client.postMultipart(
                API + "/" + planned + "/pack",
                List.of(
                        TestClient.Part.json("metadata", """
                                {"typeCode":"TTr","issuerSymbol":"UBND","subject":"%s",
                                 "signerName":"Người ký tuyến","signerPosition":"Chủ tịch UBND"}""".formatted(packTitle)),
                        TestClient.Part.file(
                                "file", "to-trinh-" + hex + ".pdf", "application/pdf", TestPdfs.plan(packTitle, 2))),
                TestClient.ADMIN,
                TestClient.ADMIN_PASSWORD);
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        packDocument = added.json().get("id").asString();
        packName = "to-trinh-" + hex;
        delegateId = client.get(
                        "/api/v1/councils/" + SLUG + "/users?size=1000", TestClient.ADMIN, TestClient.ADMIN_PASSWORD)
                .json()
                .get("items")
                .valueStream()
                .filter(u -> u.get("id").asString().equals(callers.userId(Who.DELEGATE)))
                .findFirst()
                .orElseThrow()
                .get("delegateId")
                .asString();
    }

    // fixtures, made through the API as the city administrator

    String session(String title) {
        var created = client.postJson(
                API,
                Map.of("title", title, "startsAt", "2027-02-05T08:00:00+07:00", "kind", "REGULAR"),
                TestClient.ADMIN,
                TestClient.ADMIN_PASSWORD);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    String action(String session, String action) {
        var done = client.request(
                "POST", API + "/" + session + "/" + action, null, TestClient.ADMIN, TestClient.ADMIN_PASSWORD);
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        return session;
    }

    String item(String session, String title, boolean motion) {
        var created = client.postJson(
                API + "/" + session + "/agenda-items",
                motion
                        ? Map.of("title", title, "motion", true, "majority", "MORE_THAN_HALF_OF_ALL")
                        : Map.of("title", title, "motion", false),
                TestClient.ADMIN,
                TestClient.ADMIN_PASSWORD);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    JsonNode detail(String session) {
        var read = client.get(API + "/" + session, TestClient.ADMIN, TestClient.ADMIN_PASSWORD);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        return read.json();
    }

    JsonNode itemOf(String session, String item) {
        return detail(session)
                .get("agenda")
                .valueStream()
                .filter(i -> i.get("id").asString().equals(item))
                .findFirst()
                .orElseThrow();
    }

    JsonNode attendance(String session) {
        var read = client.get(API + "/" + session + "/attendance", TestClient.ADMIN, TestClient.ADMIN_PASSWORD);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        return read.json().get("delegates");
    }

    /** A started session with one motion: "{session}/items/{item}" for the console's forms. */
    record Motion(String session, String item) {}

    Motion freshMotion() {
        String session = action(session("Kỳ họp biểu quyết tuyến " + hex), "start");
        return new Motion(session, item(session, "Tờ trình biểu quyết " + UUID.randomUUID(), true));
    }

    @Test
    void theConsoleAndItsFilesAreTheOfficesThePackIsEveryMembers() {
        rows
                .read(APP + "/" + planned, plannedTitle, STAFF)
                .read(APP + "/" + planned + "/pack", packName, MEMBERS)
                .read(APP + "/" + planned + "/pack/" + packDocument, packName, MEMBERS)
                .file(APP + "/" + planned + "/pack/" + packDocument + ".pdf", "%PDF", MEMBERS)
                .file(APP + "/" + planned + "/pack/" + packDocument + "/pages/1.png", "\uFFFDPNG", MEMBERS)
                .file(APP + "/" + planned + "/pack.zip", "PK", MEMBERS)
                .file(APP + "/" + live + "/minutes.pdf", "%PDF", STAFF)
                .file(APP + "/" + planned + "/invitation.pdf", "%PDF", STAFF)
                .stream(APP + "/" + live + "/live", STAFF)
                .verify();
    }

    @Test
    void theApiShowsAPlannedSessionToItsCouncilOnly() {
        rows
                .read(API + "/" + planned, plannedTitle, MEMBERS)
                .read(API + "/" + live + "/agenda-items/" + motion + "/vote", "\"state\"", EVERYONE)
                .read(API + "/" + live + "/agenda-items/" + motion + "/votes", "[", EVERYONE)
                .read(API + "/" + live + "/attendance", "totalDelegates", EVERYONE)
                .read(API + "/" + planned + "/pack", packName, MEMBERS)
                .file(API + "/" + planned + "/pack/" + packDocument + ".pdf", "%PDF", MEMBERS)
                .read(API + "/" + planned + "/pack/" + packDocument + "/text", packTitle, MEMBERS)
                .stream(API + "/" + live + "/events", EVERYONE)
                .verify();
    }

    @Test
    void theDelegatesOwnPagesAreTheDelegates() {
        rows.file("/app/councils/" + SLUG + "/my-sessions/" + live + "/invitation.pdf", "%PDF", DELEGATES).stream(
                        "/app/councils/" + SLUG + "/my-sessions/" + live + "/live", DELEGATES)
                .write(
                        "POST my-sessions/{id}/check-in",
                        EnumSet.of(Who.DELEGATE),
                        () -> action(session("Kỳ họp điểm danh tuyến " + hex), "start"),
                        (who, session) -> callers.form(
                                who, "/app/councils/" + SLUG + "/my-sessions/" + session + "/check-in", Map.of()),
                        session -> attendance(session)
                                .valueStream()
                                .anyMatch(d -> d.get("delegateId").asString().equals(delegateId)
                                        && d.get("present").asBoolean()))
                .write(
                        "POST my-sessions/{id}/items/{itemId}/vote",
                        EnumSet.of(Who.DELEGATE),
                        () -> {
                            Motion m = freshMotion();
                            action(m.session() + "/agenda-items/" + m.item(), "vote/open");
                            return m;
                        },
                        (who, m) -> callers.form(
                                who,
                                "/app/councils/" + SLUG + "/my-sessions/" + m.session() + "/items/" + m.item()
                                        + "/vote",
                                Map.of("choice", "YES")),
                        m -> client.get(
                                                API + "/" + m.session() + "/agenda-items/" + m.item() + "/vote",
                                                TestClient.ADMIN,
                                                TestClient.ADMIN_PASSWORD)
                                        .json()
                                        .get("yes")
                                        .asInt()
                                > 0)
                .verify();
    }

    @Test
    void theChairsFormsChangeTheSessionOnlyForTheChair() {
        rows.write(
                        "POST sessions/{id}/convene",
                        ADMINS,
                        () -> session("Kỳ họp triệu tập tuyến " + hex),
                        (who, s) -> callers.form(who, APP + "/" + s + "/convene", Map.of()),
                        s -> detail(s).get("state").asString().equals("CONVENED"))
                .write(
                        "POST sessions/{id}/start",
                        ADMINS,
                        () -> session("Kỳ họp khai mạc tuyến " + hex),
                        (who, s) -> callers.form(who, APP + "/" + s + "/start", Map.of()),
                        s -> detail(s).get("state").asString().equals("IN_PROGRESS"))
                .write(
                        "POST sessions/{id}/close",
                        ADMINS,
                        () -> action(session("Kỳ họp bế mạc tuyến " + hex), "start"),
                        (who, s) -> callers.form(who, APP + "/" + s + "/close", Map.of()),
                        s -> detail(s).get("state").asString().equals("CLOSED"))
                .write(
                        "POST sessions/{id}/items/{itemId}/open",
                        ADMINS,
                        this::freshMotion,
                        (who, m) ->
                                callers.form(who, APP + "/" + m.session() + "/items/" + m.item() + "/open", Map.of()),
                        m -> itemOf(m.session(), m.item())
                                .get("voteState")
                                .asString()
                                .equals("OPEN"))
                .write(
                        "POST sessions/{id}/items/{itemId}/close",
                        ADMINS,
                        () -> {
                            Motion m = freshMotion();
                            action(m.session() + "/agenda-items/" + m.item(), "vote/open");
                            return m;
                        },
                        (who, m) ->
                                callers.form(who, APP + "/" + m.session() + "/items/" + m.item() + "/close", Map.of()),
                        m -> itemOf(m.session(), m.item())
                                .get("voteState")
                                .asString()
                                .equals("CLOSED"))
                .verify();
    }

    @Test
    void theClerksFormsChangeTheSessionOnlyForTheOffice() {
        rows.write(
                        "POST sessions",
                        STAFF,
                        () -> "Kỳ họp lập qua trang " + UUID.randomUUID(),
                        (who, title) -> callers.form(
                                who, APP, Map.of("title", title, "startsAt", "2027-03-01T08:00", "kind", "REGULAR")),
                        title -> client.get(API, TestClient.ADMIN, TestClient.ADMIN_PASSWORD)
                                .body()
                                .contains(title))
                .write(
                        "POST sessions/{id}/items",
                        STAFF,
                        () -> new String[] {session("Kỳ họp thêm mục tuyến " + hex), "Mục thêm " + UUID.randomUUID()},
                        (who, s) -> callers.form(who, APP + "/" + s[0] + "/items", Map.of("title", s[1])),
                        s -> detail(s[0]).get("agenda").toString().contains(s[1]))
                .write(
                        "POST sessions/{id}/items/{itemId}/move",
                        STAFF,
                        () -> {
                            String s = session("Kỳ họp đổi thứ tự tuyến " + hex);
                            item(s, "Mục một", false);
                            return new Motion(s, item(s, "Mục hai", false));
                        },
                        (who, m) -> callers.form(
                                who, APP + "/" + m.session() + "/items/" + m.item() + "/move", Map.of("direction", -1)),
                        m -> itemOf(m.session(), m.item()).get("number").asInt() == 1)
                .write(
                        "POST sessions/{id}/items/{itemId}/analog",
                        STAFF,
                        this::freshMotion,
                        (who, m) -> callers.form(
                                who,
                                APP + "/" + m.session() + "/items/" + m.item() + "/analog",
                                Map.of("yes", 1, "no", 0, "abstain", 0)),
                        m -> itemOf(m.session(), m.item())
                                .get("voteState")
                                .asString()
                                .equals("CLOSED"))
                .write(
                        "POST sessions/{id}/items/{itemId}/offset",
                        STAFF,
                        this::freshMotion,
                        (who, m) -> callers.form(
                                who, APP + "/" + m.session() + "/items/" + m.item() + "/offset", Map.of("at", "1:02")),
                        m -> itemOf(m.session(), m.item())
                                .get("recordingOffset")
                                .toString()
                                .equals("62"))
                .write(
                        "POST sessions/{id}/attendance/{delegateId}",
                        STAFF,
                        () -> action(session("Kỳ họp điểm danh hộ tuyến " + hex), "start"),
                        (who, s) -> callers.form(
                                who, APP + "/" + s + "/attendance/" + delegateId, Map.of("status", "EXCUSED")),
                        s -> attendance(s)
                                .valueStream()
                                .anyMatch(d -> d.get("delegateId").asString().equals(delegateId)
                                        && d.get("status").asString().equals("EXCUSED")))
                .write(
                        "POST sessions/{id}/recording-url",
                        STAFF,
                        () -> action(action(session("Kỳ họp ghi hình tuyến " + hex), "start"), "close"),
                        (who, s) -> callers.form(
                                who,
                                APP + "/" + s + "/recording-url",
                                Map.of("url", "https://www.youtube.com/watch?v=tuyen")),
                        s -> detail(s).get("recordingUrl").toString().contains("tuyen"))
                .write(
                        "POST sessions/{id}/pack/{document}/remove",
                        STAFF,
                        () -> {
                            String s = session("Kỳ họp bỏ tài liệu tuyến " + hex);
                            var added = client.postMultipart(
                                    API + "/" + s + "/pack",
                                    List.of(
                                            TestClient.Part.json("metadata", """
                                                    {"typeCode":"TTr","issuerSymbol":"UBND","subject":"Tài liệu bỏ",
                                                     "signerName":"Người ký","signerPosition":"Chủ tịch UBND"}"""),
                                            TestClient.Part.file(
                                                    "file",
                                                    "bo.pdf",
                                                    "application/pdf",
                                                    TestPdfs.plan("Tài liệu bỏ", 1))),
                                    TestClient.ADMIN,
                                    TestClient.ADMIN_PASSWORD);
                            assertThat(added.status()).as(added.body()).isEqualTo(201);
                            return new Motion(s, added.json().get("id").asString());
                        },
                        (who, m) ->
                                callers.form(who, APP + "/" + m.session() + "/pack/" + m.item() + "/remove", Map.of()),
                        m -> !client.get(API + "/" + m.session() + "/pack", TestClient.ADMIN, TestClient.ADMIN_PASSWORD)
                                .body()
                                .contains(m.item()))
                .verify();
    }

    @Test
    void thePublicSeesAStartedSessionAndNothingOfAPlannedOne() {
        Set<Who> nobody = EnumSet.noneOf(Who.class);
        rows
                .read("/" + SLUG + "/ky-hop/" + live, liveTitle, EVERYONE)
                .read("/" + SLUG + "/ky-hop/" + live + "/trinh-chieu", liveTitle, EVERYONE)
                .read("/" + SLUG + "/ky-hop/" + live + "/popolo.json", "[", EVERYONE)
                .read("/" + SLUG + "/ky-hop/" + planned, plannedTitle, nobody)
                .read("/" + SLUG + "/ky-hop/" + planned + "/trinh-chieu", plannedTitle, nobody)
                .read("/" + SLUG + "/ky-hop/" + planned + "/popolo.json", plannedTitle, nobody)
                .stream("/" + SLUG + "/ky-hop/" + live + "/su-kien", EVERYONE)
                .stream("/" + SLUG + "/ky-hop/" + planned + "/su-kien", nobody)
                .verify();
    }
}
