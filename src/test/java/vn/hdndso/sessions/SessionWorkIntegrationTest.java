package vn.hdndso.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hdndso.documents.TestPdfs;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;
import vn.hdndso.support.WebSession;

/**
 * Sessions as the people who use them see them (issue 19): the delegate reads the whole agenda
 * with each item's papers and what is unread and, once a vote is closed, their own vote; the pack
 * reader gives each page's text, searchable, and sharp page images; the clerk sees the steps and
 * whose they are, records attendance, and gets the minutes and the recording after the sitting.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SessionWorkIntegrationTest {

    @Autowired
    TestClient client;

    SessionFixture council;

    @BeforeAll
    void aCouncilOfThreeDelegates() {
        council = SessionFixture.withDelegates(client, SessionTestCouncils.WORK, 3);
    }

    String report(String session, String title) {
        var item = client.postJson(
                council.base() + "/" + session + "/agenda-items",
                Map.of("title", title, "motion", false),
                council.clerk,
                SessionFixture.PASSWORD);
        assertThat(item.status()).as(item.body()).isEqualTo(201);
        return item.json().get("id").asString();
    }

    String upload(String session, String title) {
        var added = client.postMultipart(
                council.base() + "/" + session + "/pack",
                List.of(TestClient.Part.file("file", "tai-lieu.pdf", "application/pdf", TestPdfs.plan(title, 2))),
                council.clerk,
                SessionFixture.PASSWORD);
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        return added.json().get("id").asString();
    }

    TestClient.Response assign(String session, String document, String item) {
        return client.request(
                "PUT",
                council.base() + "/" + session + "/pack/" + document + "/agenda-item",
                item == null ? "{\"agendaItemId\":null}" : "{\"agendaItemId\":\"" + item + "\"}",
                council.clerk,
                SessionFixture.PASSWORD);
    }

    @Test
    void theDelegateReadsTheWholeAgendaWithEachItemsPapersWhatIsUnreadAndTheirOwnVote() {
        String session = council.sessionInProgress("Kỳ họp thường lệ cuối năm (đại biểu)");
        String report = report(session, "Báo cáo tình hình kinh tế - xã hội năm 2026");
        String motion = council.motion(session, "Tờ trình dự toán ngân sách năm 2027", "MORE_THAN_HALF_OF_ALL");
        String later = council.motion(session, "Tờ trình kế hoạch đầu tư công", "MORE_THAN_HALF_OF_ALL");
        String reportPaper = upload(session, "Báo cáo kinh tế xã hội");
        String generalPaper = upload(session, "Chương trình kỳ họp");
        var assigned = assign(session, reportPaper, report);
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
        assertThat(assigned.json().get("agendaItemId").asString()).isEqualTo(report);

        var delegate = new WebSession(client);
        delegate.signIn(council.delegates.getFirst(), SessionFixture.PASSWORD);
        String view = "/app/councils/" + council.slug + "/my-sessions/" + session;
        String page = delegate.get(view).body();
        // the whole agenda, not only the motions: the report is item 1
        assertThat(page)
                .contains(
                        "1. Báo cáo tình hình kinh tế - xã hội năm 2026",
                        "2. Tờ trình dự toán ngân sách năm 2027",
                        "3. Tờ trình kế hoạch đầu tư công",
                        "Bạn còn 2 tài liệu chưa đọc.",
                        "Tài liệu chung của kỳ họp");
        String reportLine = between(page, "id=\"item-" + report + "\"", "id=\"item-" + motion + "\"");
        assertThat(reportLine).contains("/pack/" + reportPaper, "Chưa đọc").doesNotContain("/pack/" + generalPaper);
        assertThat(between(page, "id=\"item-" + motion + "\"", "id=\"item-" + later + "\""))
                .contains("Nội dung này không có tài liệu kèm theo.");

        // reading the paper marks it read
        assertThat(delegate.get("/app/councils/" + council.slug + "/sessions/" + session + "/pack/" + reportPaper)
                        .status())
                .isEqualTo(200);
        page = delegate.get(view).body();
        assertThat(page).contains("Bạn còn 1 tài liệu chưa đọc.");
        assertThat(between(page, "id=\"item-" + report + "\"", "id=\"item-" + motion + "\""))
                .contains("Đã đọc")
                .doesNotContain("Chưa đọc");

        // a motion whose vote has not been opened says so, and shows no buttons
        String laterLine = page.substring(page.indexOf("id=\"item-" + later + "\""));
        assertThat(laterLine).contains("Chưa biểu quyết");
        assertThat(Pattern.compile(
                                "<span data-when-passed=\"false\" data-final=\"false\" class=\"badge\" hidden=\"hidden\">")
                        .matcher(laterLine)
                        .find())
                .as("'not enough votes' is hidden while the vote was never opened")
                .isTrue();
        assertThat(between(laterLine, "<form", "</form>")).contains("hidden=\"hidden\"");

        // after the vote closes: "Your vote: in favour" and no buttons
        council.open(session, motion);
        delegate.submit(view, view + "/items/" + motion + "/vote", Map.of("choice", "YES"));
        council.close(session, motion);
        page = delegate.get(view).body();
        String motionLine = between(page, "id=\"item-" + motion + "\"", "id=\"item-" + later + "\"");
        assertThat(motionLine).contains("Phiếu của bạn:", "<strong data-my-choice>Tán thành</strong>");
        assertThat(motionLine).doesNotContain("data-vote", "button");
        // another delegate who did not vote is told so
        var other = new WebSession(client);
        other.signIn(council.delegates.get(1), SessionFixture.PASSWORD);
        assertThat(between(other.get(view).body(), "id=\"item-" + motion + "\"", "id=\"item-" + later + "\""))
                .contains("Bạn không bỏ phiếu nội dung này.");
    }

    @Test
    void aFormSentWithoutAFileIsAskedForOne() {
        String session = council.sessionInProgress("Kỳ họp không chọn tệp");
        var refused = client.postMultipart(
                council.base() + "/" + session + "/pack",
                List.of(TestClient.Part.file("file", "", "application/octet-stream", new byte[0])),
                council.clerk,
                SessionFixture.PASSWORD);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("file");
        assertThat(refused.body()).contains("Hãy chọn tệp.").doesNotContain("0 byte");
    }

    @Test
    void aPaperIsTiedOnlyToAnItemOfItsOwnSession() {
        String session = council.sessionInProgress("Kỳ họp gắn tài liệu");
        String elsewhere = council.sessionInProgress("Kỳ họp khác");
        String foreignItem = report(elsewhere, "Nội dung của kỳ họp khác");
        String paper = upload(session, "Phụ lục");
        var refused = assign(session, paper, foreignItem);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("agendaItemId");
        String item = report(session, "Nội dung của kỳ họp này");
        assertThat(assign(session, paper, item).json().get("agendaItemId").asString())
                .isEqualTo(item);
        var untied = assign(session, paper, null);
        assertThat(untied.status()).isEqualTo(200);
        assertThat(untied.json().get("agendaItemId").isNull()).isTrue();
    }

    @Test
    void thePackReaderGivesEachPagesTextSearchableWithoutDiacriticsAndSharpPageImages() throws Exception {
        String session = council.sessionInProgress("Kỳ họp đọc tài liệu");
        String paper = upload(session, "Kế hoạch chuyển đổi số");
        var delegate = new WebSession(client);
        delegate.signIn(council.delegates.get(2), SessionFixture.PASSWORD);
        String reader = "/app/councils/" + council.slug + "/sessions/" + session + "/pack/" + paper;

        String text = delegate.get(reader + "?view=text&q=nghi+quyet").body();
        assertThat(text)
                .contains("Kế hoạch chuyển đổi số", "<mark>Nghị quyết</mark>", "Tìm thấy", "Trang 1/")
                .doesNotContain("<img");
        var api = client.get(
                council.base() + "/" + session + "/pack/" + paper + "/text",
                council.delegates.get(2),
                SessionFixture.PASSWORD);
        assertThat(api.status()).isEqualTo(200);
        assertThat(api.json().get("pages").size()).isGreaterThanOrEqualTo(2);
        assertThat(api.json().get("pages").get(0).asString()).contains("Nghị quyết số 57-NQ/TW");
        assertThat(delegate.get(reader + "?view=text&q=khong+co+dau+vet").body())
                .contains("Không có “khong co dau vet” trong tài liệu.");

        String pages = delegate.get(reader + "?zoom=2").body();
        assertThat(pages).contains("class=\"pages zoom-2\"", "?scale=2 1820w", "?scale=3 2730w");
        String image = "/app/councils/" + council.slug + "/sessions/" + session + "/pack/" + paper + "/pages/1.png";
        var browser = new FormUpload(client.baseUrl(), council.delegates.get(2), SessionFixture.PASSWORD);
        var normal = browser.bytes(image);
        var sharp = browser.bytes(image + "?scale=3");
        assertThat(normal.statusCode()).isEqualTo(200);
        int width = ImageIO.read(new ByteArrayInputStream(normal.body())).getWidth();
        assertThat(ImageIO.read(new ByteArrayInputStream(sharp.body())).getWidth())
                .isBetween(3 * width - 3, 3 * width + 3);
        assertThat(browser.bytes(image + "?scale=9").statusCode()).isEqualTo(404);
    }

    @Test
    void theClerkSeesWhoseStepItIsRecordsAttendanceAndGetsMinutesAndRecordingAfterTheSitting() throws Exception {
        var created = client.postJson(
                council.base(),
                Map.of("title", "Kỳ họp của thư ký", "startsAt", "2026-12-28T08:00:00+07:00", "kind", "REGULAR"),
                council.clerk,
                SessionFixture.PASSWORD);
        String session = created.json().get("id").asString();
        String console = "/app/councils/" + council.slug + "/sessions/" + session;
        var clerk = new WebSession(client);
        clerk.signIn(council.clerk, SessionFixture.PASSWORD);
        var chair = new WebSession(client);
        chair.signIn(council.chair, SessionFixture.PASSWORD);

        String planned = clerk.get(console).body();
        assertThat(planned)
                .contains(
                        "Việc của Chủ tọa",
                        "Chủ tọa triệu tập kỳ họp",
                        "Biên bản và bản ghi hình được chuẩn bị sau khi kỳ họp bế mạc.")
                .doesNotContain(
                        console + "/convene",
                        "minutes.pdf",
                        "recording-upload",
                        "cần bật JavaScript",
                        "attendance-choice");
        assertThat(chair.get(console).body()).contains(console + "/convene\"", "Triệu tập (công khai, gửi giấy mời)");

        client.request(
                "POST", council.base() + "/" + session + "/convene", null, council.chair, SessionFixture.PASSWORD);
        String convened = clerk.get(console).body();
        assertThat(convened)
                .contains("Chủ tọa khai mạc kỳ họp", "attendance-choice")
                .doesNotContain(console + "/start");

        var roll = client.get(council.base() + "/" + session + "/attendance")
                .json()
                .get("delegates");
        String first = roll.get(0).get("delegateId").asString();
        String second = roll.get(1).get("delegateId").asString();
        String third = roll.get(2).get("delegateId").asString();
        assertThat(roll.get(0).get("status").asString()).isEqualTo("NOT_RECORDED");
        var marked = clerk.submit(console, console + "/attendance/" + first, Map.of("status", "PRESENT"));
        assertThat(WebSession.redirectPath(marked)).isEqualTo(console);
        clerk.submit(console, console + "/attendance/" + second, Map.of("status", "EXCUSED"));
        var absent = client.request(
                "PUT",
                council.base() + "/" + session + "/attendance/" + third,
                "{\"status\":\"ABSENT\"}",
                council.clerk,
                SessionFixture.PASSWORD);
        assertThat(absent.status()).as(absent.body()).isEqualTo(200);
        var attendance =
                client.get(council.base() + "/" + session + "/attendance").json();
        assertThat(attendance.get("present").asInt()).isEqualTo(1);
        var statuses = new java.util.HashMap<String, String>();
        attendance
                .get("delegates")
                .forEach(d -> statuses.put(
                        d.get("delegateId").asString(), d.get("status").asString()));
        assertThat(statuses)
                .containsEntry(first, "PRESENT")
                .containsEntry(second, "EXCUSED")
                .containsEntry(third, "ABSENT");
        assertThat(clerk.get(console).body()).contains("Vắng có lý do", "Đã ghi nhận đại biểu vắng có lý do.");

        // the absent delegate arrives and checks in: no longer absent
        client.request(
                "PUT",
                council.base() + "/" + session + "/attendance/" + third,
                "{\"status\":\"PRESENT\"}",
                council.clerk,
                SessionFixture.PASSWORD);
        var later = client.get(council.base() + "/" + session + "/attendance").json();
        assertThat(later.get("present").asInt()).isEqualTo(2);
        var bad = client.request(
                "PUT",
                council.base() + "/" + session + "/attendance/" + third,
                "{\"status\":\"MAYBE\"}",
                council.clerk,
                SessionFixture.PASSWORD);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.header("Content-Type")).contains("application/problem+json");

        client.request("POST", council.base() + "/" + session + "/start", null, council.chair, SessionFixture.PASSWORD);
        client.request("POST", council.base() + "/" + session + "/close", null, council.chair, SessionFixture.PASSWORD);
        String closed = clerk.get(console).body();
        assertThat(closed)
                .contains(
                        "minutes.pdf",
                        "id=\"recording-upload\"",
                        "enctype=\"multipart/form-data\"",
                        console + "/recording\"")
                .doesNotContain("cần bật JavaScript", "attendance-choice");

        // the recording form works without JavaScript: the file goes in one request
        var form = new FormUpload(client.baseUrl(), council.clerk, SessionFixture.PASSWORD);
        var empty = form.send(console, console + "/recording", "", "application/octet-stream", new byte[0]);
        assertThat(empty.statusCode()).isEqualTo(302);
        assertThat(form.get(console)).contains("Hãy chọn tệp.");
        var sent = form.send(
                console, console + "/recording", "ky-hop.mp4", "video/mp4", SessionLiveIntegrationTest.fakeMp4(70_000));
        assertThat(sent.statusCode()).isEqualTo(302);
        assertThat(form.get(console)).contains("Đã đăng bản ghi hình.", "/ky-hop/" + session + "/ghi-hinh");
        assertThat(client.getBytes("/" + council.slug + "/ky-hop/" + session + "/ghi-hinh", null, null)
                        .body())
                .hasSize(70_000);
    }

    private static String between(String page, String from, String to) {
        int start = page.indexOf(from);
        assertThat(start).as("%s on the page", from).isNotNegative();
        int end = page.indexOf(to, start);
        return end < 0 ? page.substring(start) : page.substring(start, end);
    }
}
