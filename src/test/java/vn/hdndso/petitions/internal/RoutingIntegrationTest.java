package vn.hdndso.petitions.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hdndso.councils.Councils;
import vn.hdndso.documents.WorkingDays;
import vn.hdndso.petitions.RoutingFixture;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.VnTime;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;

/**
 * Routing, escalation, the voter's rating and reopening, and the public figures, against the real
 * database in Xã Kẻ Sặt.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoutingIntegrationTest {

    static final String SLUG = "ke-sat";

    @Autowired
    TestClient client;

    @Autowired
    EscalationWatch watch;

    @Autowired
    Councils councils;

    @Autowired
    WorkingDays workingDays;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    RoutingFixture fixture;
    CouncilId council;
    String clerk;
    String admin;
    String economy;
    String social;

    @BeforeAll
    void setUp() {
        fixture = new RoutingFixture(client, SLUG);
        council = councils.requireBySlug(SLUG).id();
        clerk = fixture.account("rt.clerk", "CLERK", null);
        admin = fixture.account("rt.admin", "COUNCIL_ADMIN", null);
        economy = fixture.unit("Phòng Kinh tế thử " + RoutingFixture.marker());
        social = fixture.unit("Phòng Văn hóa - Xã hội thử " + RoutingFixture.marker());
        var saved = client.request(
                "PUT",
                fixture.api() + "/petition-routes/DAT_DAI/COMMUNE",
                "{\"bodyKind\":\"EXECUTIVE_UNIT\",\"executiveUnitId\":\"" + economy + "\"}",
                admin,
                RoutingFixture.PASSWORD);
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().get("body").get("name").asString()).startsWith("Phòng Kinh tế thử");
    }

    /** Land petitions that differ enough not to be grouped with each other. */
    static final java.util.List<String> LAND = java.util.List.of(
            "Đề nghị cấp giấy chứng nhận quyền sử dụng đất cho các hộ đã nộp hồ sơ từ lâu ở",
            "Tranh chấp ranh giới thửa ruộng giữa hai gia đình kéo dài, cần đo đạc lại bản đồ địa chính tại",
            "Bãi bồi ven sông bị lấn chiếm dựng lều quán trái phép, yêu cầu thu hồi cho",
            "Tiền bồi thường giải phóng mặt bằng mở rộng đường trục chưa được chi trả cho bà con");

    final java.util.concurrent.atomic.AtomicInteger land = new java.util.concurrent.atomic.AtomicInteger();

    String landIssue(String marker) {
        var sent = fixture.submit(LAND.get(land.getAndIncrement() % LAND.size()), marker, clerk);
        fixture.classify(sent.issueId(), "DAT_DAI", "COMMUNE", clerk);
        return sent.issueId();
    }

    @Test
    void theTransferProposesTheDefaultAndReroutingNeedsAReason() {
        String issue = landIssue(RoutingFixture.marker());
        var routing =
                client.get(fixture.api() + "/petition-issues/" + issue + "/routing", clerk, RoutingFixture.PASSWORD);
        assertThat(routing.status()).as(routing.body()).isEqualTo(200);
        assertThat(routing.json().get("proposal").get("configured").asBoolean()).isTrue();
        assertThat(routing.json()
                        .get("proposal")
                        .get("body")
                        .get("executiveUnitId")
                        .asString())
                .isEqualTo(economy);

        var page = new vn.hdndso.support.WebSession(client);
        page.signIn(clerk, RoutingFixture.PASSWORD);
        String html =
                page.get("/app/councils/" + SLUG + "/petitions/issues/" + issue).body();
        assertThat(html).contains("id=\"routing-proposal\"").contains("Cơ quan nhận mặc định cho lĩnh vực và cấp này");
        assertThat(html).containsPattern("<option value=\"" + economy + "\"\\s+selected");

        var refused = fixture.transfer(issue, social, null, null, clerk);
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");
        assertThat(refused.json().get("errors").get(0).get("message").asString())
                .contains("chuyển nơi khác thì hãy ghi lý do");
        var still = client.get(fixture.api() + "/petition-issues/" + issue, clerk, RoutingFixture.PASSWORD);
        assertThat(still.json().get("issue").get("status").asString())
                .as("nothing half-written")
                .isEqualTo("OPEN");

        var rerouted = fixture.transfer(issue, social, "Đất của trường học do Phòng Văn hóa quản lý", null, clerk);
        assertThat(rerouted.status()).as(rerouted.body()).isEqualTo(200);
        assertThat(rerouted.json().get("executiveUnitId").asString()).isEqualTo(social);
        var trail = client.get(fixture.api() + "/petition-issues/" + issue + "/routing", clerk, RoutingFixture.PASSWORD)
                .json()
                .get("trail");
        assertThat(trail.get("holder").asString()).isEqualTo("UNIT");
        assertThat(trail.get("steps")).hasSize(1);
        assertThat(trail.get("steps").get(0).get("kind").asString()).isEqualTo("REROUTED");
        assertThat(trail.get("steps").get(0).get("reason").asString()).contains("Phòng Văn hóa quản lý");
        assertThat(auditCount(issue, "petitions.issue.routed")).isEqualTo(1);

        String confirmed = landIssue(RoutingFixture.marker());
        var toDefault = fixture.transfer(confirmed, economy, null, null, clerk);
        assertThat(toDefault.status()).as(toDefault.body()).isEqualTo(200);
        assertThat(client.get(
                                fixture.api() + "/petition-issues/" + confirmed + "/routing",
                                clerk,
                                RoutingFixture.PASSWORD)
                        .json()
                        .get("trail")
                        .get("steps")
                        .get(0)
                        .get("kind")
                        .asString())
                .isEqualTo("ROUTED");
    }

    @Test
    void anUnansweredIssueClimbsTheLadderOneStepPerDeadline() {
        String issue = landIssue(RoutingFixture.marker());
        LocalDate deadline = VnTime.today(Clock.systemUTC()).plusDays(3);
        assertThat(fixture.transfer(issue, economy, null, deadline, clerk).status())
                .isEqualTo(200);
        Clock fixed = Clock.fixed(
                deadline.plusDays(1).atStartOfDay(VnTime.ZONE).plusHours(8).toInstant(), VnTime.ZONE);
        LocalDate dayAfter = VnTime.today(fixed);
        assertThat(watch.runFor(council, deadline))
                .as("not before the deadline passed")
                .isZero();
        assertThat(watch.runFor(council, dayAfter)).isGreaterThanOrEqualTo(1);
        var trail = trail(issue);
        assertThat(trail.get("holder").asString()).isEqualTo("CHAIR");
        LocalDate chairDeadline = workingDays.plus(dayAfter, 10);
        assertThat(trail.get("stepDeadline").asString()).isEqualTo(chairDeadline.toString());
        assertThat(trail.get("steps").get(1).get("kind").asString()).isEqualTo("ESCALATED");
        assertThat(trail.get("steps").get(1).get("bodyName").asString()).startsWith("Chủ tịch UBND");
        assertThat(notifications(issue, "ESCALATION")).isEqualTo(1);
        watch.runFor(council, dayAfter);
        assertThat(trail(issue).get("steps")).as("once per step").hasSize(2);

        watch.runFor(council, chairDeadline.plusDays(1));
        trail = trail(issue);
        assertThat(trail.get("holder").asString()).isEqualTo("STANDING_COMMITTEE");
        assertThat(trail.get("steps").get(2).get("bodyName").asString()).startsWith("Thường trực HĐND");
        watch.runFor(council, chairDeadline.plusDays(60));
        assertThat(trail(issue).get("steps"))
                .as("nothing above the standing committee")
                .hasSize(3);
        assertThat(notifications(issue, "ESCALATION")).isEqualTo(2);
        assertThat(auditCount(issue, "petitions.issue.escalatedStep")).isEqualTo(2);
    }

    @Test
    void theVoterRatesAndReopensWithinTheWindowAndNotAfter() {
        String marker = RoutingFixture.marker();
        var sent = fixture.submit("Đường liên thôn xuống cấp nhiều ổ gà, đề nghị sửa chữa ở", marker, clerk);
        fixture.answerAndPublish(sent.issueId(), economy, clerk);
        String code = sent.code();

        assertThat(client.postJson("/api/v1/petitions/ABCDE23456/rating", Map.of("satisfied", true))
                        .status())
                .isEqualTo(404);
        var missing = client.postJson("/api/v1/petitions/" + code + "/rating", Map.of("comment", "?"));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("errors").get(0).get("field").asString()).isEqualTo("satisfied");

        var rated = client.postJson(
                "/api/v1/petitions/" + code + "/rating", Map.of("satisfied", false, "comment", "Mới vá tạm một đoạn"));
        assertThat(rated.status()).as(rated.body()).isEqualTo(200);
        assertThat(rated.json().get("satisfied").asBoolean()).isFalse();
        assertThat(rated.json().get("canReopen").asBoolean()).isTrue();
        LocalDate today = VnTime.today(Clock.systemUTC());
        assertThat(rated.json().get("reopenUntil").asString())
                .isEqualTo(today.plusDays(30).toString());

        var reopened = client.postJson("/api/v1/petitions/" + code + "/reopen", Map.of("reason", "Đường vẫn hỏng"));
        assertThat(reopened.status()).as(reopened.body()).isEqualTo(200);
        assertThat(reopened.json().get("timesReopened").asInt()).isEqualTo(1);
        var issue = client.get(fixture.api() + "/petition-issues/" + sent.issueId(), clerk, RoutingFixture.PASSWORD)
                .json()
                .get("issue");
        assertThat(issue.get("status").asString()).isEqualTo("TRANSFERRED");
        assertThat(issue.get("deadline").asString())
                .isEqualTo(today.plusDays(30).toString());
        assertThat(issue.get("answer").isNull()).isTrue();
        assertThat(trail(sent.issueId()).get("steps").get(1).get("kind").asString())
                .isEqualTo("REOPENED");
        var again = client.postJson("/api/v1/petitions/" + code + "/reopen", Map.of());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("detail").asString()).contains("chưa được trả lời");

        // answered and published again, then the window is made to have passed 40 days ago
        var answered = client.postJson(
                fixture.api() + "/petition-issues/" + sent.issueId() + "/answer",
                Map.of("answerClass", "RESOLVED", "answer", "Đã thảm lại toàn tuyến."),
                clerk,
                RoutingFixture.PASSWORD);
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        assertThat(client.postJson(
                                fixture.api() + "/petition-issues/" + sent.issueId() + "/publish",
                                Map.of(),
                                clerk,
                                RoutingFixture.PASSWORD)
                        .status())
                .isEqualTo(200);
        Instant fortyDaysAgo =
                today.minusDays(40).atTime(9, 0).atZone(VnTime.ZONE).toInstant();
        inCouncil(() -> jdbc.sql("update petition_issue set published_at = :at where id = :id")
                .param("at", java.sql.Timestamp.from(fortyDaysAgo))
                .param("id", java.util.UUID.fromString(sent.issueId()))
                .update());
        var late = client.postJson("/api/v1/petitions/" + code + "/reopen", Map.of());
        assertThat(late.status()).as(late.body()).isEqualTo(409);
        assertThat(late.header("Content-Type")).startsWith("application/problem+json");
        String closedOn = today.minusDays(10).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        assertThat(late.json().get("detail").asString())
                .isEqualTo("Đã hết thời hạn đề nghị xem xét lại: thời hạn kết thúc ngày " + closedOn + ".");
        var loop = client.get("/api/v1/petitions/" + code + "/feedback").json();
        assertThat(loop.get("canRate").asBoolean()).isTrue();
        assertThat(loop.get("canReopen").asBoolean()).isFalse();
        assertThat(loop.get("satisfied").isNull())
                .as("the new answer is not rated yet")
                .isTrue();
    }

    @Test
    void thePublicFiguresCountReopenedIssuesAndRatingsAndTheCsvSaysTheSame() {
        var before = client.get(fixture.api() + "/petition-figures").json();
        String marker = RoutingFixture.marker();
        var sent = fixture.submit("Trạm y tế thiếu thuốc, đề nghị bổ sung thuốc thiết yếu ở", marker, clerk);
        fixture.answerAndPublish(sent.issueId(), social, clerk);
        assertThat(client.postJson("/api/v1/petitions/" + sent.code() + "/rating", Map.of("satisfied", true))
                        .status())
                .isEqualTo(200);
        assertThat(client.postJson("/api/v1/petitions/" + sent.code() + "/reopen", Map.of())
                        .status())
                .isEqualTo(200);
        var after = client.get(fixture.api() + "/petition-figures");
        assertThat(after.status()).isEqualTo(200);
        var f = after.json();
        assertThat(f.get("petitions").asLong())
                .isEqualTo(before.get("petitions").asLong() + 1);
        assertThat(f.get("reopened").asLong()).isEqualTo(before.get("reopened").asLong() + 1);
        assertThat(f.get("ratings").asLong()).isEqualTo(before.get("ratings").asLong() + 1);
        assertThat(f.get("satisfied").asLong())
                .isEqualTo(before.get("satisfied").asLong() + 1);
        assertThat(f.get("petitionsByChannel").get("WEB").asLong())
                .isEqualTo(before.get("petitionsByChannel").get("WEB").asLong() + 1);
        assertThat(f.get("issuesByField").size()).isEqualTo(13);

        var csv = client.get("/" + SLUG + "/kien-nghi/thong-ke.csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.body()).startsWith("\uFEFFnhom,ma,ten,so_luong\r\n");
        assertThat(csv.body())
                .contains("total,reopened,Cử tri mở lại," + f.get("reopened").asLong() + "\r\n");
        assertThat(csv.body())
                .contains("total,petitions,Kiến nghị," + f.get("petitions").asLong() + "\r\n");
        assertThat(csv.body()).contains("field,DAT_DAI,Đất đai,");
        assertThat(csv.body())
                .contains("channel,WEB,Trang thông tin điện tử,"
                        + f.get("petitionsByChannel").get("WEB").asLong());
        assertThat(client.get(fixture.api() + "/petition-figures.csv").body()).isEqualTo(csv.body());

        var page = client.get("/" + SLUG + "/kien-nghi/thong-ke");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("<svg class=\"hbars\"")
                .contains("id=\"figure-reopened\">" + f.get("reopened").asLong() + "<")
                .contains("<title>Trang thông tin điện tử: "
                        + f.get("petitionsByChannel").get("WEB").asLong() + "</title>")
                .doesNotContain("Trạm y tế thiếu thuốc");
    }

    tools.jackson.databind.JsonNode trail(String issue) {
        return client.get(fixture.api() + "/petition-issues/" + issue + "/routing", clerk, RoutingFixture.PASSWORD)
                .json()
                .get("trail");
    }

    long notifications(String issue, String kind) {
        return inCouncil(
                () -> jdbc.sql("select count(*) from petition_notification where issue_id = :id and kind = :kind")
                        .param("id", java.util.UUID.fromString(issue))
                        .param("kind", kind)
                        .query(Long.class)
                        .single());
    }

    long auditCount(String issue, String action) {
        return inCouncil(() -> jdbc.sql("select count(*) from audit_entry where subject_id = :id and action = :action")
                .param("id", issue)
                .param("action", action)
                .query(Long.class)
                .single());
    }

    <T> T inCouncil(java.util.function.Supplier<T> work) {
        return Tenancy.call(
                TenantScope.staffOf(council), () -> Objects.requireNonNull(transactions.execute(s -> work.get())));
    }
}
