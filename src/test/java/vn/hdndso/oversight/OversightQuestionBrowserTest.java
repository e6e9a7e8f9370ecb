package vn.hdndso.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.support.ui.Select;
import vn.hdndso.support.BrowserTest;
import vn.hdndso.support.TestClient;

/**
 * On a phone, in Phường Nam Đồng: a delegate asks the Phòng Kinh tế a question, the officer of that
 * unit answers it with a commitment, and the public tracker shows the question, the answer and the
 * open commitment. Screenshots of each page at 390 px and 1366 px.
 */
class OversightQuestionBrowserTest extends BrowserTest {

    static final String SLUG = "nam-dong";

    @Test
    void aDelegateAsksTheOfficerAnswersWithACommitmentAndThePublicTrackerShowsIt() throws IOException {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String unit = OversightFixture.unit(client, SLUG, "Phòng Kinh tế Nam Đồng " + marker);
        String delegate = OversightFixture.account(client, SLUG, "ov.browser.delegate", "DELEGATE");
        String officer = OversightFixture.account(client, SLUG, "ov.browser.officer", "EXECUTIVE_OFFICER", unit, null);
        String question = "Khi nào phủ sóng wifi miễn phí tại nhà văn hóa các thôn? (" + marker + ")";
        String due = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(60).toString();

        signIn(delegate);
        open("/app/councils/" + SLUG + "/oversight");
        new Select(find("#ask-addressedTo")).selectByVisibleText("Phòng Kinh tế Nam Đồng " + marker);
        find("#ask-text").sendKeys(question);
        find("#ask-form button[type=submit]").click();
        waitUntil(d -> find(".alert.ok").getText().contains("Đã gửi câu hỏi chất vấn"));
        assertThat(browser().getPageSource()).contains(question);
        shoot("staff-delegate");

        browser().manage().deleteAllCookies();
        signIn(officer);
        open("/app/councils/" + SLUG + "/oversight");
        WebElement card = browser().findElements(By.cssSelector("li.question")).stream()
                .filter(e -> e.getText().contains(marker))
                .findFirst()
                .orElseThrow();
        card.findElement(By.cssSelector("textarea[name=text]"))
                .sendKeys("Ủy ban sẽ lắp wifi tại 12 nhà văn hóa trong quý tới.");
        card.findElement(By.cssSelector("input[name=commitmentText]")).sendKeys("Lắp wifi tại 12 nhà văn hóa thôn");
        ((JavascriptExecutor) browser())
                .executeScript(
                        "arguments[0].value = arguments[1];",
                        card.findElement(By.cssSelector("input[name=commitmentDue]")),
                        due);
        shoot("staff-officer-answering");
        card.findElement(By.cssSelector("form.answer-form button[type=submit]")).click();
        waitUntil(d -> find(".alert.ok").getText().contains("Đã gửi trả lời"));

        browser().manage().deleteAllCookies();
        open("/" + SLUG + "/chat-van");
        String tracker = find("main").getText();
        assertThat(tracker).contains(question);
        assertThat(tracker).contains("Ủy ban sẽ lắp wifi tại 12 nhà văn hóa trong quý tới.");
        assertThat(tracker).contains("Lắp wifi tại 12 nhà văn hóa thôn").contains("Đang thực hiện");
        shoot("tracker");
        browser().findElements(By.cssSelector("li.question a")).stream()
                .filter(a -> a.getText().contains(marker))
                .findFirst()
                .orElseThrow()
                .click();
        waitUntil(d -> currentPath().startsWith("/" + SLUG + "/chat-van/"));
        assertThat(find("#answer-text").getText()).contains("12 nhà văn hóa");
        shoot("question");
        var topic = client.postJson(
                "/api/v1/councils/" + SLUG + "/oversight-topics",
                Map.of("title", "Chuyển đổi số tại bộ phận một cửa (" + marker + ")", "year", 2026),
                TestClient.ADMIN,
                TestClient.ADMIN_PASSWORD);
        assertThat(topic.status()).as(topic.body()).isEqualTo(201);
        var recommended = client.postJson(
                "/api/v1/councils/" + SLUG + "/oversight-topics/"
                        + topic.json().get("id").asString() + "/recommendations",
                Map.of("text", "Bố trí máy quét hồ sơ tại bộ phận một cửa", "ownerUnitId", unit, "dueOn", due),
                TestClient.ADMIN,
                TestClient.ADMIN_PASSWORD);
        assertThat(recommended.status()).as(recommended.body()).isEqualTo(201);
        open("/" + SLUG + "/giam-sat");
        assertThat(find("main").getText())
                .contains("Bố trí máy quét hồ sơ tại bộ phận một cửa")
                .contains("Chưa trả lời");
        shoot("results");
    }

    void signIn(String username) {
        open("/login");
        find("#username").sendKeys(username);
        find("#password").sendKeys(OversightFixture.PASSWORD);
        find("form.stack button[type=submit]").click();
        waitUntil(d -> currentPath().startsWith("/app"));
    }

    /** The page at phone width and at desktop width (device metrics set through the DevTools protocol), full height. */
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
                    SCREENSHOTS.resolve("oversight-" + name + "-" + width + ".png"),
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
