package vn.hdndso.oversight.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hdndso.councils.Councils;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.VnTime;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;

/**
 * The People's Committee's officers are told of a question addressed to their unit, and reminded of
 * its deadline and of an unmet commitment — once per item and step — through their accounts and the
 * unit's address, in Vietnamese.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OversightNoticesIntegrationTest {

    static final String SLUG = "ngo-quyen";
    static final String PASSWORD = "Oversight-Notices-2026";
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Autowired
    TestClient client;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    Councils councils;

    @Autowired
    Clock clock;

    @Autowired
    OversightDeadlineReminders reminders;

    @Autowired
    vn.hdndso.shared.InstallationProperties installation;

    CouncilId council;
    String unit;
    String unitName;
    String unitEmail;
    String officer;
    String officerEmail;
    String delegate;
    LocalDate today;

    record Row(String key, String channel, String address, String subject, String body, String state) {}

    @BeforeAll
    void setUp() {
        council = councils.requireBySlug(SLUG).id();
        today = VnTime.today(clock);
        unitName = "Phòng Quản lý đô thị thử " + UUID.randomUUID().toString().substring(0, 8);
        unitEmail = TestClient.uniqueUsername("qldt") + "@ngo-quyen.test";
        var created = client.postJson(
                "/api/v1/councils/" + SLUG + "/executive-units",
                Map.of("name", unitName, "kind", "OFFICE", "email", unitEmail),
                TestClient.ADMIN,
                TestClient.ADMIN_PASSWORD);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        unit = created.json().get("id").asString();
        officerEmail = TestClient.uniqueUsername("canbo") + "@ngo-quyen.test";
        officer = account("n.officer", "EXECUTIVE_OFFICER", unit, officerEmail);
        delegate = account("n.delegate", "DELEGATE", null, null);
    }

    private String account(String prefix, String role, String executiveUnit, String email) {
        String username = TestClient.uniqueUsername(prefix);
        Map<String, Object> body = new HashMap<>();
        body.put("username", username);
        body.put("password", PASSWORD);
        body.put("fullName", "Thử " + prefix);
        body.put("roles", List.of(role));
        if (executiveUnit != null) {
            body.put("executiveUnitId", executiveUnit);
        }
        if (email != null) {
            body.put("email", email);
        }
        var created = client.postJson(
                "/api/v1/councils/" + SLUG + "/users", body, TestClient.ADMIN, TestClient.ADMIN_PASSWORD);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return username;
    }

    private List<Row> rows(String keyPrefix) {
        return Tenancy.call(
                TenantScope.allCouncils("test: read the outbox"),
                () -> Objects.requireNonNull(tx.execute(s -> jdbc.sql("""
                                select idempotency_key, channel, address, subject, body, state
                                  from notification_message
                                 where council_id = :c and idempotency_key like :k
                                 order by idempotency_key, channel""")
                        .param("c", council.value())
                        .param("k", keyPrefix + "%")
                        .query((rs, n) -> new Row(
                                rs.getString(1),
                                rs.getString(2),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getString(5),
                                rs.getString(6)))
                        .list())));
    }

    private void update(String sql, Map<String, Object> params) {
        Tenancy.call(
                TenantScope.allCouncils("test: move a deadline"),
                () -> tx.execute(s -> {
                    var statement = jdbc.sql(sql);
                    for (var e : params.entrySet()) {
                        statement = statement.param(e.getKey(), e.getValue());
                    }
                    return statement.update();
                }));
    }

    private String ask(String text) {
        var asked = client.postJson(
                "/api/v1/councils/" + SLUG + "/questions",
                Map.of("text", text, "addressedTo", unit),
                delegate,
                PASSWORD);
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        return asked.json().get("id").asString();
    }

    @Test
    void aQuestionReachesTheUnitsAddressAndItsOfficerInVietnameseOnce() {
        String question = ask("Tiến độ cải tạo vỉa hè tuyến Lạch Tray đến đâu?");

        List<Row> asked = rows("question:" + question + ":asked:");

        assertThat(asked).extracting(Row::channel).contains("EMAIL", "WEB_PUSH");
        assertThat(asked).extracting(Row::address).contains(unitEmail, officerEmail);
        Row toUnit = asked.stream()
                .filter(r -> r.address().equals(unitEmail))
                .findFirst()
                .orElseThrow();
        assertThat(toUnit.key()).isEqualTo("question:" + question + ":asked:email:" + unitEmail.toLowerCase());
        assertThat(toUnit.subject()).isEqualTo("Chất vấn cần trả lời: Tiến độ cải tạo vỉa hè tuyến Lạch Tray đến đâu?");
        assertThat(toUnit.body())
                .contains("đại biểu chất vấn „Tiến độ cải tạo vỉa hè tuyến Lạch Tray đến đâu?“")
                .contains("đề nghị " + unitName + " trả lời trước ngày " + DAY.format(today.plusDays(20)));
        assertThat(toUnit.state()).isIn("QUEUED", "SENDING", "SENT", "RETRY");
    }

    @Test
    void aQuestionNearItsDeadlineIsRemindedOnceAndAnOverdueCommitmentToo() {
        String question = ask("Khi nào hoàn thành hệ thống thoát nước phố Cầu Đất?");
        update(
                "update oversight_question set due_on = :due where id = :id",
                Map.of("due", today.plusDays(3), "id", UUID.fromString(question)));

        var run = reminders.remind();

        assertThat(run.ran()).isTrue();
        List<Row> reminded = rows("question:" + question + ":due-soon:");
        assertThat(reminded).extracting(Row::address).contains(unitEmail, officerEmail);
        Row toUnit = reminded.stream()
                .filter(r -> r.address().equals(unitEmail))
                .findFirst()
                .orElseThrow();
        assertThat(toUnit.subject()).startsWith("Sắp đến hạn trả lời chất vấn: Khi nào hoàn thành");
        assertThat(toUnit.body())
                .isEqualTo("HĐND " + councils.require(council).name() + " nhắc " + unitName
                        + ": chất vấn „Khi nào hoàn thành hệ thống thoát nước phố Cầu Đất?“ cần trả lời trước ngày "
                        + DAY.format(today.plusDays(3)) + ".\n\n" + installation.baseUrl() + "/app/councils/" + SLUG
                        + "/oversight#question-" + question);

        reminders.remind();
        assertThat(rows("question:" + question + ":due-soon:"))
                .as("one reminder per question and step")
                .hasSameSizeAs(reminded);

        var answered = client.postJson(
                "/api/v1/councils/" + SLUG + "/questions/" + question + "/answer",
                Map.of(
                        "text",
                        "Phòng sẽ hoàn thành trong quý tới.",
                        "mode",
                        "WRITTEN",
                        "commitments",
                        List.of(Map.of(
                                "text",
                                "Hoàn thành cống thoát nước",
                                "dueOn",
                                today.plusDays(60).toString()))),
                officer,
                PASSWORD);
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        update(
                "update oversight_commitment set due_on = :due where question_id = :q",
                Map.of("due", today.minusDays(2), "q", UUID.fromString(question)));

        reminders.remind();
        reminders.remind();

        List<Row> overdue = rows("commitment:").stream()
                .filter(r -> r.address().equals(unitEmail) && r.body().contains("Hoàn thành cống thoát nước"))
                .toList();
        assertThat(overdue).hasSize(1);
        assertThat(overdue.getFirst().key()).contains(":overdue:");
        assertThat(overdue.getFirst().subject()).isEqualTo("Quá hạn thực hiện lời hứa: Hoàn thành cống thoát nước");
        assertThat(overdue.getFirst().body())
                .contains("đã quá hạn thực hiện từ ngày " + DAY.format(today.minusDays(2)));
    }
}
