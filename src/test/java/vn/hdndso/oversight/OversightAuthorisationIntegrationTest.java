package vn.hdndso.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hdndso.oversight.OversightAuthorisationIntegrationTest.Who.ANONYMOUS;
import static vn.hdndso.oversight.OversightAuthorisationIntegrationTest.Who.CITY_ADMIN;
import static vn.hdndso.oversight.OversightAuthorisationIntegrationTest.Who.CLERK;
import static vn.hdndso.oversight.OversightAuthorisationIntegrationTest.Who.COMMITTEE_MEMBER;
import static vn.hdndso.oversight.OversightAuthorisationIntegrationTest.Who.COUNCIL_ADMIN;
import static vn.hdndso.oversight.OversightAuthorisationIntegrationTest.Who.DELEGATE;
import static vn.hdndso.oversight.OversightAuthorisationIntegrationTest.Who.EXECUTIVE_OFFICER;
import static vn.hdndso.oversight.OversightAuthorisationIntegrationTest.Who.FRONT_OFFICER;
import static vn.hdndso.oversight.OversightAuthorisationIntegrationTest.Who.OTHER_COUNCIL_ADMIN;
import static vn.hdndso.oversight.OversightAuthorisationIntegrationTest.Who.OTHER_UNIT_OFFICER;
import static vn.hdndso.oversight.OversightFixture.PASSWORD;

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
 * Every oversight endpoint (API and workspace pages) for every kind of caller in Phường Bạch Đằng,
 * with what comes back: an officer of unit A reads nothing addressed to unit B (questions,
 * recommendations), answers only for A; a committee member works on their committee's topics; the
 * Front officer proposes and reads the programme; an administrator of Nam Đồng reads nothing.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OversightAuthorisationIntegrationTest {

    static final String SLUG = "bach-dang";
    static final String API = "/api/v1/councils/" + SLUG;
    static final String PAGE = "/app/councils/" + SLUG + "/oversight";

    enum Who {
        ANONYMOUS,
        CITY_ADMIN,
        COUNCIL_ADMIN,
        CLERK,
        DELEGATE,
        COMMITTEE_MEMBER,
        EXECUTIVE_OFFICER,
        OTHER_UNIT_OFFICER,
        FRONT_OFFICER,
        OTHER_COUNCIL_ADMIN
    }

    static final Set<Who> STAFF = EnumSet.of(
            CITY_ADMIN,
            COUNCIL_ADMIN,
            CLERK,
            DELEGATE,
            COMMITTEE_MEMBER,
            EXECUTIVE_OFFICER,
            OTHER_UNIT_OFFICER,
            FRONT_OFFICER);
    static final Set<Who> OFFICE = EnumSet.of(CITY_ADMIN, COUNCIL_ADMIN, CLERK);
    static final Set<Who> WORKERS = EnumSet.of(CITY_ADMIN, COUNCIL_ADMIN, CLERK, COMMITTEE_MEMBER);
    static final Set<Who> ASKERS = EnumSet.of(CITY_ADMIN, COUNCIL_ADMIN, CLERK, DELEGATE, COMMITTEE_MEMBER);
    static final Set<Who> PROPOSERS =
            EnumSet.of(CITY_ADMIN, COUNCIL_ADMIN, CLERK, DELEGATE, COMMITTEE_MEMBER, FRONT_OFFICER);

    static final tools.jackson.databind.json.JsonMapper JSON =
            tools.jackson.databind.json.JsonMapper.builder().build();

    @Autowired
    TestClient client;

    final Map<Who, String> usernames = new EnumMap<>(Who.class);
    String unitA;
    String unitB;
    String committee;
    String otherCommittee;
    String questionA;
    String questionB;
    String topic;
    String recommendationA;
    String recommendationB;
    int year;

    @BeforeAll
    void setUp() {
        year = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
        if (client.get(API + "/terms", TestClient.ADMIN, TestClient.ADMIN_PASSWORD)
                .json()
                .get("items")
                .isEmpty()) {
            var term = client.postJson(
                    API + "/terms",
                    Map.of("name", "Nhiệm kỳ 2026–2031", "startsOn", "2026-03-15", "endsOn", "2031-03-14"),
                    TestClient.ADMIN,
                    TestClient.ADMIN_PASSWORD);
            assertThat(term.status()).as(term.body()).isEqualTo(201);
        }
        committee = body("Ban Kinh tế – Xã hội thử " + UUID.randomUUID());
        otherCommittee = body("Ban Pháp chế thử " + UUID.randomUUID());
        unitA = OversightFixture.unit(client, SLUG, "Phòng Kinh tế A " + UUID.randomUUID());
        unitB = OversightFixture.unit(client, SLUG, "Phòng Văn hóa B " + UUID.randomUUID());
        usernames.put(CITY_ADMIN, TestClient.ADMIN);
        usernames.put(COUNCIL_ADMIN, OversightFixture.account(client, SLUG, "ov.chair", "COUNCIL_ADMIN"));
        usernames.put(CLERK, OversightFixture.account(client, SLUG, "ov.clerk", "CLERK"));
        usernames.put(DELEGATE, OversightFixture.account(client, SLUG, "ov.delegate", "DELEGATE"));
        usernames.put(
                COMMITTEE_MEMBER,
                OversightFixture.account(client, SLUG, "ov.committee", "COMMITTEE_MEMBER", null, committee));
        usernames.put(
                EXECUTIVE_OFFICER,
                OversightFixture.account(client, SLUG, "ov.officer.a", "EXECUTIVE_OFFICER", unitA, null));
        usernames.put(
                OTHER_UNIT_OFFICER,
                OversightFixture.account(client, SLUG, "ov.officer.b", "EXECUTIVE_OFFICER", unitB, null));
        usernames.put(FRONT_OFFICER, OversightFixture.account(client, SLUG, "ov.front", "FRONT_OFFICER"));
        usernames.put(OTHER_COUNCIL_ADMIN, OversightFixture.account(client, "nam-dong", "ov.namdong", "COUNCIL_ADMIN"));
        questionA = question("Câu hỏi riêng cho đơn vị A " + UUID.randomUUID(), unitA);
        questionB = question("Câu hỏi riêng cho đơn vị B " + UUID.randomUUID(), unitB);
        topic = created(
                CLERK,
                API + "/oversight-topics",
                Map.of("title", "Chuyên đề chuyển đổi số thử", "year", year, "committee", committee));
        recommendationA = recommend("Kiến nghị gửi đơn vị A", unitA);
        recommendationB = recommend("Kiến nghị gửi đơn vị B", unitB);
    }

    String body(String name) {
        var created = client.postJson(
                API + "/bodies",
                Map.of("kind", "COMMITTEE", "name", name),
                TestClient.ADMIN,
                TestClient.ADMIN_PASSWORD);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
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

    String question(String text, String unit) {
        return created(DELEGATE, API + "/questions", Map.of("text", text, "addressedTo", unit));
    }

    String recommend(String text, String unit) {
        var response = call(
                CLERK,
                "POST",
                API + "/oversight-topics/" + topic + "/recommendations",
                Map.of(
                        "text",
                        text + " " + UUID.randomUUID(),
                        "ownerUnitId",
                        unit,
                        "dueOn",
                        LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"))
                                .plusDays(30)
                                .toString()));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        var recommendations = response.json().get("recommendations");
        return recommendations.get(recommendations.size() - 1).get("id").asString();
    }

    /** A question to unit A answered with one commitment: "{question}/commitments/{commitment}". */
    String answeredWithCommitment() {
        String id = question("Câu hỏi có cam kết " + UUID.randomUUID(), unitA);
        var answered = call(
                EXECUTIVE_OFFICER,
                "POST",
                API + "/questions/" + id + "/answer",
                Map.of(
                        "text",
                        "Trả lời",
                        "commitments",
                        List.of(Map.of(
                                "text",
                                "Làm",
                                "dueOn",
                                LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"))
                                        .plusDays(10)
                                        .toString()))));
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        return id + "/commitments/"
                + answered.json().get("commitments").get(0).get("id").asString();
    }

    /** Each caller gets {@code allowed} if in the set, else 401 (anonymous), 404 (another council), 403. */
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
    void askingIsForDelegatesCommitteeMembersAndTheOffice() {
        expect("POST", () -> API + "/questions", Map.of("text", "Hỏi thử", "addressedTo", unitA), 201, ASKERS);
    }

    @Test
    void eachCallerListsTheQuestionsTheyMaySee() {
        expect("GET", () -> API + "/questions?size=500", null, 200, STAFF);
        for (Who who : STAFF) {
            String body = call(who, "GET", API + "/questions?size=500", null).body();
            switch (who) {
                case EXECUTIVE_OFFICER -> assertThat(body).contains(questionA).doesNotContain(questionB);
                case OTHER_UNIT_OFFICER -> assertThat(body).contains(questionB).doesNotContain(questionA);
                default -> assertThat(body).as(who.name()).contains(questionA).contains(questionB);
            }
        }
        String report = call(EXECUTIVE_OFFICER, "GET", API + "/questions/commitments-report", null)
                .body();
        assertThat(report).doesNotContain(questionB);
        expect("GET", () -> API + "/questions/commitments-report", null, 200, STAFF);
    }

    @Test
    void anOfficerOfUnitAReadsNothingOfUnitB() {
        Set<Who> readers = EnumSet.copyOf(STAFF);
        readers.remove(EXECUTIVE_OFFICER);
        for (Who who : Who.values()) {
            var response = call(who, "GET", API + "/questions/" + questionB, null);
            int expected = readers.contains(who) ? 200 : who == ANONYMOUS ? 401 : 404;
            assertThat(response.status()).as(who + ": " + response.body()).isEqualTo(expected);
        }
        String topics = call(EXECUTIVE_OFFICER, "GET", API + "/oversight-topics?size=200", null)
                .body();
        assertThat(topics).contains(recommendationA).doesNotContain(recommendationB);
        String one = call(EXECUTIVE_OFFICER, "GET", API + "/oversight-topics/" + topic, null)
                .body();
        assertThat(one).contains(recommendationA).doesNotContain(recommendationB);
        String mine = call(EXECUTIVE_OFFICER, "GET", API + "/oversight-recommendations?size=200", null)
                .body();
        assertThat(mine).contains(recommendationA).doesNotContain(recommendationB);
        String all = call(CLERK, "GET", API + "/oversight-recommendations?size=200", null)
                .body();
        assertThat(all).contains(recommendationA).contains(recommendationB);
        expect("GET", () -> API + "/oversight-topics", null, 200, STAFF);
        expect("GET", () -> API + "/oversight-topics/" + topic, null, 200, STAFF);
        expect("GET", () -> API + "/oversight-recommendations", null, 200, STAFF);
    }

    @Test
    void onlyTheAddressedUnitsOfficerOrTheOfficeAnswers() {
        Set<Who> answerers = EnumSet.of(CITY_ADMIN, COUNCIL_ADMIN, CLERK, EXECUTIVE_OFFICER);
        for (Who who : Who.values()) {
            String id = question("Câu hỏi để trả lời " + UUID.randomUUID(), unitA);
            var response =
                    call(who, "POST", API + "/questions/" + id + "/answer", Map.of("text", "Trả lời của " + who));
            int expected =
                    answerers.contains(who) ? 200 : who == ANONYMOUS ? 401 : who == OTHER_COUNCIL_ADMIN ? 404 : 403;
            assertThat(response.status()).as(who + ": " + response.body()).isEqualTo(expected);
            var after = call(CLERK, "GET", API + "/questions/" + id, null).json();
            assertThat(after.get("state").asString()).isEqualTo(expected == 200 ? "ANSWERED" : "ASKED");
        }
    }

    @Test
    void onlyTheOfficeRecordsACommitmentMetOrSchedulesQuestions() {
        expect("POST", () -> API + "/questions/" + answeredWithCommitment() + "/met", Map.of(), 200, OFFICE);
        // an unknown agenda item: the office gets past authorisation (404), everyone else is stopped before
        expect(
                "POST",
                () -> API + "/questions/schedule",
                Map.of(
                        "questions",
                        List.of(questionA),
                        "sessionId",
                        UUID.randomUUID(),
                        "agendaItemId",
                        UUID.randomUUID()),
                404,
                OFFICE);
    }

    @Test
    void topicsAreTheOfficesAndTheirCommitteesWork() {
        expect(
                "POST",
                () -> API + "/oversight-topics",
                Map.of("title", "Chuyên đề " + UUID.randomUUID(), "year", year, "committee", committee),
                201,
                WORKERS);
        var elsewhere = call(
                COMMITTEE_MEMBER,
                "POST",
                API + "/oversight-topics",
                Map.of("title", "Chuyên đề của Ban khác", "year", year, "committee", otherCommittee));
        assertThat(elsewhere.status()).as(elsewhere.body()).isEqualTo(403);
        expect(
                "POST",
                () -> API + "/oversight-topics/" + topic + "/activities",
                Map.of("kind", "VISIT", "text", "Khảo sát tại bộ phận một cửa"),
                200,
                WORKERS);
        expect(
                "POST",
                () -> API + "/oversight-topics/" + topic + "/recommendations",
                Map.of("text", "Kiến nghị", "ownerName", "Công an xã", "dueOn", "2027-06-30"),
                201,
                WORKERS);
        expect(
                "POST",
                () -> API + "/oversight-topics/" + topic + "/report",
                Map.of("documentId", UUID.randomUUID()),
                404,
                WORKERS);
        expect(
                "POST",
                () -> API + "/oversight-recommendations/" + recommend("Để hoàn thành", unitA) + "/done",
                Map.of(),
                200,
                WORKERS);
    }

    @Test
    void onlyTheOwningUnitsOfficerOrTheOfficeResponds() {
        expect(
                "POST",
                () -> API + "/oversight-recommendations/" + recommendationA + "/responses",
                Map.of("text", "Đã triển khai"),
                201,
                EnumSet.of(CITY_ADMIN, COUNCIL_ADMIN, CLERK, EXECUTIVE_OFFICER));
        var b = call(
                OTHER_UNIT_OFFICER,
                "POST",
                API + "/oversight-recommendations/" + recommendationB + "/responses",
                Map.of("text", "B"));
        assertThat(b.status()).as(b.body()).isEqualTo(201);
    }

    @Test
    void theFrontProposesAndReadsTheProgramme() {
        expect(
                "POST",
                () -> API + "/oversight-programmes/" + (year + 1) + "/proposals",
                Map.of("title", "Giám sát chợ dân sinh", "proposerKind", "FRONT"),
                201,
                PROPOSERS);
        expect("GET", () -> API + "/oversight-programmes/" + (year + 1), null, 200, STAFF);
        assertThat(call(FRONT_OFFICER, "GET", API + "/oversight-programmes/" + (year + 1), null)
                        .body())
                .contains("Giám sát chợ dân sinh");
        expect(
                "POST",
                () -> API + "/oversight-programmes/" + year + "/adoption",
                Map.of("resolutionDocumentId", UUID.randomUUID()),
                404,
                OFFICE);
    }

    @Test
    void thePublicPagesAreEveryonesAndShowEverything() {
        for (Who who : Who.values()) {
            var session = signedIn(who);
            var tracker = session.get("/" + SLUG + "/chat-van");
            assertThat(tracker.status()).isEqualTo(200);
            assertThat(tracker.body()).contains("Câu hỏi riêng cho đơn vị A").contains("Câu hỏi riêng cho đơn vị B");
            assertThat(session.get("/" + SLUG + "/chat-van/" + questionB).status())
                    .isEqualTo(200);
            var results = session.get("/" + SLUG + "/giam-sat");
            assertThat(results.status()).isEqualTo(200);
            assertThat(results.body()).contains("Chuyên đề chuyển đổi số thử");
            assertThat(session.get("/" + SLUG + "/giam-sat/" + topic).status()).isEqualTo(200);
        }
    }

    @Test
    void theWorkspacePagesShowEachCallerWhatTheyMaySee() {
        for (Who who : Who.values()) {
            var session = signedIn(who);
            var page = session.get(PAGE);
            var topicPage = session.get(PAGE + "/topics/" + topic);
            if (who == ANONYMOUS) {
                assertThat(page.status()).isEqualTo(302);
                assertThat(topicPage.status()).isEqualTo(302);
                continue;
            }
            if (who == OTHER_COUNCIL_ADMIN) {
                assertThat(page.status()).isEqualTo(404);
                assertThat(topicPage.status()).isEqualTo(404);
                continue;
            }
            assertThat(page.status()).as(who.name()).isEqualTo(200);
            assertThat(topicPage.status()).as(who.name()).isEqualTo(200);
            switch (who) {
                case EXECUTIVE_OFFICER -> {
                    assertThat(page.body())
                            .contains("Câu hỏi riêng cho đơn vị A")
                            .doesNotContain("Câu hỏi riêng cho đơn vị B");
                    assertThat(topicPage.body())
                            .contains("Kiến nghị gửi đơn vị A")
                            .doesNotContain("Kiến nghị gửi đơn vị B");
                }
                case OTHER_UNIT_OFFICER ->
                    assertThat(page.body())
                            .contains("Câu hỏi riêng cho đơn vị B")
                            .doesNotContain("Câu hỏi riêng cho đơn vị A");
                default ->
                    assertThat(page.body())
                            .contains("Câu hỏi riêng cho đơn vị A")
                            .contains("Câu hỏi riêng cho đơn vị B");
            }
            assertThat(page.body().contains("id=\"ask-form\"")).as(who.name()).isEqualTo(ASKERS.contains(who));
        }
    }

    @Test
    void theWorkspaceFormsFollowTheSameRules() {
        for (Who who : Who.values()) {
            var session = signedIn(who);
            String id = question("Câu hỏi cho biểu mẫu " + UUID.randomUUID(), unitA);
            var asked =
                    post(session, who, PAGE + "/questions", Map.of("text", "Hỏi qua biểu mẫu", "addressedTo", unitA));
            var answered =
                    post(session, who, PAGE + "/questions/" + id + "/answer", Map.of("text", "Trả lời qua biểu mẫu"));
            var topicCreated = post(
                    session,
                    who,
                    PAGE + "/topics",
                    Map.of("title", "Chuyên đề biểu mẫu", "year", year, "committee", committee));
            if (who == ANONYMOUS) {
                assertThat(asked.status()).isEqualTo(302);
                assertThat(WebSession.redirectPath(asked)).startsWith("/login");
                continue;
            }
            assertThat(asked.status()).as(who + " asks").isEqualTo(ASKERS.contains(who) ? 302 : 404);
            boolean answers = EnumSet.of(CITY_ADMIN, COUNCIL_ADMIN, CLERK, EXECUTIVE_OFFICER)
                    .contains(who);
            assertThat(answered.status())
                    .as(who + " answers")
                    .isEqualTo(answers ? 302 : who == OTHER_UNIT_OFFICER ? 404 : 404);
            assertThat(topicCreated.status()).as(who + " creates a topic").isEqualTo(WORKERS.contains(who) ? 302 : 404);
            assertThat(call(CLERK, "GET", API + "/questions/" + id, null)
                            .json()
                            .get("state")
                            .asString())
                    .isEqualTo(answers ? "ANSWERED" : "ASKED");
        }
    }

    WebSession signedIn(Who who) {
        var session = new WebSession(client);
        if (who != ANONYMOUS) {
            session.signIn(usernames.get(who), password(who));
        }
        return session;
    }

    TestClient.Response post(WebSession session, Who who, String action, Map<String, ?> fields) {
        String page = who == ANONYMOUS ? "/login" : who == OTHER_COUNCIL_ADMIN ? "/app/councils/nam-dong" : PAGE;
        return session.submit(page, action, fields);
    }
}
