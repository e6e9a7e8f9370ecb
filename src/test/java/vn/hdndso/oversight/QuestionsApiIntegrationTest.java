package vn.hdndso.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.hdndso.oversight.OversightFixture.PASSWORD;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import vn.hdndso.councils.Councils;
import vn.hdndso.shared.VnTime;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;

/**
 * Questions through the API in Phường Thủy Nguyên: a delegate asks a unit, its officer answers with
 * commitments, the office records them met, T11 moves, the public tracker shows it all; the rules
 * on bad input (another council's unit, another unit's officer, a commitment without a due date, a
 * late written answer).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuestionsApiIntegrationTest {

    static final String SLUG = "thuy-nguyen";
    static final String API = "/api/v1/councils/" + SLUG + "/questions";

    @Autowired
    TestClient client;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Councils councils;

    @Autowired
    Clock clock;

    @Autowired
    TransactionTemplate transactions;

    String unitA;
    String unitB;
    String otherCouncilUnit;
    String delegate;
    String clerk;
    String officerA;
    String officerB;
    LocalDate today;

    @BeforeAll
    void setUp() {
        today = VnTime.today(clock);
        unitA = OversightFixture.unit(client, SLUG, "Phòng Kinh tế thử " + UUID.randomUUID());
        unitB = OversightFixture.unit(client, SLUG, "Phòng Văn hóa thử " + UUID.randomUUID());
        otherCouncilUnit = OversightFixture.unit(client, "nam-dong", "Phòng Nam Đồng thử " + UUID.randomUUID());
        delegate = OversightFixture.account(client, SLUG, "q.delegate", "DELEGATE");
        clerk = OversightFixture.account(client, SLUG, "q.clerk", "CLERK");
        officerA = OversightFixture.account(client, SLUG, "q.officer.a", "EXECUTIVE_OFFICER", unitA, null);
        officerB = OversightFixture.account(client, SLUG, "q.officer.b", "EXECUTIVE_OFFICER", unitB, null);
    }

    TestClient.Response ask(String text, String unit) {
        return client.postJson(API, Map.of("text", text, "addressedTo", unit), delegate, PASSWORD);
    }

    String asked(String text, String unit) {
        var created = ask(text, unit);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    @Test
    void aDelegateAsksAndTheQuestionIsDueInTwentyDaysAndListedForStaff() {
        var created = ask("Tiến độ chuyển đổi số tại bộ phận một cửa?", unitA);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("id").asString()).isNotBlank();
        assertThat(created.json().get("dueOn").asString())
                .isEqualTo(today.plusDays(20).toString());
        JsonNode listed = client.get(API + "?size=200", clerk, PASSWORD).json().get("items");
        JsonNode mine = find(listed, created.json().get("id").asString());
        assertThat(mine.get("text").asString()).isEqualTo("Tiến độ chuyển đổi số tại bộ phận một cửa?");
        assertThat(mine.get("state").asString()).isEqualTo("ASKED");
        assertThat(mine.get("dueOn").asString()).isEqualTo(today.plusDays(20).toString());
        assertThat(mine.get("addressedToName").asString()).startsWith("Phòng Kinh tế thử");
    }

    @Test
    void aQuestionToAnotherCouncilsUnitIsNotFound() {
        var refused = ask("Câu hỏi gửi nhầm Hội đồng", otherCouncilUnit);

        assertThat(refused.status()).as(refused.body()).isEqualTo(404);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().get("detail").asString()).contains("Không tìm thấy cơ quan");
    }

    @Test
    void anOfficerOfAnotherUnitCannotAnswerNorReadIt() {
        String id = asked("Câu hỏi cho Phòng Kinh tế, không phải Phòng Văn hóa", unitA);

        var refused = client.postJson(
                API + "/" + id + "/answer", Map.of("text", "Chúng tôi trả lời thay"), officerB, PASSWORD);

        assertThat(refused.status()).as(refused.body()).isEqualTo(403);
        assertThat(client.get(API + "/" + id, officerB, PASSWORD).status()).isEqualTo(404);
        assertThat(client.get(API + "?size=500", officerB, PASSWORD).body()).doesNotContain(id);
        assertThat(client.get(API + "/" + id, officerA, PASSWORD)
                        .json()
                        .get("state")
                        .asString())
                .isEqualTo("ASKED");
    }

    @Test
    void aCommitmentWithoutADueDateIsRefusedNamingTheFieldAndNothingIsWritten() {
        String id = asked("Khi nào hoàn thành số hóa hồ sơ đất đai?", unitA);

        var refused = client.postJson(
                API + "/" + id + "/answer",
                Map.of(
                        "text",
                        "Đang triển khai",
                        "commitments",
                        List.of(Map.of("text", "Số hóa xong hồ sơ"), Map.of("text", "Báo cáo", "dueOn", "2027-01-01"))),
                officerA,
                PASSWORD);

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("commitments[0].dueOn");
        assertThat(refused.json().get("errors").get(0).get("message").asString())
                .contains("hạn");
        JsonNode after = client.get(API + "/" + id, clerk, PASSWORD).json();
        assertThat(after.get("state").asString()).isEqualTo("ASKED");
        assertThat(after.get("commitments")).isEmpty();
    }

    @Test
    void aWrittenAnswerAfterTwentyDaysIsAcceptedAndMarkedLate() {
        String id = asked("Vì sao chậm cấp phép xây dựng?", unitA);
        Integer moved = Tenancy.call(
                TenantScope.staffOf(councils.requireBySlug(SLUG).id()),
                () -> transactions.execute(
                        s -> jdbc.sql("update oversight_question set asked_on = :asked, due_on = :due where id = :id")
                                .param("asked", today.minusDays(25))
                                .param("due", today.minusDays(5))
                                .param("id", UUID.fromString(id))
                                .update()));
        assertThat(moved).isEqualTo(1);

        var answered = client.postJson(
                API + "/" + id + "/answer", Map.of("text", "Do thiếu hồ sơ, nay đã xử lý"), officerA, PASSWORD);

        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        assertThat(answered.json().get("state").asString()).isEqualTo("ANSWERED");
        assertThat(answered.json().get("answer").get("late").asBoolean()).isTrue();
        assertThat(answered.json().get("answer").get("mode").asString()).isEqualTo("WRITTEN");
    }

    @Test
    void aCommitmentMetOnTimeMovesT11AndThePublicTrackerShowsIt() {
        String period = String.valueOf(today.getYear());
        JsonNode before = t11(period);
        long numerator = number(before, "numerator");
        long denominator = number(before, "denominator");
        String id = asked("Cam kết gì về mạng wifi công cộng?", unitA);

        var answered = client.postJson(
                API + "/" + id + "/answer",
                Map.of(
                        "text",
                        "Phủ wifi tại trụ sở",
                        "commitments",
                        List.of(Map.of("text", "Lắp wifi công cộng tại nhà văn hóa", "dueOn", today.toString()))),
                officerA,
                PASSWORD);
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        String commitment = answered.json().get("commitments").get(0).get("id").asString();
        assertThat(answered.json().get("commitments").get(0).get("state").asString())
                .isEqualTo("OPEN");
        await().atMost(Duration.ofSeconds(3))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> number(t11(period), "denominator") == denominator + 1);
        assertThat(number(t11(period), "numerator")).isEqualTo(numerator);

        var officerTries =
                client.postJson(API + "/" + id + "/commitments/" + commitment + "/met", Map.of(), officerA, PASSWORD);
        assertThat(officerTries.status()).isEqualTo(403);
        var met = client.postJson(API + "/" + id + "/commitments/" + commitment + "/met", Map.of(), clerk, PASSWORD);

        assertThat(met.status()).as(met.body()).isEqualTo(200);
        assertThat(met.json().get("commitments").get(0).get("state").asString()).isEqualTo("MET_ON_TIME");
        await().atMost(Duration.ofSeconds(3))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> number(t11(period), "numerator") == numerator + 1);
        var evidence = client.get("/api/v1/councils/" + SLUG + "/indicators/T11/evidence?period=" + period);
        assertThat(evidence.body()).contains(commitment).contains("/" + SLUG + "/chat-van/" + id);
        String tracker = client.get("/" + SLUG + "/chat-van").body();
        assertThat(tracker)
                .contains("Cam kết gì về mạng wifi công cộng?")
                .contains("Lắp wifi công cộng tại nhà văn hóa");
        String page = client.get("/" + SLUG + "/chat-van/" + id).body();
        assertThat(page).contains("Phủ wifi tại trụ sở").contains("Đã thực hiện đúng hạn");
    }

    @Test
    void anAccountTiedToAnotherCouncilsUnitIsRefusedNamingTheField() {
        var refused = client.postJson(
                "/api/v1/councils/" + SLUG + "/users",
                Map.of(
                        "username",
                        TestClient.uniqueUsername("q.wrongunit"),
                        "password",
                        PASSWORD,
                        "fullName",
                        "Cán bộ sai đơn vị",
                        "roles",
                        List.of("EXECUTIVE_OFFICER"),
                        "executiveUnitId",
                        otherCouncilUnit),
                TestClient.ADMIN,
                TestClient.ADMIN_PASSWORD);

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("executiveUnitId");
    }

    JsonNode t11(String period) {
        var answer = client.get("/api/v1/councils/" + SLUG + "/indicators/T11?period=" + period);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    static long number(JsonNode item, String field) {
        JsonNode value = item.get(field);
        return value == null || value.isNull() ? 0 : value.asLong();
    }

    static JsonNode find(JsonNode items, String id) {
        for (JsonNode item : items) {
            if (item.get("id").asString().equals(id)) {
                return item;
            }
        }
        throw new AssertionError("no " + id + " in " + items);
    }
}
