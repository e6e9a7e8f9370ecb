package vn.hdndso.petitions.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hdndso.councils.Councils;
import vn.hdndso.petitions.MinutesSplitterUnitTest;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;
import vn.hdndso.support.WebSession;

/**
 * In Xã Hải An: minutes become petitions linked to their meeting (API and review page; a scan is
 * refused with a clear message), and petition lists import as background jobs — progress, rows left
 * out as CSV, a 200,000-row XLSX cancelled while it runs, a job left RUNNING resumed after a restart.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MinutesAndImportJobsIntegrationTest {

    static final String SLUG = "hai-an";
    static final String API = "/api/v1/councils/" + SLUG;
    static final String PASSWORD = "Minutes-Test-2026";

    @Autowired
    TestClient client;

    @Autowired
    ImportJobRecovery recovery;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Councils councils;

    String clerk;
    String meetingId;

    @BeforeAll
    void setUp() {
        clerk = TestClient.uniqueUsername("mi.clerk");
        client.createUser(SLUG, clerk, PASSWORD, "Thư ký Hải An", "CLERK");
        meetingId = meeting("Tiếp xúc cử tri thôn Đông " + UUID.randomUUID());
    }

    String meeting(String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("format", "IN_PERSON");
        body.put("place", "Nhà văn hóa thôn Đông");
        body.put("heldOn", "2026-11-20");
        body.put("timing", "BEFORE");
        var created = client.postJson(API + "/voter-meetings", body, clerk, PASSWORD);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    @Test
    void minutesGiveProposalsWithVotersAreaAndFieldAndAScanIsRefusedInVietnamese() throws IOException {
        var proposed = client.postMultipart(
                API + "/voter-meetings/" + meetingId + "/minutes/proposals",
                List.of(new TestClient.Part(
                        "minutes",
                        null,
                        "text/plain; charset=UTF-8",
                        MinutesSplitterUnitTest.minutes("bien-ban-thon-dong.txt")
                                .getBytes(StandardCharsets.UTF_8))),
                clerk,
                PASSWORD);
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(200);
        var proposals = proposed.json().get("proposals");
        assertThat(proposals.size()).isEqualTo(5);
        assertThat(proposals.get(0).get("voters").get(0).asString()).isEqualTo("Nguyễn Văn Hùng");
        assertThat(proposals.get(0).get("area").asString()).isEqualTo("thôn Đông");
        assertThat(proposals.get(1).get("field").asString()).as("irrigation").isNotBlank();
        assertThat(proposals.get(2).get("field").asString()).as("a land title").isEqualTo("DAT_DAI");

        var docx = client.postMultipart(
                API + "/voter-meetings/" + meetingId + "/minutes/proposals",
                List.of(TestClient.Part.file(
                        "file",
                        "bien-ban.docx",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        docx())),
                clerk,
                PASSWORD);
        assertThat(docx.status()).as(docx.body()).isEqualTo(200);
        assertThat(docx.json().get("proposals").size()).isEqualTo(2);
        assertThat(docx.json().get("proposals").get(0).get("voters").get(0).asString())
                .isEqualTo("Trần Văn Khoa");

        var scan = client.postMultipart(
                API + "/voter-meetings/" + meetingId + "/minutes/proposals",
                List.of(TestClient.Part.file("file", "bien-ban-scan.pdf", "application/pdf", scannedPdf())),
                clerk,
                PASSWORD);
        assertThat(scan.status()).isEqualTo(400);
        assertThat(scan.header("Content-Type")).startsWith("application/problem+json");
        assertThat(scan.body()).contains("bản quét").contains("\"file\"").doesNotContain("Exception");
    }

    @Test
    void theClerkReviewsDropsAndMergesAndThePetitionsKeepTheirMeeting() {
        String meeting = meeting("Tiếp xúc cử tri xóm 3 " + UUID.randomUUID());
        var web = new WebSession(client);
        web.signIn(clerk, PASSWORD);
        String review = "/app/councils/" + SLUG + "/petitions/meetings/" + meeting + "/minutes/review";
        String minutes = """
                Ý kiến cử tri:
                Cử tri Nguyễn Văn Quế (xóm 3) phản ánh: cống thoát nước đầu xóm 3 bị tắc, mùa mưa ngập đường.
                Cử tri Nguyễn Văn Quế bổ sung: đề nghị nạo vét cả đoạn mương dẫn ra sông.
                Cử tri Đào Thị Nga (xóm 4) cảm ơn Tổ đại biểu.
                Cử tri Lý Văn Phúc (xóm 4) kiến nghị sửa chữa nhà văn hóa xóm 4 bị dột mái.
                """;
        var page = web.submit(review, review, Map.of("minutes", minutes));
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        assertThat(page.body()).contains("Nguyễn Văn Quế").contains("xóm 3").contains("name=\"count\" value=\"4\"");
        String token = csrf(page.body());
        Map<String, Object> form = new HashMap<>();
        form.put("_csrf", token);
        form.put("count", "4");
        form.put("minutes", minutes);
        form.put("text0", "Cống thoát nước đầu xóm 3 bị tắc, mùa mưa ngập đường.");
        form.put("voters0", "Nguyễn Văn Quế");
        form.put("area0", "xóm 3");
        form.put("text1", "Đề nghị nạo vét cả đoạn mương dẫn ra sông.");
        form.put("voters1", "Nguyễn Văn Quế");
        form.put("area1", "xóm 3");
        form.put("merge1", "true");
        form.put("text2", "Cảm ơn Tổ đại biểu.");
        form.put("voters2", "Đào Thị Nga");
        form.put("drop2", "true");
        form.put("text3", "Kiến nghị sửa chữa nhà văn hóa xóm 4 bị dột mái (đã sửa).");
        form.put("voters3", "Lý Văn Phúc");
        form.put("area3", "xóm 4");
        var confirmed = web.post(review + "/confirm", form);
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(302);
        assertThat(WebSession.redirectPath(confirmed)).endsWith("/petitions/meetings/" + meeting);

        var meetingPage = web.get("/app/councils/" + SLUG + "/petitions/meetings/" + meeting);
        assertThat(meetingPage.body())
                .contains("Cống thoát nước đầu xóm 3 bị tắc, mùa mưa ngập đường. Đề nghị nạo vét cả đoạn mương")
                .contains("nhà văn hóa xóm 4 bị dột mái (đã sửa)")
                .doesNotContain("Cảm ơn Tổ đại biểu");
        var meetingJson = client.get(API + "/voter-meetings/" + meeting, clerk, PASSWORD);
        assertThat(meetingJson.json().get("minutes").asString())
                .as("the minutes are kept")
                .contains("Lý Văn Phúc");
        assertThat(meetingJson.json().get("petitionCount").asInt()).isEqualTo(2);
        String issueLink = linkToIssue(meetingPage.body());
        var issuePage = web.get(issueLink);
        assertThat(issuePage.body())
                .contains("/app/councils/" + SLUG + "/petitions/meetings/" + meeting)
                .contains("Tiếp xúc cử tri");

        var scanned = web.post(review, Map.of("_csrf", token, "minutes", ""));
        assertThat(scanned.status()).isEqualTo(400);
        assertThat(scanned.body()).contains("Hãy dán nội dung biên bản hoặc chọn tệp.");
    }

    @Test
    void aListImportsInTheBackgroundAndItsBadRowsCanBeDownloaded() {
        var csv = new StringBuilder("Nội dung kiến nghị;Họ tên;Thôn;Ngày\n");
        String marker = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 1; i <= 450; i++) {
            String date = i == 7 ? "31/02/2026" : "12/11/2026";
            String text = i == 9 ? "" : "Đề nghị sửa đoạn đường số " + i + " thôn Đông mã " + marker;
            csv.append(text)
                    .append(";Người ")
                    .append(i)
                    .append(";thôn Đông;")
                    .append(date)
                    .append('\n');
        }
        var started = client.postMultipart(
                API + "/petition-import-jobs",
                List.of(TestClient.Part.file(
                        "file", "danh-sach.csv", "text/csv", csv.toString().getBytes(StandardCharsets.UTF_8))),
                clerk,
                PASSWORD);
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        String id = started.json().get("id").asString();
        await().atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> client.get(API + "/petition-import-jobs/" + id, clerk, PASSWORD)
                        .json()
                        .get("state")
                        .asString()
                        .equals("DONE"));
        var done =
                client.get(API + "/petition-import-jobs/" + id, clerk, PASSWORD).json();
        assertThat(done.get("imported").asInt()).isEqualTo(448);
        assertThat(done.get("failed").asInt()).isEqualTo(2);
        assertThat(done.get("rowsDone").asInt()).isEqualTo(450);
        assertThat(done.get("totalRows").asInt()).isEqualTo(450);
        var errors = client.getBytes(API + "/petition-import-jobs/" + id + "/errors.csv", clerk, PASSWORD);
        String text = new String(errors.body(), StandardCharsets.UTF_8);
        assertThat(text)
                .contains("dong,cot,loi,gia_tri")
                .contains("8,\"receivedOn\"")
                .contains("31/02/2026")
                .contains("10,\"content\"")
                .contains("thiếu nội dung");

        var web = new WebSession(client);
        web.signIn(clerk, PASSWORD);
        var page = web.get("/app/councils/" + SLUG + "/petitions/import/jobs/" + id);
        assertThat(page.body()).contains("Đã xong").contains("100 %").contains("448");
        assertThat(web.get("/app/councils/" + SLUG + "/petitions/import").body())
                .contains("danh-sach.csv");
    }

    @Test
    void twoHundredThousandRowsRunAsACancellableJobWithProgress() throws IOException, InterruptedException {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        byte[] xlsx = bigWorkbook(200_000, marker);
        var started = client.postMultipart(
                API + "/petition-import-jobs",
                List.of(TestClient.Part.file(
                        "file",
                        "danh-sach-lon.xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        xlsx)),
                clerk,
                PASSWORD);
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        assertThat(started.json().get("state").asString()).isEqualTo("QUEUED");
        String id = started.json().get("id").asString();
        // the upload answers at once; the job counts the rows first and saves the total before importing
        await().atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> client.get(API + "/petition-import-jobs/" + id, clerk, PASSWORD)
                                .json()
                                .get("totalRows")
                                .asInt()
                        == 200_000);
        await().atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> client.get(API + "/petition-import-jobs/" + id, clerk, PASSWORD)
                                .json()
                                .get("rowsDone")
                                .asInt()
                        > 0);
        var cancelled = client.request("POST", API + "/petition-import-jobs/" + id + "/cancel", null, clerk, PASSWORD);
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        await().atMost(Duration.ofMinutes(2))
                .until(() -> client.get(API + "/petition-import-jobs/" + id, clerk, PASSWORD)
                        .json()
                        .get("state")
                        .asString()
                        .equals("CANCELLED"));
        var job =
                client.get(API + "/petition-import-jobs/" + id, clerk, PASSWORD).json();
        assertThat(job.get("rowsDone").asInt()).isBetween(1, 199_999);
        assertThat(job.get("imported").asInt()).isEqualTo(job.get("rowsDone").asInt());
        assertThat(job.get("totalRows").asInt()).isEqualTo(200_000);
        Thread.sleep(2_000);
        var later =
                client.get(API + "/petition-import-jobs/" + id, clerk, PASSWORD).json();
        assertThat(later.get("rowsDone").asInt())
                .as("nothing runs after the cancel")
                .isEqualTo(job.get("rowsDone").asInt());
        var council = councils.requireBySlug(SLUG).id();
        Long stored = Tenancy.call(
                TenantScope.staffOf(council),
                () -> transactions.execute(tx -> jdbc.sql("select count(*) from petition where content like :like")
                        .param("like", "%mã " + marker)
                        .query(Long.class)
                        .single()));
        assertThat(stored)
                .as("the petitions stored are the rows imported before the cancel")
                .isEqualTo((long) job.get("imported").asInt());
        var again = client.request("POST", API + "/petition-import-jobs/" + id + "/cancel", null, clerk, PASSWORD);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body()).contains("đã kết thúc");
    }

    @Test
    void aJobLeftRunningByAKilledInstanceIsResumedAfterItsLastBatch() {
        var csv = new StringBuilder("Nội dung\n");
        String marker = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 1; i <= 30; i++) {
            csv.append("Đề nghị lắp đèn đường ngõ ")
                    .append(i)
                    .append(" mã ")
                    .append(marker)
                    .append('\n');
        }
        var web = new WebSession(client);
        web.signIn(clerk, PASSWORD);
        // uploaded on the page (not started), then made to look like a run killed after 10 rows
        var uploaded = client.postMultipart(
                API + "/petition-import-jobs",
                List.of(TestClient.Part.file("file", "x.csv", "text/csv", "a\n".getBytes(StandardCharsets.UTF_8))),
                clerk,
                PASSWORD);
        assertThat(uploaded.status()).isEqualTo(400);
        assertThat(uploaded.body()).contains("Hãy chọn tệp danh sách");
        var upload = web.submit(
                "/app/councils/" + SLUG + "/petitions/import", "/app/councils/" + SLUG + "/petitions/import", Map.of());
        assertThat(upload.status()).isEqualTo(400);
        var council = councils.requireBySlug(SLUG).id();
        UUID id = UUID.randomUUID();
        Tenancy.run(
                TenantScope.staffOf(council),
                () -> transactions.executeWithoutResult(tx -> jdbc.sql("""
                        insert into petition_import_job (id, council_id, file_name, file_sha256, content, mapping, state,
                               total_rows, rows_done, imported, created_by, started_at, heartbeat_at)
                        values (:id, :council, 'bi-ngat.csv', repeat('0', 64), :content, E'content=Nội dung\\n', 'RUNNING',
                               30, 10, 10, 'test', now() - interval '1 hour', now() - interval '1 hour')""")
                        .param("id", id)
                        .param("council", council.value())
                        .param("content", csv.toString().getBytes(StandardCharsets.UTF_8))
                        .update()));
        assertThat(recovery.resumeStale()).isGreaterThanOrEqualTo(1);
        await().atMost(Duration.ofMinutes(1))
                .until(() -> client.get(API + "/petition-import-jobs/" + id, clerk, PASSWORD)
                        .json()
                        .get("state")
                        .asString()
                        .equals("DONE"));
        var job =
                client.get(API + "/petition-import-jobs/" + id, clerk, PASSWORD).json();
        assertThat(job.get("rowsDone").asInt()).isEqualTo(30);
        assertThat(job.get("imported").asInt())
                .as("10 before the restart, 20 after")
                .isEqualTo(30);
        Long stored = Tenancy.call(
                TenantScope.staffOf(council),
                () -> transactions.execute(tx -> jdbc.sql("select count(*) from petition where content like :like")
                        .param("like", "%mã " + marker)
                        .query(Long.class)
                        .single()));
        assertThat(stored)
                .as("the 20 rows after the last batch; the 10 before were done by the killed run")
                .isEqualTo(20L);
    }

    static String csrf(String html) {
        var m = java.util.regex.Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"")
                .matcher(html);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    static String linkToIssue(String html) {
        var m = java.util.regex.Pattern.compile("href=\"(/app/councils/[^\"]+/petitions/issues/[0-9a-f-]+)\"")
                .matcher(html);
        assertThat(m.find()).as("a petition of the meeting links its issue").isTrue();
        return m.group(1);
    }

    static byte[] docx() throws IOException {
        try (var document = new XWPFDocument();
                var out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("BIÊN BẢN TIẾP XÚC CỬ TRI");
            document.createParagraph().createRun().setText("Ý kiến của cử tri:");
            document.createParagraph()
                    .createRun()
                    .setText("Cử tri Trần Văn Khoa (thôn Nam) kiến nghị sửa chữa cầu tràn qua suối.");
            document.createParagraph()
                    .createRun()
                    .setText("Cử tri Vũ Thị Hằng (thôn Nam) phản ánh: trường mầm non thiếu phòng học.");
            document.write(out);
            return out.toByteArray();
        }
    }

    static byte[] scannedPdf() throws IOException {
        try (var document = new PDDocument();
                var out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        }
    }

    static byte[] bigWorkbook(int rows, String marker) throws IOException {
        try (var workbook = new SXSSFWorkbook(100);
                var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("Kiến nghị");
            var header = sheet.createRow(0);
            header.createCell(0).setCellValue("Nội dung kiến nghị");
            header.createCell(1).setCellValue("Thôn");
            for (int r = 1; r <= rows; r++) {
                var row = sheet.createRow(r);
                row.createCell(0).setCellValue("Đề nghị nạo vét kênh mương nội đồng đoạn " + r + " mã " + marker);
                row.createCell(1).setCellValue("thôn " + (r % 9 + 1));
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
