package vn.hdndso.petitions.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import vn.hdndso.shared.VnTime;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;

/** The petitions API end to end: the "Done when" and "Bad input" of issue 5. */
@IntegrationTest
class PetitionsApiIntegrationTest {

    static final String SLUG = "lac-phuong";
    static final String CLERK = "lacphuong.vanthu";
    static final String CHAIR = "lacphuong.chutich";
    static final String PASSWORD = "hdnd-demo-2026";

    @Autowired
    TestClient client;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    DeadlineWatch watch;

    /** A word no other test uses, so the issue of this test is found alone. */
    static String marker() {
        String letters = "bcdghklmnpqrstvx";
        StringBuilder word = new StringBuilder("xom");
        for (int i = 0; i < 6; i++) {
            word.append(letters.charAt(ThreadLocalRandom.current().nextInt(letters.length())));
        }
        return word.toString();
    }

    TestClient.Response submit(
            String content, @Nullable String name, @Nullable String contact, @Nullable Boolean consent) {
        var body = new java.util.LinkedHashMap<String, @Nullable Object>();
        body.put("content", content);
        body.put("submitterName", name);
        body.put("contact", contact);
        if (consent != null) {
            body.put("consent", consent);
        }
        body.put("channel", "WEB");
        return client.postJson("/api/v1/councils/" + SLUG + "/petitions", body);
    }

    @Test
    void publicSubmissionWithConsentGivesATrackingCodeAndTheStatusWithoutPersonalData() {
        var created = submit(
                "Đề nghị sửa chữa đèn chiếu sáng đường trục thôn Đông bị hỏng đã hai tháng, buổi tối rất tối và nguy hiểm.",
                "Trần Thị Hoa",
                "0912 345 678",
                true);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String code = created.json().get("trackingCode").asString();
        assertThat(code).hasSize(10);
        assertThat(code.chars()).allMatch(c -> TrackingCodes.ALPHABET.indexOf(c) >= 0);
        assertThat(created.json().get("field").asString()).isEqualTo("QUY_HOACH_XAY_DUNG_GIAO_THONG");

        var status = client.get("/api/v1/petitions/" + code);
        assertThat(status.status()).isEqualTo(200);
        assertThat(status.json().get("status").asString()).isEqualTo("OPEN");
        assertThat(status.json().get("field").asString()).isEqualTo("QUY_HOACH_XAY_DUNG_GIAO_THONG");
        assertThat(status.json().has("answer")).isTrue();
        assertThat(status.body()).doesNotContain("Hoa", "0912", "345 678", "đèn chiếu sáng");
        // the code is accepted as printed on a receipt, too
        assertThat(client.get("/api/v1/petitions/" + TrackingCodes.display(code).toLowerCase())
                        .status())
                .isEqualTo(200);
        // and the staff see who sent it, in a read that is audited
        var staff = client.get("/api/v1/councils/" + SLUG + "/petitions?size=500", CLERK, PASSWORD);
        var mine = staff.json()
                .get("items")
                .valueStream()
                .filter(p -> p.get("trackingCode").asString().equals(code))
                .findFirst()
                .orElseThrow();
        assertThat(mine.get("contact").isNull()).isTrue();
        var one = client.get(
                "/api/v1/councils/" + SLUG + "/petitions/" + mine.get("id").asString(), CLERK, PASSWORD);
        assertThat(one.json().get("contact").asString()).isEqualTo("0912 345 678");
        assertThat(one.json().get("consentPurpose").asString()).contains("kiến nghị");
        var audit = client.get("/api/v1/councils/" + SLUG + "/audit?size=50", CHAIR, PASSWORD);
        assertThat(audit.body()).contains("petitions.petition.read");
    }

    @Test
    void withoutConsentThePetitionIsRefusedWithAReason() {
        for (Boolean consent : new Boolean[] {null, false}) {
            var refused = submit(
                    "Đề nghị nạo vét kênh mương nội đồng trước mùa mưa bão.", "Lê Văn Tám", "0987654321", consent);
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
            assertThat(refused.json().get("errors").get(0).get("field").asString())
                    .isEqualTo("consent");
            assertThat(refused.json().get("errors").get(0).get("message").asString())
                    .contains("đồng ý");
        }
    }

