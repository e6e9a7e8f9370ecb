package vn.hdndso.training;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hdndso.training.TrainingAuthorisationIntegrationTest.Who.ANONYMOUS;
import static vn.hdndso.training.TrainingAuthorisationIntegrationTest.Who.CITY_ADMIN;
import static vn.hdndso.training.TrainingAuthorisationIntegrationTest.Who.CLERK;
import static vn.hdndso.training.TrainingAuthorisationIntegrationTest.Who.COMMITTEE_MEMBER;
import static vn.hdndso.training.TrainingAuthorisationIntegrationTest.Who.COUNCIL_ADMIN;
import static vn.hdndso.training.TrainingAuthorisationIntegrationTest.Who.DELEGATE;
import static vn.hdndso.training.TrainingAuthorisationIntegrationTest.Who.EXECUTIVE_OFFICER;
import static vn.hdndso.training.TrainingAuthorisationIntegrationTest.Who.FRONT_OFFICER;
import static vn.hdndso.training.TrainingAuthorisationIntegrationTest.Who.OTHER_COUNCIL_ADMIN;

import java.time.LocalDate;
import java.time.ZoneId;
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
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;
import vn.hdndso.support.WebSession;

/**
 * Every training endpoint (API and pages) for every kind of caller in Phường Nguyễn Trãi, with
 * what comes back: the council's accounts read, only the office records, only a delegate checks
 * in, a delegate cannot assess, an administrator of Chu Văn An sees nothing of Nguyễn Trãi's
 * training; the delegate's profile is everyone's, its staff detail only the council's.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrainingAuthorisationIntegrationTest {

    static final String SLUG = "nguyen-trai";
    static final String API = "/api/v1/councils/" + SLUG + "/training";
    static final String PAGE = "/app/councils/" + SLUG + "/training";

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

    static final Set<Who> READERS =
            EnumSet.of(CITY_ADMIN, COUNCIL_ADMIN, CLERK, DELEGATE, COMMITTEE_MEMBER, EXECUTIVE_OFFICER, FRONT_OFFICER);
    static final Set<Who> OFFICE = EnumSet.of(CITY_ADMIN, COUNCIL_ADMIN, CLERK);

    static final tools.jackson.databind.json.JsonMapper JSON =
            tools.jackson.databind.json.JsonMapper.builder().build();

    @Autowired
    TestClient client;

    final Map<Who, String> usernames = new EnumMap<>(Who.class);
    String courseTitle;
    String course;
    String session;
    String delegateId;
    String ownDelegate;

    @BeforeAll
    void setUp() {
        TrainingFixture.ensureTerm(client, SLUG);
        ownDelegate = TrainingFixture.delegate(
                client, SLUG, "Đại biểu Quyền " + UUID.randomUUID().toString().substring(0, 6));
        delegateId = TrainingFixture.delegate(
                client,
                SLUG,
                "Đại biểu Được đánh giá " + UUID.randomUUID().toString().substring(0, 6));
        usernames.put(CITY_ADMIN, TestClient.ADMIN);
        usernames.put(COUNCIL_ADMIN, TrainingFixture.account(client, SLUG, "trq.chair", "COUNCIL_ADMIN", null));
        usernames.put(CLERK, TrainingFixture.account(client, SLUG, "trq.clerk", "CLERK", null));
        usernames.put(DELEGATE, TrainingFixture.account(client, SLUG, "trq.delegate", "DELEGATE", ownDelegate));
        usernames.put(
                COMMITTEE_MEMBER, TrainingFixture.account(client, SLUG, "trq.committee", "COMMITTEE_MEMBER", null));
        usernames.put(
                EXECUTIVE_OFFICER, TrainingFixture.account(client, SLUG, "trq.officer", "EXECUTIVE_OFFICER", null));
        usernames.put(FRONT_OFFICER, TrainingFixture.account(client, SLUG, "trq.front", "FRONT_OFFICER", null));
        usernames.put(
                OTHER_COUNCIL_ADMIN, TrainingFixture.account(client, "chu-van-an", "trq.cva", "COUNCIL_ADMIN", null));
        courseTitle = "Khóa học riêng Nguyễn Trãi " + UUID.randomUUID();
        course = TrainingFixture.course(client, SLUG, courseTitle);
        session = TrainingFixture.session(
                client, SLUG, course, TrainingFixture.now().minusMinutes(5), 3);
    }

    String password(Who who) {
        return who == CITY_ADMIN ? TestClient.ADMIN_PASSWORD : TrainingFixture.PASSWORD;
    }

    TestClient.Response call(Who who, String method, String path, Object body) {
        Object value = body instanceof Supplier<?> supplier ? supplier.get() : body;
        String json = value == null ? null : JSON.writeValueAsString(value);
        return who == ANONYMOUS
                ? client.request(method, path, json, null, null)
                : client.request(method, path, json, usernames.get(who), password(who));
    }

    /** Each caller gets {@code allowed} if permitted, else 401 (anonymous), 404 (another council), 403. */
    void expect(String method, Supplier<String> path, Object body, int allowed, Set<Who> permitted) {
        for (Who who : Who.values()) {
            int status =
                    permitted.contains(who) ? allowed : who == ANONYMOUS ? 401 : who == OTHER_COUNCIL_ADMIN ? 404 : 403;
            String resolved = path.get();
            var response = call(who, method, resolved, body);
            assertThat(response.status())
                    .as(method + " " + resolved + " as " + who + ": " + response.body())
                    .isEqualTo(status);
            if (status >= 400) {
                assertThat(response.header("Content-Type")).startsWith("application/problem+json");
            }
        }
    }

    @Test
    void theCouncilsAccountsReadTrainingAndAnotherCouncilsAdminSeesNothing() {
        expect("GET", () -> API + "/courses", null, 200, READERS);
        expect("GET", () -> API + "/sessions", null, 200, READERS);
        expect("GET", () -> API + "/sessions/" + session + "/attendance", null, 200, READERS);
        expect("GET", () -> API + "/assessments", null, 200, READERS);
        expect("GET", () -> API + "/delegates/" + delegateId, null, 200, READERS);
        for (Who who : READERS) {
            assertThat(call(who, "GET", API + "/courses", null).body())
                    .as(who.name())
                    .contains(courseTitle);
        }
        var other = call(OTHER_COUNCIL_ADMIN, "GET", API + "/courses", null);
        assertThat(other.body()).doesNotContain(courseTitle);
        var own = call(OTHER_COUNCIL_ADMIN, "GET", "/api/v1/councils/chu-van-an/training/courses?size=500", null);
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.body())
                .as("Chu Văn An's list holds none of Nguyễn Trãi's courses")
                .doesNotContain(courseTitle);
    }

    @Test
    void onlyTheOfficeAddsCoursesAndPlansSessions() {
        expect(
                "POST",
                () -> API + "/courses",
                (Supplier<Object>) () -> Map.of("title", "Khóa " + UUID.randomUUID(), "topic", "DATA"),
                201,
                OFFICE);
        expect(
                "POST",
                () -> API + "/sessions",
                Map.of(
                        "course", course,
                        "startsAt", "2026-12-20T08:00",
                        "endsAt", "2026-12-20T10:00",
                        "format", "IN_PERSON",
                        "place", "Hội trường"),
                201,
                OFFICE);
    }

    @Test
    void aDelegateCannotAssessOnlyTheOfficeDoes() {
        String today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        for (Who who : Who.values()) {
            String delegate = TrainingFixture.delegate(
                    client,
                    SLUG,
                    "Đại biểu đánh giá " + UUID.randomUUID().toString().substring(0, 6));
            var response = call(
                    who,
                    "POST",
                    API + "/assessments",
                    Map.of("delegateId", delegate, "course", course, "level", "PROFICIENT", "assessedOn", today));
            int expected = OFFICE.contains(who) ? 201 : who == ANONYMOUS ? 401 : who == OTHER_COUNCIL_ADMIN ? 404 : 403;
            assertThat(response.status()).as(who + ": " + response.body()).isEqualTo(expected);
            String record =
                    call(CLERK, "GET", API + "/delegates/" + delegate, null).body();
            assertThat(record)
                    .as(who + " left the delegate " + (expected == 201 ? "assessed" : "unassessed"))
                    .contains(expected == 201 ? "\"level\":\"PROFICIENT\"" : "\"level\":null");
        }
    }

    @Test
    void onlyTheOfficeEntersOrImportsAttendanceAndOnlyADelegateChecksIn() {
        for (Who who : Who.values()) {
            String delegate = TrainingFixture.delegate(
                    client,
                    SLUG,
                    "Đại biểu có mặt " + UUID.randomUUID().toString().substring(0, 6));
            var response =
                    call(who, "POST", API + "/sessions/" + session + "/attendance", Map.of("delegateId", delegate));
            int expected = OFFICE.contains(who) ? 201 : who == ANONYMOUS ? 401 : who == OTHER_COUNCIL_ADMIN ? 404 : 403;
            assertThat(response.status()).as(who + ": " + response.body()).isEqualTo(expected);
            assertThat(call(CLERK, "GET", API + "/sessions/" + session + "/attendance", null)
                            .body()
                            .contains(delegate))
                    .as(who.name())
                    .isEqualTo(expected == 201);
        }
        for (Who who : Who.values()) {
            var response = who == ANONYMOUS
                    ? client.postMultipart(
                            API + "/sessions/" + session + "/attendance/import",
                            List.of(TestClient.Part.file(
                                    "file",
                                    "a.xlsx",
                                    "application/octet-stream",
                                    TrainingFixture.xlsx(List.of("Không Ai")))),
                            null,
                            null)
                    : client.postMultipart(
                            API + "/sessions/" + session + "/attendance/import",
                            List.of(TestClient.Part.file(
                                    "file",
                                    "a.xlsx",
                                    "application/octet-stream",
                                    TrainingFixture.xlsx(List.of("Không Ai")))),
                            usernames.get(who),
                            password(who));
            int expected = OFFICE.contains(who) ? 400 : who == ANONYMOUS ? 401 : who == OTHER_COUNCIL_ADMIN ? 404 : 403;
            assertThat(response.status()).as(who + ": " + response.body()).isEqualTo(expected);
        }
        // the city administrator holds every role but is no delegate: refused by the module (403)
        expect("POST", () -> API + "/sessions/" + session + "/check-in", Map.of(), 201, EnumSet.of(DELEGATE));
        assertThat(call(CLERK, "GET", API + "/sessions/" + session + "/attendance", null)
                        .body())
                .contains(ownDelegate, "CHECK_IN");
    }

    @Test
    void theProfileIsEveryonesAndItsDetailTheCouncilsAccounts() {
        for (Who who : Who.values()) {
            var session = new WebSession(client);
            if (who != ANONYMOUS) {
                session.signIn(usernames.get(who), password(who));
            }
            var page = session.get("/" + SLUG + "/dai-bieu/" + ownDelegate);
            assertThat(page.status()).as(who.name()).isEqualTo(200);
            assertThat(page.body()).contains("Đại biểu Quyền");
            // the city administrator reads a council's site as the public does
            assertThat(page.body().contains("id=\"staff-detail\""))
                    .as(who.name())
                    .isEqualTo(READERS.contains(who) && who != CITY_ADMIN);
        }
    }

    @Test
    void theWorkspacePagesShowEachCallerWhatTheyMayDo() {
        for (Who who : Who.values()) {
            var session = new WebSession(client);
            if (who != ANONYMOUS) {
                session.signIn(usernames.get(who), password(who));
            }
            var page = session.get(PAGE);
            var sessionPage = session.get(PAGE + "/sessions/" + this.session);
            if (who == ANONYMOUS) {
                assertThat(page.status()).isEqualTo(302);
                assertThat(sessionPage.status()).isEqualTo(302);
                continue;
            }
            if (who == OTHER_COUNCIL_ADMIN) {
                assertThat(page.status()).isEqualTo(404);
                assertThat(sessionPage.status()).isEqualTo(404);
                continue;
            }
            assertThat(page.status()).as(who.name()).isEqualTo(200);
            assertThat(page.body()).as(who.name()).contains(courseTitle);
            assertThat(page.body().contains("id=\"assessment-form\""))
                    .as(who.name())
                    .isEqualTo(OFFICE.contains(who));
            assertThat(sessionPage.body().contains("id=\"import-form\""))
                    .as(who.name())
                    .isEqualTo(OFFICE.contains(who));
            assertThat(page.body().contains("id=\"my-training\""))
                    .as(who.name())
                    .isEqualTo(who == DELEGATE);
            assertThat(sessionPage.body().contains("id=\"check-in-form\""))
                    .as(who.name())
                    .isEqualTo(who == DELEGATE);
        }
    }

    @Test
    void theWorkspaceFormsFollowTheSameRules() {
        String today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        for (Who who : Who.values()) {
            var session = new WebSession(client);
            if (who != ANONYMOUS) {
                session.signIn(usernames.get(who), password(who));
            }
            String delegate = TrainingFixture.delegate(
                    client,
                    SLUG,
                    "Đại biểu biểu mẫu " + UUID.randomUUID().toString().substring(0, 6));
            String page = who == ANONYMOUS ? "/login" : who == OTHER_COUNCIL_ADMIN ? "/app/councils/chu-van-an" : PAGE;
            var assessed = session.submit(
                    page,
                    PAGE + "/assessments",
                    Map.of("delegateId", delegate, "course", course, "level", "BASIC", "assessedOn", today));
            if (who == ANONYMOUS) {
                assertThat(assessed.status()).isEqualTo(302);
                assertThat(WebSession.redirectPath(assessed)).startsWith("/login");
            } else {
                if (OFFICE.contains(who)) {
                    assertThat(assessed.status()).as(who.name()).isEqualTo(302);
                } else {
                    assertThat(assessed.status()).as(who.name()).isIn(403, 404);
                }
            }
            assertThat(call(CLERK, "GET", API + "/delegates/" + delegate, null).body())
                    .as(who.name())
                    .contains(OFFICE.contains(who) ? "\"level\":\"BASIC\"" : "\"level\":null");
        }
    }
}
