package vn.hdndso.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.hdndso.councils.Councils;
import vn.hdndso.identity.AuditTrail;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;
import vn.hdndso.support.WebSession;

/**
 * The training API against the real database in Phường Chu Văn An: assessments (201, the same one
 * twice 409, bad fields 400 naming them), T9 moving after an assessment, the attendance import
 * (unknown names: every bad row listed, nothing imported), check-in inside and outside the window,
 * the sessions of a date range and of a delegate, and the delegate's profile page.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrainingApiIntegrationTest {

    static final String SLUG = "chu-van-an";
    static final String API = "/api/v1/councils/" + SLUG + "/training";

    @Autowired
    TestClient client;

    @Autowired
    Councils councils;

    @Autowired
    AuditTrail audit;

    String clerk;
    String course;
    String courseCode;
    List<String> names = new ArrayList<>();
    List<String> delegates = new ArrayList<>();

    @BeforeAll
    void setUp() {
        TrainingFixture.ensureTerm(client, SLUG);
        clerk = TrainingFixture.account(client, SLUG, "tr.clerk", "CLERK", null);
        for (int i = 0; i < 3; i++) {
            String name = "Đại biểu Bồi dưỡng " + UUID.randomUUID().toString().substring(0, 8);
            names.add(name);
            delegates.add(TrainingFixture.delegate(client, SLUG, name));
        }
        var created = post(
                API + "/courses", Map.of("title", "Họp trực tuyến " + UUID.randomUUID(), "topic", "ONLINE_MEETINGS"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        course = created.json().get("id").asString();
        courseCode = created.json().get("code").asString();
    }

    TestClient.Response post(String path, Object body) {
        return client.postJson(path, body, clerk, TrainingFixture.PASSWORD);
    }

    static String today() {
        return LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();
    }

    JsonNode t9() {
        var answer = client.get("/api/v1/councils/" + SLUG + "/indicators/T9");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    @Test
    void anAssessmentIsRecordedOnceAndTheSameOneTwiceIsAConflict() {
        Map<String, String> body =
                Map.of("delegateId", delegates.get(0), "course", courseCode, "level", "BASIC", "assessedOn", today());
        var first = post(API + "/assessments", body);
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.json().get("level").asString()).isEqualTo("BASIC");
        assertThat(first.json().get("delegateName").asString()).isEqualTo(names.get(0));
        var again = post(
                API + "/assessments",
                Map.of("delegateId", delegates.get(0), "course", course, "level", "PROFICIENT", "assessedOn", today()));
        assertThat(again.status()).as(again.body()).isEqualTo(409);
        assertThat(again.header("Content-Type")).startsWith("application/problem+json");
        assertThat(again.json().get("detail").asString()).contains("đã được đánh giá");
        long mine = 0;
        for (JsonNode a : client.get(API + "/assessments?size=500", clerk, TrainingFixture.PASSWORD)
                .json()
                .get("items")) {
            if (a.get("delegateId").asString().equals(delegates.get(0))) {
                mine++;
            }
        }
        assertThat(mine).as("the conflict wrote nothing").isEqualTo(1);
        var council = councils.requireBySlug(SLUG).id();
        var trail =
                Tenancy.call(TenantScope.staffOf(council), () -> audit.about(council, "delegate", delegates.get(0)));
        assertThat(trail)
                .as("one audit line for the assessment, none for the refused one")
                .filteredOn(e -> e.action().equals("training.assessment.recorded"))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.actor()).isEqualTo(clerk);
                    assertThat(e.details()).contains("BASIC").contains(courseCode);
                });
        var courseTrail = Tenancy.call(TenantScope.staffOf(council), () -> audit.about(council, "course", course));
        assertThat(courseTrail).extracting(AuditTrail.Entry::action).containsExactly("training.course.created");
    }

    @Test
    void badAssessmentsNameEveryFieldInVietnamese() {
        var empty = post(API + "/assessments", Map.of());
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.header("Content-Type")).startsWith("application/problem+json");
        assertThat(empty.body()).contains("delegateId", "course", "level", "assessedOn");
        var wrong = post(
                API + "/assessments",
                Map.of(
                        "delegateId",
                        delegates.get(1),
                        "course",
                        course,
                        "level",
                        "EXPERT",
                        "assessedOn",
                        LocalDate.now().plusDays(5).toString()));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body()).contains("level", "assessedOn").contains("tương lai");
        var elsewhere = post(
                API + "/assessments",
                Map.of(
                        "delegateId",
                        UUID.randomUUID().toString(),
                        "course",
                        course,
                        "level",
                        "BASIC",
                        "assessedOn",
                        today()));
        assertThat(elsewhere.status()).isEqualTo(404);
    }

    @Test
    void t9MovesAfterAnAssessment() throws InterruptedException {
        JsonNode before = t9();
        long trained = before.get("numerator").asLong();
        var assessed = post(
                API + "/assessments",
                Map.of("delegateId", delegates.get(2), "course", course, "level", "PROFICIENT", "assessedOn", today()));
        assertThat(assessed.status()).as(assessed.body()).isEqualTo(201);
        JsonNode after = before;
        for (int i = 0; i < 50 && after.get("numerator").asLong() == trained; i++) {
            Thread.sleep(100);
            after = t9();
        }
        assertThat(after.get("numerator").asLong()).isGreaterThan(trained);
        boolean counts = false;
        for (JsonNode e : client.get("/api/v1/councils/" + SLUG + "/indicators/T9/evidence")
                .json()
                .get("items")) {
            if (e.get("id").asString().equals(delegates.get(2))) {
                counts = e.get("counts").asBoolean();
                assertThat(e.get("url").asString()).isEqualTo("/" + SLUG + "/dai-bieu/" + delegates.get(2));
            }
        }
        assertThat(counts).as("the assessed delegate counts as trained").isTrue();
        assertThat(after.get("denominator").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(after.get("breakdown").get("proficient").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(after.get("status").asString()).isNotEqualTo("NO_DATA");
    }

    @Test
    void anAttendanceListWithAnUnknownNameImportsNothingAndListsEveryBadRow() {
        String session = TrainingFixture.session(
                client, SLUG, course, TrainingFixture.now().minusDays(2), 2);
        byte[] bad = TrainingFixture.xlsx(List.of(names.get(0), "Người Lạ Không Có", names.get(1), "Ai Đó Khác"));
        var refused = client.postMultipart(
                API + "/sessions/" + session + "/attendance/import",
                List.of(TestClient.Part.file(
                        "file",
                        "diem-danh.xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        bad)),
                clerk,
                TrainingFixture.PASSWORD);
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body())
                .contains("rows[3].name", "rows[5].name", "Người Lạ Không Có", "Ai Đó Khác")
                .doesNotContain("rows[2].name");
        assertThat(client.get(API + "/sessions/" + session + "/attendance", clerk, TrainingFixture.PASSWORD)
                        .json())
                .as("nothing half-imported")
                .isEmpty();

        byte[] good = TrainingFixture.xlsx(List.of(names.get(0), names.get(1).toUpperCase()));
        var imported = client.postMultipart(
                API + "/sessions/" + session + "/attendance/import",
                List.of(TestClient.Part.file("file", "diem-danh.xlsx", "application/octet-stream", good)),
                clerk,
                TrainingFixture.PASSWORD);
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json().get("recorded").asInt()).isEqualTo(2);
        var attendees = client.get(API + "/sessions/" + session + "/attendance", clerk, TrainingFixture.PASSWORD)
                .body();
        assertThat(attendees)
                .contains(delegates.get(0), delegates.get(1), "IMPORTED")
                .doesNotContain(delegates.get(2));
    }

    @Test
    void aDelegateChecksInDuringTheSessionOnly() {
        String delegate = TrainingFixture.delegate(
                client,
                SLUG,
                "Đại biểu Điểm danh " + UUID.randomUUID().toString().substring(0, 6));
        String user = TrainingFixture.account(client, SLUG, "tr.daibieu", "DELEGATE", delegate);
        String running = TrainingFixture.session(
                client, SLUG, course, TrainingFixture.now().minusMinutes(10), 2);
        String later = TrainingFixture.session(
                client, SLUG, course, TrainingFixture.now().plusDays(3), 2);
        var in = client.postJson(API + "/sessions/" + running + "/check-in", Map.of(), user, TrainingFixture.PASSWORD);
        assertThat(in.status()).as(in.body()).isEqualTo(201);
        assertThat(in.json().get("delegateId").asString()).isEqualTo(delegate);
        assertThat(in.json().get("source").asString()).isEqualTo("CHECK_IN");
        var early = client.postJson(API + "/sessions/" + later + "/check-in", Map.of(), user, TrainingFixture.PASSWORD);
        assertThat(early.status()).as(early.body()).isEqualTo(409);
        assertThat(early.json().get("detail").asString()).contains("30 phút");

        LocalDate day = TrainingFixture.now().plusDays(3).toLocalDate();
        var range = client.get(API + "/sessions?from=" + day + "&to=" + day, clerk, TrainingFixture.PASSWORD)
                .body();
        assertThat(range).contains(later).doesNotContain(running);
        var record = client.get(API + "/delegates/" + delegate, clerk, TrainingFixture.PASSWORD)
                .json();
        assertThat(record.get("trained").asBoolean()).isTrue();
        assertThat(record.get("attended").get(0).get("id").asString()).isEqualTo(running);
    }

    @Test
    void badSessionsAndCoursesAreRefusedFieldByField() {
        var session = post(
                API + "/sessions", Map.of("course", "khong-co", "startsAt", "31/02/2026 08:00", "format", "IN_PERSON"));
        assertThat(session.status()).isEqualTo(400);
        assertThat(session.body()).contains("course", "startsAt", "endsAt", "place");
        var backwards = post(
                API + "/sessions",
                Map.of(
                        "course",
                        course,
                        "startsAt",
                        "2026-12-10T10:00",
                        "endsAt",
                        "2026-12-10T08:00",
                        "format",
                        "ONLINE"));
        assertThat(backwards.body()).contains("endsAt", "link");
        var duplicate = post(API + "/courses", Map.of("title", "Trùng mã", "topic", "DATA", "code", courseCode));
        assertThat(duplicate.status()).isEqualTo(409);
    }

    @Test
    void theProfilePageShowsTheTrainingLevelToEveryoneAndTheDetailToStaff() {
        String delegate = TrainingFixture.delegate(
                client, SLUG, "Đại biểu Hồ sơ " + UUID.randomUUID().toString().substring(0, 6));
        var assessed = post(
                API + "/assessments",
                Map.of("delegateId", delegate, "course", course, "level", "PROFICIENT", "assessedOn", today()));
        assertThat(assessed.status()).as(assessed.body()).isEqualTo(201);
        var page = client.get("/" + SLUG + "/dai-bieu/" + delegate);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("Đại biểu Hồ sơ", "Thành thạo", "Lượt biểu quyết")
                .doesNotContain("staff-detail");
        var signedIn = new WebSession(client);
        signedIn.signIn(clerk, TrainingFixture.PASSWORD);
        var staff = signedIn.get("/" + SLUG + "/dai-bieu/" + delegate);
        assertThat(staff.status()).isEqualTo(200);
        assertThat(staff.body()).contains("staff-detail", "Kết quả đánh giá");
        assertThat(client.get("/" + SLUG + "/dai-bieu/" + UUID.randomUUID()).status())
                .isEqualTo(404);
        assertThat(client.get("/nguyen-trai/dai-bieu/" + delegate).status())
                .as("another council's delegate")
                .isEqualTo(404);
    }
}