    @Test
    void emptyOrHugeContentIsRefusedByField() {
        var empty = submit("   ", null, null, true);
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().get("errors").get(0).get("field").asString()).isEqualTo("content");

        var huge = submit("Đề nghị ".repeat(7_000).substring(0, 50_000), null, null, true);
        assertThat(huge.status()).isEqualTo(400);
        assertThat(huge.json().get("errors").get(0).get("message").asString()).contains("5.000");

        var robot = client.postJson(
                "/api/v1/councils/" + SLUG + "/petitions",
                Map.of("content", "Mua thuoc gia re tai day", "consent", true, "website", "http://spam.example"));
        assertThat(robot.status()).isEqualTo(400);

        var badContact = submit("Đề nghị lắp thêm biển báo giao thông ở ngã ba chợ.", null, "gọi tôi", true);
        assertThat(badContact.status()).isEqualTo(400);
        assertThat(badContact.json().get("errors").get(0).get("field").asString())
                .isEqualTo("contact");
    }

    @Test
    void oneContactIsLimitedPerDayWith429() {
        String contact = "09" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
        for (int i = 0; i < 10; i++) {
            var sent = submit("Đề nghị số " + i + " về việc " + marker() + " ở khu phố.", null, contact, true);
            assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        }
        var limited = submit("Đề nghị thêm về việc " + marker() + ".", null, contact, true);
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.header("Content-Type")).startsWith("application/problem+json");
        assertThat(limited.json().get("detail").asString()).contains("ngày mai");
    }

    @Test
    void twoPetitionsSayingTheSameThingOneWithoutDiacriticsEndUpInOneIssue() {
        String place = marker();
        var first = submit(
                "Đề nghị nạo vét kênh tiêu " + place
                        + " bị bồi lắng, bèo và cỏ mọc kín lòng kênh, mùa mưa nước không tiêu kịp.",
                "Nguyễn Văn Bình",
                "0901234567",
                true);
        var second = submit(
                "de nghi nao vet kenh tieu " + place
                        + " boi lang, beo va co moc kin long kenh, mua mua nuoc khong tieu kip",
                "Pham Thi Lan",
                "lan.pham@example.vn",
                true);
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(second.status()).as(second.body()).isEqualTo(201);
        assertThat(first.json().get("trackingCode").asString())
                .isNotEqualTo(second.json().get("trackingCode").asString());

        var issues = client.get("/api/v1/councils/" + SLUG + "/petition-issues?q=" + place, CLERK, PASSWORD);
        assertThat(issues.status()).isEqualTo(200);
        assertThat(issues.json().get("total").asLong()).isEqualTo(1);
        JsonNode issue = issues.json().get("items").get(0);
        var detail = client.get(
                "/api/v1/councils/" + SLUG + "/petition-issues/"
                        + issue.get("id").asString(),
                CLERK,
                PASSWORD);
        assertThat(issue.get("petitionCount").asInt()).as(detail.body()).isEqualTo(2);
        assertThat(issue.get("title").asString()).contains(place);
        // each voter keeps their own tracking code, both showing the two voters
        for (var created : List.of(first, second)) {
            var status = client.get(
                    "/api/v1/petitions/" + created.json().get("trackingCode").asString());
            assertThat(status.json().get("petitionCount").asInt()).isEqualTo(2);
        }
    }

    @Test
    void differentRequestsStayApartAndAClerkMergesAndSplitsThem() {
        String place = marker();
        var a = submit(
                "Sân bóng chuyền hơi của " + place + " thiếu cột lưới và đèn để bà con tập buổi tối.",
                null,
                null,
                true);
        var b = submit(
                "Cử tri ở " + place + " xin chuyển mục đích đất vườn liền kề sang đất ở cho con cháu.",
                null,
                null,
                true);
        var issues = client.get("/api/v1/councils/" + SLUG + "/petition-issues?q=" + place, CLERK, PASSWORD);
        assertThat(issues.json().get("total").asLong()).isEqualTo(2);
        String first = issues.json().get("items").get(0).get("id").asString();
        String other = issues.json().get("items").get(1).get("id").asString();

        var merged = client.postJson(
                "/api/v1/councils/" + SLUG + "/petition-issues/" + first + "/merge",
                Map.of("otherIssueId", other),
                CLERK,
                PASSWORD);
        assertThat(merged.status()).as(merged.body()).isEqualTo(200);
        assertThat(merged.json().get("petitionCount").asInt()).isEqualTo(2);
        assertThat(client.get("/api/v1/councils/" + SLUG + "/petition-issues/" + other, CLERK, PASSWORD)
                        .status())
                .isEqualTo(404);

        var detail = client.get("/api/v1/councils/" + SLUG + "/petition-issues/" + first, CLERK, PASSWORD);
        String petitionId = detail.json().get("petitions").get(1).get("id").asString();
        var split = client.postJson(
                "/api/v1/councils/" + SLUG + "/petitions/" + petitionId + "/split", Map.of(), CLERK, PASSWORD);
        assertThat(split.status()).as(split.body()).isEqualTo(200);
        assertThat(split.json().get("petitionCount").asInt()).isEqualTo(1);
        assertThat(a.status()).isEqualTo(201);
        assertThat(b.status()).isEqualTo(201);
    }

    @Test
    void aClerkConfirmsTheFieldAndTheClassifierLearnsFromIt() {
        String word = marker();
        var sent = submit("Đề nghị xem xét việc " + word + ".", null, null, true);
        String code = sent.json().get("trackingCode").asString();
        var issue = client.get("/api/v1/councils/" + SLUG + "/petition-issues?q=" + word, CLERK, PASSWORD)
                .json()
                .get("items")
                .get(0)
                .get("id")
                .asString();
        String petitionId = client.get("/api/v1/councils/" + SLUG + "/petition-issues/" + issue, CLERK, PASSWORD)
                .json()
                .get("petitions")
                .get(0)
                .get("id")
                .asString();

        var confirmed = client.postJson(
                "/api/v1/councils/" + SLUG + "/petitions/" + petitionId + "/classification",
                Map.of("field", "AN_NINH_TRAT_TU", "level", "COMMUNE"),
                CLERK,
                PASSWORD);
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        assertThat(confirmed.json().get("classified").asBoolean()).isTrue();
        assertThat(client.get("/api/v1/petitions/" + code).json().get("field").asString())
                .isEqualTo("AN_NINH_TRAT_TU");

        var next = submit("Việc " + word + " vẫn tiếp diễn.", null, null, true);
        assertThat(next.json().get("field").asString()).isEqualTo("AN_NINH_TRAT_TU");

        var unknown = client.postJson(
                "/api/v1/councils/" + SLUG + "/petitions/" + petitionId + "/classification",
                Map.of("field", "KHONG_CO", "level", "COMMUNE"),
                CLERK,
                PASSWORD);
        assertThat(unknown.status()).isEqualTo(400);
    }

    @Test
    void complaintsAreFlaggedForTheOtherLegalTrack() {
        var sent = submit(
                "Tôi khiếu nại quyết định thu hồi đất của UBND xã đối với gia đình tôi là không đúng.",
                null,
                null,
                true);
        assertThat(sent.status()).isEqualTo(201);
        assertThat(sent.json().get("complaint").asBoolean()).isTrue();
        assertThat(client.get("/api/v1/petitions/"
                                + sent.json().get("trackingCode").asString())
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("CLOSED");
    }

    @Test
    void transferAnswerAndPublicationShowTheDeidentifiedAnswerToTheVoter() {
        String place = marker();
        var sent = submit(
                "Đề nghị thu gom rác thải tồn đọng ở bãi đất trống cạnh chợ " + place + ", mùi hôi ảnh hưởng sức khỏe.",
                "Đỗ Minh Quân",
                "0977111222",
                true);
        String code = sent.json().get("trackingCode").asString();
        String issue = issueOf(place);
        String unit = client.get("/api/v1/councils/" + SLUG + "/executive-units")
                .json()
                .get("items")
                .get(0)
                .get("id")
                .asString();

        var transferred = client.postJson(
                "/api/v1/councils/" + SLUG + "/petition-issues/" + issue + "/transfer",
                Map.of(
                        "bodyKind",
                        "EXECUTIVE_UNIT",
                        "executiveUnitId",
                        unit,
                        "reason",
                        "Đơn vị này được giao theo dõi việc đang kiến nghị"),
                CLERK,
                PASSWORD);
        assertThat(transferred.status()).as(transferred.body()).isEqualTo(200);
        assertThat(LocalDate.parse(transferred.json().get("deadline").asString()))
                .isEqualTo(LocalDate.now(VnTime.ZONE).plusDays(60));

        var noClass = client.postJson(
                "/api/v1/councils/" + SLUG + "/petition-issues/" + issue + "/answer",
                Map.of("answer", "Đã xử lý"),
                CLERK,
                PASSWORD);
        assertThat(noClass.status()).isEqualTo(400);
        var noDate = client.postJson(
                "/api/v1/councils/" + SLUG + "/petition-issues/" + issue + "/answer",
                Map.of("answerClass", "IN_PROGRESS", "answer", "Đang xử lý"),
                CLERK,
                PASSWORD);
        assertThat(noDate.status()).isEqualTo(400);

        var answered = client.postJson(
                "/api/v1/councils/" + SLUG + "/petition-issues/" + issue + "/answer",
                Map.of(
                        "answerClass", "RESOLVED",
                        "answer",
                                "UBND xã đã thu gom toàn bộ rác tồn đọng; ông Đỗ Minh Quân (0977111222) đã được thông báo trực tiếp."),
                CLERK,
                PASSWORD);
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        assertThat(client.get("/api/v1/petitions/" + code).json().get("answer").isNull())
                .isTrue();

        var published = client.postJson(
                "/api/v1/councils/" + SLUG + "/petition-issues/" + issue + "/publish", Map.of(), CLERK, PASSWORD);
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        var status = client.get("/api/v1/petitions/" + code);
        assertThat(status.json().get("status").asString()).isEqualTo("ANSWERED");
        assertThat(status.json().get("answerClass").asString()).isEqualTo("RESOLVED");
        assertThat(status.json().get("answer").asString())
                .contains("thu gom toàn bộ rác")
                .doesNotContain("Quân", "0977111222");
        var publicList = client.get("/api/v1/councils/" + SLUG + "/petition-answers?size=500");
        assertThat(publicList.body()).contains(issue).doesNotContain("0977111222", "Đỗ Minh Quân");
        var page = client.get("/" + SLUG + "/kien-nghi/tra-cuu/" + code);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("thu gom toàn bộ rác").doesNotContain("0977111222");
        // the voter was told (outbox)
        Integer messages = Tenancy.call(
                TenantScope.allCouncils("test: read the outbox"),
                () -> transactions.execute(s -> jdbc.sql(
                                "select count(*) from petition_notification n join petition p on p.id = n.petition_id where p.tracking_code = :c")
                        .param("c", code)
                        .query(Integer.class)
                        .single()));
        assertThat(messages).isEqualTo(3);
    }

    @Test
    void anOverdueIssueAppearsInTheOverdueViewAndIsEscalated() {
        String place = marker();
        submit("Đề nghị nâng cấp trạm bơm tưới tiêu cánh đồng " + place + " phục vụ vụ chiêm xuân.", null, null, true);
        String issue = issueOf(place);
        var transferred = client.postJson(
                "/api/v1/councils/" + SLUG + "/petition-issues/" + issue + "/transfer",
                Map.of(
                        "bodyKind",
                        "AGENCY",
                        "bodyName",
                        "Công ty TNHH MTV Khai thác thủy lợi",
                        "reason",
                        "Công trình thủy lợi do công ty quản lý"),
                CLERK,
                PASSWORD);
        assertThat(transferred.status()).as(transferred.body()).isEqualTo(200);
        assertThat(overdueIds()).doesNotContain(issue);

        // sixty days pass
        Tenancy.run(
                TenantScope.allCouncils("test: let the deadline pass"),
                () -> transactions.executeWithoutResult(s -> jdbc.sql(
                                "update petition_issue set deadline = :d where id = :id")
                        .param(
                                "d",
                                java.sql.Date.valueOf(LocalDate.now(VnTime.ZONE).minusDays(1)))
                        .param("id", UUID.fromString(issue))
                        .update()));

        assertThat(overdueIds()).contains(issue);
        var run = watch.runOnce(LocalDate.now(VnTime.ZONE));
        assertThat(run.escalated()).isGreaterThanOrEqualTo(1);
        var detail = client.get("/api/v1/councils/" + SLUG + "/petition-issues/" + issue, CLERK, PASSWORD);
        assertThat(detail.json().get("issue").get("overdue").asBoolean()).isTrue();
        assertThat(watch.runOnce(LocalDate.now(VnTime.ZONE)).escalated())
                .as("escalated once only")
                .isZero();
    }

    private List<String> overdueIds() {
        var overdue = client.get("/api/v1/councils/" + SLUG + "/petition-issues/overdue?size=500", CHAIR, PASSWORD);
        assertThat(overdue.status()).isEqualTo(200);
        return overdue.json()
                .get("items")
                .valueStream()
                .map(i -> i.get("id").asString())
                .toList();
    }

    @Test
    void unknownTrackingCodesAnswer404WithoutSayingWhetherTheyExistElsewhere() {
        var unknown = client.get("/api/v1/petitions/AAAAABBBBB");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.header("Content-Type")).startsWith("application/problem+json");
        assertThat(client.get("/api/v1/petitions/not-a-code").status()).isEqualTo(404);
        assertThat(client.get("/api/v1/petitions/" + "X".repeat(400)).status()).isEqualTo(404);

        // a real code of Lạc Phượng, looked up on Nhị Chiểu's site, is just as unknown there
        var sent = submit("Đề nghị bố trí thêm thùng rác công cộng tại khu chợ.", null, null, true);
        String code = sent.json().get("trackingCode").asString();
        var elsewhere = client.get("/nhi-chieu/kien-nghi/tra-cuu/" + code);
        var nowhere = client.get("/nhi-chieu/kien-nghi/tra-cuu/AAAAABBBBB");
        assertThat(elsewhere.status()).isEqualTo(404);
        assertThat(nowhere.status()).isEqualTo(404);
        assertThat(client.get("/" + SLUG + "/kien-nghi/tra-cuu/" + code).status())
                .isEqualTo(200);
    }

    @Test
    void meetingsRecordManyPetitionsAtOnce() {
        var planned = client.postJson(
                "/api/v1/councils/" + SLUG + "/voter-meetings",
                Map.of(
                        "title", "Tiếp xúc cử tri trực tuyến " + marker(),
                        "format", "HYBRID",
                        "onlineLink", "https://hop.example.vn/tx",
                        "place", "Nhà văn hóa thôn Đông",
                        "heldOn", LocalDate.now(VnTime.ZONE).toString(),
                        "timing", "AFTER",
                        "sessionReference", "Kỳ họp thứ hai"),
                CLERK,
                PASSWORD);
        assertThat(planned.status()).as(planned.body()).isEqualTo(201);
        String meeting = planned.json().get("id").asString();

        var noLink = client.postJson(
                "/api/v1/councils/" + SLUG + "/voter-meetings",
                Map.of("title", "Không có đường dẫn", "format", "ONLINE", "heldOn", "2026-11-01", "timing", "BEFORE"),
                CLERK,
                PASSWORD);
        assertThat(noLink.status()).isEqualTo(400);
        assertThat(noLink.json().get("errors").get(0).get("field").asString()).isEqualTo("onlineLink");

        var entered = client.postJson(
                "/api/v1/councils/" + SLUG + "/voter-meetings/" + meeting + "/petitions",
                Map.of(
                        "petitions",
                        List.of(
                                Map.of("content", "Đề nghị hỗ trợ giống lúa cho các hộ bị thiệt hại do bão"),
                                Map.of(
                                        "content",
                                        "Đề nghị tăng cường tuần tra ban đêm, chống trộm cắp gia súc",
                                        "area",
                                        "Thôn Tây"))),
                "lacphuong.daibieu",
                PASSWORD);
        assertThat(entered.status()).as(entered.body()).isEqualTo(201);
        assertThat(entered.json().size()).isEqualTo(2);

        var oneBad = client.postJson(
                "/api/v1/councils/" + SLUG + "/voter-meetings/" + meeting + "/petitions",
                Map.of("petitions", List.of(Map.of("content", "Đề nghị làm đường"), Map.of("content", ""))),
                CLERK,
                PASSWORD);
        assertThat(oneBad.status()).isEqualTo(400);
        assertThat(oneBad.json().get("errors").get(0).get("field").asString()).isEqualTo("petitions[1].content");
        assertThat(client.get("/api/v1/councils/" + SLUG + "/voter-meetings/" + meeting, CLERK, PASSWORD)
                        .json()
                        .get("petitionCount")
                        .asInt())
                .as("nothing of the bad batch was kept")
                .isEqualTo(2);
    }

    @Test
    void importsReportRowErrorsImportNothingHalfwayAndNeverTwice() {
        String place = marker();
        String header = "STT;Họ và tên;Nội dung kiến nghị;Thôn;Ngày\n";
        String good = header
                + "1;Vũ Văn Hải;Đề nghị sửa cầu tràn " + place + " bị sạt lở;Thôn Bắc;12/10/2026\n"
                + "2;Ngô Thị Mai;\"Đề nghị nạo vét mương " + place + "; nước tù đọng\";Thôn Nam;13/10/2026\n";
        String badDate = header + "1;A;Đề nghị sửa đèn " + place + ";Thôn Bắc;31/02/2026\n2;B;;Thôn Nam;01/10/2026\n";
        String wrongColumns = "Tên;Điện thoại\nA;0912000000\n";

        var wrong = importCsv(wrongColumns.getBytes(StandardCharsets.UTF_8), false);
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().get("errors").get(0).get("field").asString()).isEqualTo("mapping.content");

        var bad = importCsv(badDate.getBytes(StandardCharsets.UTF_8), false);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("rows[2].receivedOn", "rows[3].content");
        assertThat(issuesMatching(place)).as("nothing half-imported").isZero();

        // the same list typed in decomposed Unicode (NFD) and saved as Windows-1258
        byte[] legacy = windows1258(good);
        var preview = importCsv(legacy, true);
        assertThat(preview.status()).as(preview.body()).isEqualTo(200);
        assertThat(preview.json().get("encoding").asString()).isEqualTo("Windows-1258");
        assertThat(preview.json()
                        .get("rows")
                        .get(0)
                        .get("values")
                        .get("content")
                        .asString())
                .isEqualTo("Đề nghị sửa cầu tràn " + place + " bị sạt lở");

        var first = importCsv(legacy, false);
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().get("imported").asInt()).isEqualTo(2);
        var again = importCsv(good.getBytes(StandardCharsets.UTF_8), false);
        assertThat(again.json().get("imported").asInt()).isZero();
        assertThat(again.json().get("skipped").asInt()).isEqualTo(2);
        assertThat(issuesMatching(place)).isEqualTo(2);
    }

    /**
     * Text as Windows-1258 stores it: letters with circumflex, breve and horn precomposed, the five
     * tone marks as separate combining characters (decomposed, like NFD for the tones).
     */
    static byte[] windows1258(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : Normalizer.normalize(text, Normalizer.Form.NFC).toCharArray()) {
            String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            StringBuilder base = new StringBuilder();
            String tone = "";
            for (char d : decomposed.toCharArray()) {
                if ("\u0300\u0301\u0303\u0309\u0323".indexOf(d) >= 0) {
                    tone = String.valueOf(d);
                } else {
                    base.append(d);
                }
            }
            out.append(Normalizer.normalize(base, Normalizer.Form.NFC)).append(tone);
        }
        return out.toString().getBytes(Charset.forName("windows-1258"));
    }

    private TestClient.Response importCsv(byte[] csv, boolean dryRun) {
        return client.postMultipart(
                "/api/v1/councils/" + SLUG + "/petition-imports" + (dryRun ? "?dryRun=true" : ""),
                List.of(TestClient.Part.file("file", "danh-sach.csv", "text/csv", csv)),
                CLERK,
                PASSWORD);
    }

    private long issuesMatching(String q) {
        return client.get("/api/v1/councils/" + SLUG + "/petition-issues?q=" + q, CLERK, PASSWORD)
                .json()
                .get("total")
                .asLong();
    }

    private String issueOf(String q) {
        var issues = client.get("/api/v1/councils/" + SLUG + "/petition-issues?q=" + q, CLERK, PASSWORD);
        assertThat(issues.json().get("total").asLong()).isEqualTo(1);
        return issues.json().get("items").get(0).get("id").asString();
    }
}
