package vn.hdndso.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.support.ui.Select;
import vn.hdndso.support.BrowserTest;

/**
 * On a phone, in Phường Chu Văn An: a delegate checks in to a running training session, the clerk
 * records the delegate's assessment, and the delegate's public profile shows the level.
 * Screenshots of each page at 390 px and 1366 px.
 */
class TrainingBrowserTest extends BrowserTest {

    static final String SLUG = "chu-van-an";

    @Test
    void aDelegateChecksInTheClerkAssessesAndTheProfileShowsTheLevel() throws IOException {
        String marker = UUID.randomUUID().toString().substring(0, 6);
        TrainingFixture.ensureTerm(client, SLUG);
        String name = "Phạm Thị Hoa " + marker;
        String delegate = TrainingFixture.delegate(client, SLUG, name);
        String delegateUser = TrainingFixture.account(client, SLUG, "tr.browser.daibieu", "DELEGATE", delegate);
        String clerk = TrainingFixture.account(client, SLUG, "tr.browser.clerk", "CLERK", null);
        String title = "Ký số trên điện thoại " + marker;
        String course = TrainingFixture.course(client, SLUG, title);
        String session = TrainingFixture.session(
                client, SLUG, course, TrainingFixture.now().minusMinutes(15), 2);

        signIn(delegateUser);
        open("/app/councils/" + SLUG + "/training");
        assertThat(find("#my-training").getText()).contains(title);
        shoot("mine");
        open("/app/councils/" + SLUG + "/training/sessions/" + session);
        find("#check-in-form button[type=submit]").click();
        waitUntil(d -> find(".alert.ok").getText().contains("Đã điểm danh"));
        assertThat(find("ul.attendees").getText()).contains(name).contains("Tự điểm danh");
        shoot("session-delegate");

        browser().manage().deleteAllCookies();
        signIn(clerk);
        open("/app/councils/" + SLUG + "/training");
        new Select(find("#assessment-delegate")).selectByVisibleText(name);
        new Select(find("#assessment-course")).selectByVisibleText(title);
        new Select(find("#assessment-level")).selectByValue("PROFICIENT");
        ((JavascriptExecutor) browser())
                .executeScript(
                        "arguments[0].value = arguments[1];",
                        find("#assessment-day"),
                        LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString());
        find("#assessment-form button[type=submit]").click();
        waitUntil(d -> find(".alert.ok").getText().contains("Đã ghi kết quả đánh giá"));
        assertThat(find("main").getText()).contains(name);
        shoot("staff-clerk");
        open("/app/councils/" + SLUG + "/training/sessions/" + session);
        find("#import-file").sendKeys(badList(name).toAbsolutePath().toString());
        find("#import-form button[type=submit]").click();
        waitUntil(d -> !browser()
                .findElements(org.openqa.selenium.By.id("import-errors"))
                .isEmpty());
        assertThat(find("#import-errors").getText()).contains("Dòng 3").contains("Không Có Trong Danh Sách");
        shoot("session-import-refused");

        browser().manage().deleteAllCookies();
        open("/" + SLUG + "/dai-bieu/" + delegate);
        assertThat(find("h1").getText()).isEqualTo(name);
        assertThat(find("#training-level").getText()).isEqualTo("Thành thạo");
        assertThat(browser().getPageSource()).doesNotContain("staff-detail");
        shoot("profile");
    }

    java.nio.file.Path badList(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        var file = SCREENSHOTS.resolve("diem-danh-" + UUID.randomUUID() + ".xlsx");
        Files.write(file, TrainingFixture.xlsx(java.util.List.of(name, "Không Có Trong Danh Sách")));
        return file;
    }

    void signIn(String username) {
        open("/login");
        find("#username").sendKeys(username);
        find("#password").sendKeys(TrainingFixture.PASSWORD);
        find("form.stack button[type=submit]").click();
        waitUntil(d -> currentPath().startsWith("/app"));
    }

    /** The page at phone width and at desktop width, full height. */
    void shoot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        var chromium = (ChromiumDriver) browser();
        for (int width : new int[] {VIEWPORT_WIDTH, 1366}) {
            metrics(chromium, width, VIEWPORT_HEIGHT, width == VIEWPORT_WIDTH);
            long height = (Long) ((JavascriptExecutor) browser()).executeScript("return document.body.scrollHeight");
            metrics(chromium, width, (int) Math.min(Math.max(height, VIEWPORT_HEIGHT), 4000), width == VIEWPORT_WIDTH);
            var shot = ((TakesScreenshot) browser())
                    .getScreenshotAs(OutputType.FILE)
                    .toPath();
            Files.move(
                    shot,
                    SCREENSHOTS.resolve("training-" + name + "-" + width + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        }
        metrics(chromium, VIEWPORT_WIDTH, VIEWPORT_HEIGHT, true);
    }

    static void metrics(ChromiumDriver chromium, int width, int height, boolean mobile) {
        chromium.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
    }
}
