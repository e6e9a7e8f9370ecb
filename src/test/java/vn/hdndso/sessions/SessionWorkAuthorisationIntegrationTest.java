package vn.hdndso.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hdndso.documents.TestPdfs;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;
import vn.hdndso.support.WebSession;

/**
 * Who may use what issue 19 added to sessions, for every kind of caller: the pages' text of a
 * pack document and tying it to an agenda item (API and page), recording attendance with a status,
 * the reader's text view, and the recording form without JavaScript. Checked on what comes back,
 * not only the status.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SessionWorkAuthorisationIntegrationTest {

    /** Who calls. */
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

    static final Set<Who> STAFF = Set.of(Who.CITY_ADMIN, Who.COUNCIL_ADMIN, Who.CLERK);
    static final Set<Who> MEMBERS = Set.of(
            Who.CITY_ADMIN,
            Who.COUNCIL_ADMIN,
            Who.CLERK,
            Who.DELEGATE,
            Who.COMMITTEE_MEMBER,
            Who.EXECUTIVE_OFFICER,
            Who.FRONT_OFFICER);

    @Autowired
    TestClient client;

    SessionFixture council;
    final Map<Who, String> users = new EnumMap<>(Who.class);
    final Map<Who, String> passwords = new EnumMap<>(Who.class);
    String session;
    String item;
    String paper;
    String delegateId;

    @BeforeAll
    void aSessionWithAPaperAndEveryKindOfCaller() {
        council = SessionFixture.withDelegates(client, SessionTestCouncils.WORK, 1);
        users.put(Who.CITY_ADMIN, TestClient.ADMIN);
        users.put(Who.COUNCIL_ADMIN, council.chair);
        users.put(Who.CLERK, council.clerk);
        users.put(Who.DELEGATE, council.delegates.getFirst());
        users.put(Who.COMMITTEE_MEMBER, council.user("ss.committee", "COMMITTEE_MEMBER"));
        users.put(Who.EXECUTIVE_OFFICER, council.user("ss.officer", "EXECUTIVE_OFFICER"));
        users.put(Who.FRONT_OFFICER, council.user("ss.front", "FRONT_OFFICER"));
        String other = TestClient.uniqueUsername("ss.other");
        client.createUser(
                SessionTestCouncils.WORK_BROWSER, other, SessionFixture.PASSWORD, "Người thử khác", "COUNCIL_ADMIN");
        users.put(Who.OTHER_COUNCIL_ADMIN, other);
        for (Who who : Who.values()) {
            passwords.put(who, who == Who.CITY_ADMIN ? TestClient.ADMIN_PASSWORD : SessionFixture.PASSWORD);
        }
        session = council.sessionInProgress("Kỳ họp phân quyền (issue 19)");
        item = council.motion(session, "Tờ trình phân quyền", "MORE_THAN_HALF_OF_ALL");
        paper = client.postMultipart(
                        council.base() + "/" + session + "/pack",
                        List.of(TestClient.Part.file(
                                "file", "tai-lieu.pdf", "application/pdf", TestPdfs.plan("Phân quyền", 1))),
                        council.clerk,
                        SessionFixture.PASSWORD)
                .json()
                .get("id")
                .asString();
        delegateId = client.get(council.base() + "/" + session + "/attendance")
                .json()
                .get("delegates")
                .get(0)
                .get("delegateId")
                .asString();
    }

    TestClient.Response api(Who who, String method, String path, String body) {
        return who == Who.ANONYMOUS
                ? client.request(method, path, body, null, null)
                : client.request(method, path, body, users.get(who), passwords.get(who));
    }

    static int refused(Who who) {
        return switch (who) {
            case ANONYMOUS -> 401;
            case OTHER_COUNCIL_ADMIN -> 404;
            default -> 403;
        };
    }

    WebSession signedIn(Who who) {
        var web = new WebSession(client);
        if (who != Who.ANONYMOUS) {
            web.signIn(users.get(who), passwords.get(who));
        }
        return web;
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void thePagesTextIsForEveryAccountOfTheCouncil(Who who) {
        var answer = api(who, "GET", council.base() + "/" + session + "/pack/" + paper + "/text", null);
        if (MEMBERS.contains(who)) {
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.json().get("pages").get(0).asString()).contains("Nghị quyết");
        } else {
            assertThat(answer.status()).isEqualTo(refused(who));
            assertThat(answer.body()).doesNotContain("Nghị quyết");
        }
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void onlyTheStaffTieAPaperToAnItem(Who who) {
        var answer = api(
                who,
                "PUT",
                council.base() + "/" + session + "/pack/" + paper + "/agenda-item",
                "{\"agendaItemId\":\"" + item + "\"}");
        if (STAFF.contains(who)) {
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.json().get("agendaItemId").asString()).isEqualTo(item);
        } else {
            assertThat(answer.status()).isEqualTo(refused(who));
            assertThat(answer.body()).doesNotContain(item);
        }
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void onlyTheStaffRecordAttendance(Who who) {
        var answer = api(
                who, "PUT", council.base() + "/" + session + "/attendance/" + delegateId, "{\"status\":\"EXCUSED\"}");
        if (STAFF.contains(who)) {
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.json().get("delegates").get(0).get("status").asString())
                    .isEqualTo("EXCUSED");
        } else {
            assertThat(answer.status()).isEqualTo(refused(who));
            assertThat(answer.body()).doesNotContain("EXCUSED");
        }
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void theReadersTextViewIsForEveryAccountOfTheCouncil(Who who) {
        var page = signedIn(who)
                .get("/app/councils/" + council.slug + "/sessions/" + session + "/pack/" + paper + "?view=text&q=nghi");
        if (MEMBERS.contains(who)) {
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body()).contains("<mark>Ngh", "Văn bản chữ");
        } else if (who == Who.ANONYMOUS) {
            assertThat(page.status()).isEqualTo(302);
            assertThat(page.header("Location")).endsWith("/login");
        } else {
            assertThat(page.status()).isEqualTo(404);
            assertThat(page.body()).doesNotContain("<mark>");
        }
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void onlyTheStaffTieAPaperOnThePackPage(Who who) {
        var web = signedIn(who);
        String pack = "/app/councils/" + council.slug + "/sessions/" + session + "/pack";
        var answer = web.submit(
                who == Who.ANONYMOUS ? "/login" : "/", pack + "/" + paper + "/item", Map.of("agendaItemId", ""));
        if (STAFF.contains(who)) {
            assertThat(WebSession.redirectPath(answer)).isEqualTo(pack);
            assertThat(web.get(pack).body()).contains("Đã gắn tài liệu với nội dung chương trình.");
        } else if (who == Who.ANONYMOUS) {
            assertThat(answer.status()).isEqualTo(302);
            assertThat(answer.header("Location")).endsWith("/login");
        } else {
            assertThat(answer.status()).isEqualTo(404);
        }
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void onlyTheStaffSendARecordingWithTheForm(Who who) throws Exception {
        String console = "/app/councils/" + council.slug + "/sessions/" + session;
        if (who == Who.ANONYMOUS) {
            var web = new WebSession(client);
            var answer = web.submit("/login", console + "/recording", Map.of());
            assertThat(answer.status()).isEqualTo(302);
            assertThat(answer.header("Location")).endsWith("/login");
            return;
        }
        var form = new FormUpload(client.baseUrl(), users.get(who), passwords.get(who));
        var answer = form.send("/", console + "/recording", "", "application/octet-stream", new byte[0]);
        if (STAFF.contains(who)) {
            assertThat(answer.statusCode()).isEqualTo(302);
            assertThat(answer.headers().firstValue("Location").orElseThrow()).endsWith(console);
            assertThat(form.get(console)).contains("Hãy chọn tệp.");
        } else {
            assertThat(answer.statusCode()).isEqualTo(404);
        }
    }
}
