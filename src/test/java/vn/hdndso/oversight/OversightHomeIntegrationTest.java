package vn.hdndso.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hdndso.oversight.OversightFixture.PASSWORD;

import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hdndso.councils.Councils;
import vn.hdndso.shared.VnTime;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;
import vn.hdndso.support.WebSession;

/**
 * Oversight on each role's home ("Việc của tôi") in Đặc khu Cát Hải: an officer of unit A gets A's
 * questions, commitments and recommendations and A's transferred petition issues, nothing of unit
 * B's; the delegate gets the answer to their question; the office the overdue written answer, the
 * questions to schedule and the commitments to follow; the committee member their committee's
 * overdue recommendation; the Front officer the programme proposals while the window is open.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OversightHomeIntegrationTest {

    static final String SLUG = "cat-hai";
    static final String API = "/api/v1/councils/" + SLUG;
    static final String HOME = "/app/councils/" + SLUG + "/home";

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

    LocalDate today;
    String run;
    String clerk;
    String delegate;
    String member;
    String officerA;
    String officerB;
    String front;
    String toA;
    String toB;
    String answered;
    String commitment;
    String overdue;
    String recommendationA;
    String recommendationB;
    String lateRecommendation;
    String otherCommitteesLate;
    String issueA;
    String issueB;

    @BeforeAll
    void setUp() {
        today = VnTime.today(clock);
        run = UUID.randomUUID().toString().substring(0, 8);
        if (client.get(API + "/terms", TestClient.ADMIN, TestClient.ADMIN_PASSWORD)
                .json()
                .get("items")
                .isEmpty()) {
            created(client.postJson(
                    API + "/terms",
                    Map.of("name", "Nhiệm kỳ 2026–2031", "startsOn", "2026-03-15", "endsOn", "2031-03-14"),
                    TestClient.ADMIN,
                    TestClient.ADMIN_PASSWORD));
        }
        String committee = committee("Ban Kinh tế – Xã hội " + run);
        String otherCommittee = committee("Ban Pháp chế " + run);
        String unitA = OversightFixture.unit(client, SLUG, "Phòng Kinh tế A " + run);
        String unitB = OversightFixture.unit(client, SLUG, "Phòng Văn hóa B " + run);
        clerk = OversightFixture.account(client, SLUG, "home.ov.clerk", "CLERK");
        delegate = OversightFixture.account(client, SLUG, "home.ov.delegate", "DELEGATE");
        member = OversightFixture.account(client, SLUG, "home.ov.member", "COMMITTEE_MEMBER", null, committee);
        officerA = OversightFixture.account(client, SLUG, "home.ov.officer.a", "EXECUTIVE_OFFICER", unitA, null);
        officerB = OversightFixture.account(client, SLUG, "home.ov.officer.b", "EXECUTIVE_OFFICER", unitB, null);
        front = OversightFixture.account(client, SLUG, "home.ov.front", "FRONT_OFFICER");

        toA = "Khi nào sửa xong cầu cảng " + run + "?";
        ask(toA, unitA);
        toB = "Vì sao thư viện " + run + " đóng cửa?";
        ask(toB, unitB);
        answered = "Kế hoạch nạo vét luồng " + run + " ra sao?";
        String answeredId = ask(answered, unitA);
        commitment = "Nạo vét xong luồng " + run;
        var answer = client.postJson(
                API + "/questions/" + answeredId + "/answer",
                Map.of(
                        "text",
                        "Đã có kế hoạch, đang thực hiện",
                        "commitments",
                        List.of(Map.of(
                                "text", commitment, "dueOn", today.plusDays(2).toString()))),
                officerA,
                PASSWORD);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        overdue = "Bao giờ chi trả hỗ trợ ngư dân " + run + "?";
        String overdueId = ask(overdue, unitB);
        backdate(
                "update oversight_question set asked_on = asked_on - 25, due_on = :day where id = :id",
                overdueId,
                today.minusDays(5));

        String topic = topic("Chuyên đề nuôi trồng thủy sản " + run, committee);
        recommendationA = "Rà soát quy hoạch lồng bè " + run;
        recommend(topic, recommendationA, unitA);
        recommendationB = "Tổ chức đọc sách tại xóm " + run;
        recommend(topic, recommendationB, unitB);
        lateRecommendation = "Báo cáo số lồng bè cấp phép " + run;
        String late = recommend(topic, lateRecommendation, unitB);
        backdate("update oversight_recommendation set due_on = :day where id = :id", late, today.minusDays(3));
        String otherTopic = topic("Chuyên đề cải cách hành chính " + run, otherCommittee);
        otherCommitteesLate = "Công khai thủ tục " + run;
        String otherLate = recommend(otherTopic, otherCommitteesLate, unitB);
        backdate("update oversight_recommendation set due_on = :day where id = :id", otherLate, today.minusDays(3));

        issueA = transferredIssue("Đề nghị lắp đèn bến cá " + run + " cho an toàn", unitA);
        issueB = transferredIssue("Đề nghị mở thêm giờ thư viện " + run + " buổi tối", unitB);
    }

    @Test
    void theOfficerOfUnitASeesOnlyUnitAsQuestionsCommitmentsRecommendationsAndPetitions() {
        var web = new WebSession(client);
        web.signIn(officerA, PASSWORD);
        Document home = home(web, officerA);

        Element question = item(home, toA);
        assertThat(question.text()).contains("Trả lời chất vấn gửi cơ quan mình");
        assertThat(question.attr("href")).startsWith("/app/councils/" + SLUG + "/oversight#question-");
        assertThat(question.select("time").attr("datetime"))
                .isEqualTo(today.plusDays(20).toString());
        assertThat(item(home, commitment).text()).contains("Thực hiện cam kết", "Sắp đến hạn");
        Element recommendation = item(home, recommendationA);
        assertThat(recommendation.text()).contains("Phản hồi kiến nghị giám sát");
        assertThat(recommendation.attr("href")).startsWith("/app/councils/" + SLUG + "/oversight/topics/");
        assertThat(item(home, issueA).text()).contains("Trả lời kiến nghị được chuyển");
        assertThat(home.text()).doesNotContain(answered, toB, overdue, recommendationB, lateRecommendation, issueB);
    }

    @Test
    void theOfficerOfUnitBSeesUnitBsAndNotUnitAs() {
        Document home = home(officerB);

        assertThat(item(home, toB).text()).contains("Trả lời chất vấn gửi cơ quan mình");
        assertThat(item(home, overdue).text()).contains("Quá hạn");
        assertThat(item(home, recommendationB).text()).contains("Phản hồi kiến nghị giám sát");
        assertThat(item(home, issueB).text()).contains("Trả lời kiến nghị được chuyển");
        assertThat(home.text()).doesNotContain(toA, commitment, recommendationA, issueA);
    }

    @Test
    void theDelegateSeesTheAnswerToTheirQuestion() {
        Document home = home(delegate);

        Element read = item(home, answered);
        assertThat(read.text()).contains("Đọc trả lời chất vấn của mình");
        assertThat(read.attr("href")).startsWith("/app/councils/" + SLUG + "/oversight#question-");
        assertThat(home.text()).doesNotContain(toA, toB, overdue, commitment);
    }

    @Test
    void theOfficeSeesTheOverdueWrittenAnswerTheQuestionsToScheduleAndTheCommitmentsToFollow() {
        Document home = home(clerk);

        Element late = item(home, overdue);
        assertThat(late.text()).contains("Đôn đốc trả lời chất vấn bằng văn bản quá hạn", "Quá hạn");
        assertThat(late.select("time").attr("datetime"))
                .isEqualTo(today.minusDays(5).toString());
        assertThat(item(home, toA).text()).contains("Nhóm câu hỏi, đưa vào chương trình kỳ họp");
        assertThat(item(home, commitment).text()).contains("Theo dõi thực hiện cam kết");
        assertThat(home.text()).doesNotContain("Đọc trả lời chất vấn của mình");
    }

    @Test
    void theCommitteeMemberSeesTheirCommitteesOverdueRecommendationOnly() {
        Document home = home(member);

        Element late = item(home, lateRecommendation);
        assertThat(late.text()).contains("Kiến nghị giám sát của Ban quá hạn", "Quá hạn");
        assertThat(home.text()).doesNotContain(otherCommitteesLate, recommendationA, toA);
    }

    @Test
    void theFrontOfficerSeesTheProposalsDueWhileTheWindowIsOpen() {
        Document home = home(front);

        // Defaults: proposals for year Y by 1 March of Y-1; the window opens after 31 July of Y-2.
        int year = today.isAfter(MonthDay.of(3, 1).atYear(today.getYear())) ? today.getYear() + 2 : today.getYear() + 1;
        boolean open = today.isAfter(MonthDay.of(7, 31).atYear(year - 2));
        List<Element> proposals = items(home, "Đề xuất nội dung chương trình giám sát năm");
        if (open) {
            assertThat(proposals).hasSize(1);
            assertThat(proposals.getFirst().text()).contains(String.valueOf(year));
            assertThat(proposals.getFirst().select("time").attr("datetime"))
                    .isEqualTo(MonthDay.of(3, 1).atYear(year - 1).toString());
        } else {
            assertThat(proposals).isEmpty();
        }
        assertThat(home.text()).doesNotContain(toA, overdue, lateRecommendation);
    }

    private Document home(String username) {
        var web = new WebSession(client);
        web.signIn(username, PASSWORD);
        return home(web, username);
    }

    private static Document home(WebSession web, String username) {
        var page = web.get(HOME);
        assertThat(page.status()).as(username).isEqualTo(200);
        return Jsoup.parse(page.body());
    }

    private static List<Element> items(Document home, String text) {
        return home.select("ol.work li > a").stream()
                .filter(a -> a.text().contains(text))
                .toList();
    }

    private static Element item(Document home, String text) {
        List<Element> found = items(home, text);
        assertThat(found).as("one item about " + text).hasSize(1);
        return found.getFirst();
    }

    private String ask(String text, String unit) {
        return created(
                client.postJson(API + "/questions", Map.of("text", text, "addressedTo", unit), delegate, PASSWORD));
    }

    private String committee(String name) {
        return created(client.postJson(
                API + "/bodies",
                Map.of("kind", "COMMITTEE", "name", name),
                TestClient.ADMIN,
                TestClient.ADMIN_PASSWORD));
    }

    private String topic(String title, String committee) {
        return created(client.postJson(
                API + "/oversight-topics",
                Map.of("title", title, "year", today.getYear(), "committee", committee),
                clerk,
                PASSWORD));
    }

    private String recommend(String topic, String text, String unit) {
        var response = client.postJson(
                API + "/oversight-topics/" + topic + "/recommendations",
                Map.of(
                        "text",
                        text,
                        "ownerUnitId",
                        unit,
                        "dueOn",
                        today.plusDays(30).toString()),
                clerk,
                PASSWORD);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        var recommendations = response.json().get("recommendations");
        return recommendations.get(recommendations.size() - 1).get("id").asString();
    }

    private void backdate(String sql, String id, LocalDate day) {
        Integer moved = Tenancy.call(
                TenantScope.staffOf(councils.requireBySlug(SLUG).id()),
                () -> transactions.execute(s -> jdbc.sql(sql)
                        .param("day", day)
                        .param("id", UUID.fromString(id))
                        .update()));
        assertThat(moved).isEqualTo(1);
    }

    /** A citizen's petition, its issue transferred to the unit; returns the issue's title. */
    private String transferredIssue(String content, String unit) {
        var sent = client.postJson(API + "/petitions", Map.of("content", content, "consent", true));
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        String code = sent.json().get("trackingCode").asString();
        String issue = client.get(API + "/petitions?size=500", TestClient.ADMIN, TestClient.ADMIN_PASSWORD)
                .json()
                .get("items")
                .valueStream()
                .filter(p -> p.get("trackingCode").asString().equals(code))
                .findFirst()
                .orElseThrow()
                .get("issueId")
                .asString();
        var transfer = client.postJson(
                API + "/petition-issues/" + issue + "/transfer",
                Map.of("bodyKind", "EXECUTIVE_UNIT", "executiveUnitId", unit),
                clerk,
                PASSWORD);
        assertThat(transfer.status()).as(transfer.body()).isEqualTo(200);
        return transfer.json().get("title").asString();
    }

    private static String created(TestClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asString();
    }
}
