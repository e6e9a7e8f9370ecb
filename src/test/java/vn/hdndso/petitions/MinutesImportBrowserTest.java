package vn.hdndso.petitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import vn.hdndso.support.BrowserTest;
import vn.hdndso.support.TestClient;

/**
 * A clerk of Phú Liên on a phone and a desktop: turns pasted minutes into petitions on the review page,
 * and follows a large import's progress, then stops it.
 */
class MinutesImportBrowserTest extends BrowserTest {

    static final String SLUG = "phu-lien";
    static final String PASSWORD = "Minutes-Browser-2026";

    @AfterEach
    void backToThePhone() {
        usePhoneViewport();
    }

    @Test
    void minutesReviewAndImportProgressOnAPhoneAndADesktop() throws Exception {
        String clerk = TestClient.uniqueUsername("mib.clerk");
        client.createUser(SLUG, clerk, PASSWORD, "Thư ký Phú Liên", "CLERK");
        var meeting = client.postJson(
                "/api/v1/councils/" + SLUG + "/voter-meetings",
                Map.of(
                        "title",
                                "Tiếp xúc cử tri khu phố Tân Lập "
                                        + UUID.randomUUID().toString().substring(0, 4),
                        "format", "IN_PERSON",
                        "place", "Hội trường khu phố Tân Lập",
                        "heldOn", "2026-08-05",
                        "timing", "AFTER"),
                clerk,
                PASSWORD);
        assertThat(meeting.status()).as(meeting.body()).isEqualTo(201);
        String meetingId = meeting.json().get("id").asString();

        open("/login");
        find("#username").sendKeys(clerk);
        find("#password").sendKeys(PASSWORD);
        find("form.stack button[type=submit]").click();
        waitUntil(d -> currentPath().equals("/app") || currentPath().startsWith("/app/"));

        open("/app/councils/" + SLUG + "/petitions/meetings/" + meetingId);
        find("#minutes-review-link").click();
        waitUntil(d -> currentPath().endsWith("/minutes/review"));
        String minutes = MinutesSplitterUnitTest.minutes("bien-ban-danh-so.txt");
        ((JavascriptExecutor) browser())
                .executeScript("document.getElementById('minutes-text').value = arguments[0];", minutes);
        find("form.stack button[type=submit].primary").click();
        waitUntil(d -> !d.findElements(By.cssSelector("#proposals")).isEmpty());
        assertThat(browser().findElements(By.cssSelector("article.proposal"))).hasSize(7);
        assertThat(find("#voters0").getAttribute("value")).isEqualTo("Hoàng Văn Sơn");
        assertThat(scrollWidth()).isLessThanOrEqualTo(VIEWPORT_WIDTH);
        screenshot("minutes-review-390");
        useViewport(1366, 900);
        screenshot("minutes-review-1366");
        find("input[name=drop5]").click();
        find("input[name=merge1]").click();
        find("#proposals button[type=submit].primary").click();
        waitUntil(d -> currentPath().endsWith("/petitions/meetings/" + meetingId));
        assertThat(find("main").getText()).contains("Đã tạo 5 kiến nghị từ biên bản");
        usePhoneViewport();

        var csv = new StringBuilder("Nội dung kiến nghị,Thôn\n");
        for (int i = 1; i <= 30_000; i++) {
            csv.append("Đề nghị sửa rãnh thoát nước đoạn ").append(i).append(",khu phố Tân Lập\n");
        }
        var started = client.postMultipart(
                "/api/v1/councils/" + SLUG + "/petition-import-jobs",
                List.of(TestClient.Part.file(
                        "file",
                        "danh-sach-khu-pho.csv",
                        "text/csv",
                        csv.toString().getBytes(StandardCharsets.UTF_8))),
                clerk,
                PASSWORD);
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        String job = started.json().get("id").asString();
        open("/app/councils/" + SLUG + "/petitions/import/jobs/" + job);
        // the first batches are under 1 % of 30,000 rows: wait for rows processed, not for the percentage
        waitUntil(d -> d.findElement(By.id("import-counts")).getText().matches(".*xử lý [1-9].*"));
        assertThat(find("#import-state").getText()).isEqualTo("Đang nhập");
        assertThat(scrollWidth()).isLessThanOrEqualTo(VIEWPORT_WIDTH);
        screenshot("import-progress-390");
        useViewport(1366, 900);
        screenshot("import-progress-1366");
        find("#cancel-import").click();
        waitUntil(d -> d.findElement(By.id("import-state")).getText().equals("Đã dừng theo yêu cầu"));
        // the cancel reloads the page, and ChromeDriver's phone emulation comes back with it
        useViewport(1366, 900);
        screenshot("import-cancelled-1366");
    }
}
