package vn.hdndso.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import vn.hdndso.documents.TestPdfs;
import vn.hdndso.support.BrowserTest;
import vn.hdndso.support.TestClient;

/**
 * On a phone (390 px): the delegate's session page shows the whole agenda with each item's papers
 * and what is unread, the pack reader shows a page's text and finds words in it, and the clerk
 * records attendance; a date is written day/month/year. Full-page screenshots at 390 and 1366 px are saved under
 * target/screenshots (sessui-*.png).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SessionWorkBrowserTest extends BrowserTest {

    SessionFixture council;
    String session;
    String reportPaper;

    @BeforeAll
    void aSessionWithAnAgendaAndAPack() {
        council = SessionFixture.withDelegates(client, SessionTestCouncils.WORK_BROWSER, 2);
        session = council.sessionInProgress("Kỳ họp thứ mười một (trên điện thoại)");
        var report = client.postJson(
                council.base() + "/" + session + "/agenda-items",
                Map.of("title", "Báo cáo tình hình kinh tế - xã hội năm 2026", "motion", false),
                council.clerk,
                SessionFixture.PASSWORD);
        String reportItem = report.json().get("id").asString();
        council.motion(session, "Tờ trình dự toán ngân sách địa phương năm 2027", "MORE_THAN_HALF_OF_ALL");
        reportPaper = upload("Báo cáo kinh tế - xã hội");
        upload("Chương trình kỳ họp");
        client.request(
                "PUT",
                council.base() + "/" + session + "/pack/" + reportPaper + "/agenda-item",
                "{\"agendaItemId\":\"" + reportItem + "\"}",
                council.clerk,
                SessionFixture.PASSWORD);
    }

    String upload(String title) {
        return client.postMultipart(
                        council.base() + "/" + session + "/pack",
                        List.of(
                                TestClient.Part.file(
                                        "file", "tai-lieu.pdf", "application/pdf", TestPdfs.plan(title, 2)),
                                new TestClient.Part(
                                        "title",
                                        null,
                                        "text/plain; charset=UTF-8",
                                        title.getBytes(java.nio.charset.StandardCharsets.UTF_8))),
                        council.clerk,
                        SessionFixture.PASSWORD)
                .json()
                .get("id")
                .asString();
    }

    void signIn(String username) {
        browser().manage().deleteAllCookies();
        open("/login");
        find("#username").sendKeys(username);
        find("#password").sendKeys(SessionFixture.PASSWORD);
        find("form.stack button[type=submit]").click();
        waitUntil(d -> currentPath().startsWith("/app"));
    }

    @Test
    void theDelegateSeesTheWholeAgendaWithPapersAndReadsAPaperAsText() throws IOException {
        signIn(council.delegates.getFirst());
        open("/app/councils/" + council.slug + "/my-sessions/" + session);
        List<WebElement> items = browser().findElements(By.cssSelector(".agenda-line"));
        assertThat(items).hasSize(2);
        assertThat(items.get(0).findElement(By.cssSelector("h3")).getText())
                .startsWith("1. Báo cáo tình hình kinh tế - xã hội năm 2026");
        assertThat(items.get(0).findElement(By.cssSelector(".paper a")).getText())
                .isEqualTo("Báo cáo kinh tế - xã hội");
        assertThat(items.get(0)
                        .findElement(By.cssSelector(".paper .badge.unread"))
                        .isDisplayed())
                .isTrue();
        assertThat(find(".unread-summary").getText()).isEqualTo("Bạn còn 2 tài liệu chưa đọc.");
        assertThat(items.get(1).findElement(By.cssSelector(".vote-state")).getText())
                .contains("Chưa biểu quyết");
        assertThat(items.get(1).findElements(By.cssSelector("button.vote")).stream()
                        .noneMatch(WebElement::isDisplayed))
                .as("no vote buttons before the vote is opened")
                .isTrue();
        assertThat(pageWidth()).isLessThanOrEqualTo(VIEWPORT_WIDTH);
        screenshots("delegate-session");

        items.get(0).findElement(By.cssSelector(".paper a")).click();
        waitUntil(d -> find("h1").getText().equals("Báo cáo kinh tế - xã hội"));
        assertThat(find(".reader .pages figure.page img").getAttribute("srcset"))
                .contains("scale=3 2730w");
        screenshots("reader-pages");
        browser().findElement(By.linkText("Văn bản chữ")).click();
        waitUntil(d ->
                !browser().findElements(By.cssSelector("article.page-text")).isEmpty());
        find("#reader-q").sendKeys("nghi quyet");
        find(".reader-search button[type=submit]").click();
        waitUntil(d -> !browser()
                .findElements(By.cssSelector("article.page-text mark"))
                .isEmpty());
        assertThat(find("article.page-text mark").getText()).isEqualTo("Nghị quyết");
        assertThat(find(".reader-matches").getText()).startsWith("Tìm thấy");
        // the text is readable on the phone: large enough and never wider than the screen
        assertThat(Double.parseDouble(
                        find("article.page-text p").getCssValue("font-size").replace("px", "")))
                .isGreaterThanOrEqualTo(16);
        assertThat(pageWidth()).isLessThanOrEqualTo(VIEWPORT_WIDTH);
        screenshots("reader-text");

        open("/app/councils/" + council.slug + "/my-sessions/" + session);
        assertThat(find(".unread-summary").getText()).isEqualTo("Bạn còn 1 tài liệu chưa đọc.");
        assertThat(find(".agenda-line .paper .badge.ok").getText()).isEqualTo("Đã đọc");
    }

    @Test
    void theClerkRecordsAttendanceOnThePhone() throws IOException {
        signIn(council.clerk);
        open("/app/councils/" + council.slug + "/sessions/" + session);
        assertThat(find("ol.steps").getText()).contains("Việc của Chủ tọa", "Việc của Thư ký");
        String row = "ul.attendance li:nth-child(2) ";
        find(row + "button[value=EXCUSED]").click();
        waitUntil(d -> find(".alert.ok").getText().equals("Đã ghi nhận đại biểu vắng có lý do."));
        assertThat(find(row + ".badge").getText()).isEqualTo("Vắng có lý do");
        assertThat(find(row + "button[value=EXCUSED]").getAttribute("aria-pressed"))
                .isEqualTo("true");
        find("ul.attendance li:nth-child(1) button[value=PRESENT]").click();
        waitUntil(d -> find(".alert.ok").getText().equals("Đã ghi nhận đại biểu có mặt."));
        assertThat(find("[data-live-present]").getText()).isEqualTo("1");
        assertThat(browser().getPageSource()).doesNotContain("cần bật JavaScript");
        assertThat(pageWidth()).isLessThanOrEqualTo(VIEWPORT_WIDTH);
        ((JavascriptExecutor) browser()).executeScript("document.getElementById('attendance').scrollIntoView();");
        screenshots("clerk-console");
    }

    @Test
    void datesAreWrittenDayMonthYearWhateverTheBrowsersLanguage() {
        signIn(council.clerk);
        open("/app/councils/" + council.slug + "/sessions");
        browser().findElements(By.cssSelector("details:not([open]) > summary")).forEach(WebElement::click);
        WebElement startsAt = find("#startsAt");
        assertThat(startsAt.getAttribute("type")).isEqualTo("text");
        assertThat(startsAt.getAttribute("placeholder")).isEqualTo("dd/mm/yyyy giờ:phút");
        find("#title").sendKeys("Kỳ họp ghi ngày kiểu Việt Nam");
        startsAt.sendKeys("31/13/2026 08:30");
        assertThat((String) ((JavascriptExecutor) browser())
                        .executeScript("return document.getElementById('startsAt').validationMessage;"))
                .contains("ngày/tháng/năm");
        startsAt.sendKeys(Keys.chord(Keys.CONTROL, "a"), "31/12/2026 08:30");
        assertThat(find("input[type=hidden][name=startsAt]").getAttribute("value"))
                .isEqualTo("2026-12-31T08:30");
        startsAt.submit();
        waitUntil(d -> currentPath().matches("/app/councils/[a-z-]+/sessions/[0-9a-f-]{36}"));
        assertThat(find("dl.facts").getText()).contains("31/12/2026 08:30");
    }

    private long pageWidth() {
        return (Long) ((JavascriptExecutor) browser()).executeScript("return document.documentElement.scrollWidth;");
    }

    /** Full-page screenshots at the phone's width and at a laptop's. */
    private void screenshots(String name) throws IOException {
        var chrome = (ChromeDriver) browser();
        Files.createDirectories(SCREENSHOTS);
        for (int width : new int[] {VIEWPORT_WIDTH, 1366}) {
            chrome.executeCdpCommand(
                    "Emulation.setDeviceMetricsOverride",
                    Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", width < 600));
            long height = (Long) ((JavascriptExecutor) browser())
                    .executeScript("return Math.min(6000, document.documentElement.scrollHeight);");
            chrome.executeCdpCommand(
                    "Emulation.setDeviceMetricsOverride",
                    Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
            Object shot = chrome.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png"))
                    .get("data");
            Files.write(
                    SCREENSHOTS.resolve("sessui-" + name + "-" + width + ".png"),
                    Base64.getDecoder().decode(String.valueOf(shot)));
        }
        chrome.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", VIEWPORT_WIDTH, "height", VIEWPORT_HEIGHT, "deviceScaleFactor", 1, "mobile", true));
    }
}
