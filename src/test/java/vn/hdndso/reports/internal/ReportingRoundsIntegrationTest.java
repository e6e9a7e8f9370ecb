package vn.hdndso.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import vn.hdndso.documents.TestPdfs;
import vn.hdndso.indicators.Period;
import vn.hdndso.reports.ReportDueSoon;
import vn.hdndso.reports.ReportOverdue;
import vn.hdndso.shared.VnTime;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;
import vn.hdndso.support.TestClient.Part;

/**
 * A reporting round in Xã Hà Đông (no other test writes it): the standing committee asks its two
 * committees and the People's Committee; a committee member hands in on time, a file that is no
 * report is refused, an officer may not report for a committee, a late report is marked late, and
 * the reminders come once per body and kind as the clock moves.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportingRoundsIntegrationTest {

    static final String SLUG = "ha-dong";
    static final String PASSWORD = "Reports-Rounds-2026";
    static final String ROUNDS = "/api/v1/councils/" + SLUG + "/reporting-rounds";

    @Autowired
    TestClient client;

    @Autowired
    Clock clock;

    @Autowired
    RoundRepository repository;

    @Autowired
    ReportsProperties properties;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    String chair;
    String clerk;
    String member;
    String officer;
    String delegate;
    String committee;
    String otherCommittee;
    String peoplesCommittee;
    LocalDate today;

    @BeforeAll
    void accountsAndBodies() {
        chair = account("rounds.chair", "COUNCIL_ADMIN");
        clerk = account("rounds.clerk", "CLERK");
        member = account("rounds.member", "COMMITTEE_MEMBER");
        officer = account("rounds.officer", "EXECUTIVE_OFFICER");
        delegate = account("rounds.delegate", "DELEGATE");
        List<String> committees = new ArrayList<>();
        client.get("/api/v1/councils/" + SLUG + "/bodies", chair, PASSWORD)
                .json()
                .get("items")
                .forEach(b -> {
                    if (b.get("kind").asString().equals("COMMITTEE")) {
                        committees.add(b.get("id").asString());
                    }
                });
        assertThat(committees).hasSizeGreaterThanOrEqualTo(2);
        committee = committees.get(0);
        otherCommittee = committees.get(1);
        peoplesCommittee = client.get("/api/v1/councils/" + SLUG + "/executive-units", chair, PASSWORD)
                .json()
                .get("items")
                .get(0)
                .get("id")
                .asString();
        today = VnTime.today(clock);
    }

    String account(String prefix, String role) {
        String username = TestClient.uniqueUsername(prefix);
        client.createUser(SLUG, username, PASSWORD, "Người thử " + role, role);
        return username;
    }

    JsonNode open(LocalDate dueOn, Period period) {
        var opened = client.postJson(
                ROUNDS,
                Map.of(
                        "period", period.toString(),
                        "dueOn", dueOn.toString(),
                        "reporters", List.of(committee, otherCommittee, peoplesCommittee)),
                clerk,
                PASSWORD);
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        return opened.json();
    }

    TestClient.Response submit(
            JsonNode round, int reporter, String fileName, byte[] content, String summary, String user) {
        String reporterId = round.get("reporters").get(reporter).get("id").asString();
        return client.postMultipart(
                ROUNDS + "/" + round.get("id").asString() + "/submissions",
                List.of(
                        field("reporterId", reporterId),
                        Part.file("file", fileName, "application/octet-stream", content),
                        field("summary", summary)),
                user,
                PASSWORD);
    }

    @Test
    void bodiesHandInOnTimeTheRoundShowsWhoHasAndRemindersComeOncePerBodyAndKind() {
        LocalDate due = today.plusDays(10);
        JsonNode round = open(due, Period.containing(today, Period.Kind.HALF));
        assertThat(round.get("reporters")).hasSize(3);
        assertThat(round.get("reporters").get(2).get("kind").asString()).isEqualTo("EXECUTIVE_UNIT");
        byte[] report = TestPdfs.plan("Báo cáo của Ban Kinh tế - Ngân sách", 1);

        var onTime =
                submit(round, 0, "bao-cao-ban-kt.pdf", report, "Ban đã giám sát 3 chuyên đề, 2 kiến nghị.", member);
        assertThat(onTime.status()).as(onTime.body()).isEqualTo(201);
        assertThat(onTime.json().get("late").asBoolean()).isFalse();

        var notAReport = submit(round, 1, "bao-cao.pdf", "chỉ là văn bản thuần".getBytes(), "Tóm tắt", clerk);
        assertThat(notAReport.status()).isEqualTo(400);
        assertThat(notAReport.header("Content-Type")).startsWith("application/problem+json");
        assertThat(notAReport.body()).contains("\"file\"");

        var noSummary = submit(round, 1, "bao-cao.pdf", report, " ", clerk);
        assertThat(noSummary.status()).isEqualTo(400);
        assertThat(noSummary.body()).contains("Nhập tóm tắt nội dung báo cáo");

        assertThat(submit(round, 1, "bao-cao.pdf", report, "Tóm tắt", officer).status())
                .as("an officer of the People's Committee does not report for a committee")
                .isEqualTo(403);
        assertThat(client.get(ROUNDS, delegate, PASSWORD).status()).isEqualTo(403);

        String id = round.get("id").asString();
        JsonNode shown = client.get(ROUNDS + "/" + id, chair, PASSWORD).json();
        assertThat(shown.get("submitted").asInt()).isEqualTo(1);
        JsonNode first = shown.get("reporters").get(0);
        assertThat(first.get("state").asString()).isEqualTo("SUBMITTED");
        JsonNode handedIn = first.get("submissions").get(0);
        assertThat(handedIn.get("summary").asString()).isEqualTo("Ban đã giám sát 3 chuyên đề, 2 kiến nghị.");
        assertThat(handedIn.get("fileName").asString()).isEqualTo("bao-cao-ban-kt.pdf");
        assertThat(shown.get("reporters").get(1).get("state").asString()).isEqualTo("PENDING");
        var file = client.getBytes(handedIn.get("fileUrl").asString(), chair, PASSWORD);
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.body()).isEqualTo(report);

        // reminders as the clock moves: nothing far from the deadline, due-soon once, overdue once
        assertThat(remindersOf(id, due.minusDays(properties.dueSoonDays() + 2))).isEmpty();
        List<Object> soon = remindersOf(id, due.minusDays(1));
        assertThat(soon).hasSize(2).allSatisfy(e -> assertThat(e).isInstanceOf(ReportDueSoon.class));
        assertThat(soon)
                .extracting(e -> ((ReportDueSoon) e).reporterName())
                .doesNotContain(first.get("name").asString());
        assertThat(remindersOf(id, due)).as("remembered: not again").isEmpty();
        List<Object> overdue = remindersOf(id, due.plusDays(1));
        assertThat(overdue).hasSize(2).allSatisfy(e -> {
            assertThat(e).isInstanceOf(ReportOverdue.class);
            assertThat(((ReportOverdue) e).dueOn()).isEqualTo(due);
        });
        assertThat(remindersOf(id, due.plusDays(5))).isEmpty();
        JsonNode after = client.get(ROUNDS + "/" + id, chair, PASSWORD).json();
        assertThat(after.get("reporters").get(1).get("dueSoonRemindedAt").isNull())
                .isFalse();
        assertThat(after.get("reporters").get(1).get("overdueRemindedAt").isNull())
                .isFalse();
        assertThat(after.get("reporters").get(0).get("dueSoonRemindedAt").isNull())
                .isTrue();
    }

    @Test
    void aReportAfterTheDeadlineIsAcceptedAndMarkedLate() {
        LocalDate due = today.minusDays(1);
        JsonNode round = open(due, Period.containing(today.minusDays(10), Period.Kind.HALF));

        var late = submit(
                round,
                2,
                "bao-cao-ubnd.pdf",
                TestPdfs.plan("Báo cáo của UBND xã", 1),
                "UBND báo cáo kết quả 6 tháng.",
                officer);

        assertThat(late.status()).as(late.body()).isEqualTo(201);
        assertThat(late.json().get("late").asBoolean()).isTrue();
        JsonNode shown = client.get(ROUNDS + "/" + round.get("id").asString(), clerk, PASSWORD)
                .json();
        assertThat(shown.get("reporters").get(2).get("state").asString()).isEqualTo("SUBMITTED_LATE");
        assertThat(shown.get("reporters").get(0).get("state").asString()).isEqualTo("OVERDUE");
        assertThat(client.get(ROUNDS, member, PASSWORD).body())
                .contains(round.get("id").asString());
    }

    @Test
    void aRoundNeedsAReportingPeriodADeadlineAndBodiesOfTheCouncil() {
        var refused = client.postJson(
                ROUNDS,
                Map.of("period", "2026-06", "dueOn", "ngày mai", "reporters", List.of(java.util.UUID.randomUUID())),
                clerk,
                PASSWORD);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body())
                .contains("là một tháng")
                .contains("không phải ngày hợp lệ")
                .contains("không phải Ban HĐND hay đơn vị UBND");
        assertThat(client.postJson(
                                ROUNDS,
                                Map.of("period", "2026", "dueOn", "2026-12-31", "reporters", List.of(committee)),
                                member,
                                PASSWORD)
                        .status())
                .as("a committee member does not open rounds")
                .isEqualTo(403);
    }

    static Part field(String name, String value) {
        return new Part(
                name, null, "text/plain; charset=UTF-8", value.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Runs the reminders on the day and keeps what they published about this round. */
    List<Object> remindersOf(String roundId, LocalDate day) {
        List<Object> published = new ArrayList<>();
        var reminders = new ReportingReminders(
                repository,
                properties,
                published::add,
                transactions,
                jdbc,
                Clock.fixed(day.atTime(8, 0).toInstant(ZoneOffset.ofHours(7)), VnTime.ZONE));
        assertThat(reminders.runOnce().ran()).isTrue();
        return published.stream()
                .filter(e -> e instanceof ReportDueSoon s
                                && s.round().toString().equals(roundId)
                        || e instanceof ReportOverdue o && o.round().toString().equals(roundId))
                .toList();
    }
}
