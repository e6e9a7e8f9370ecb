package vn.hdndso.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chromium.ChromiumDriver;
import vn.hdndso.documents.TestPdfs;
import vn.hdndso.support.BrowserTest;
import vn.hdndso.support.TestClient;
import vn.hdndso.support.TestClient.Part;

/**
 * On a phone, in Xã Hà Nam: the council's administrator subscribes a receiver (after a wrong try),
 * a document is issued, the receiver first answers 500 and then 200, the delivery log shows both
 * attempts, and the administrator sends the delivery again. Screenshots at 390 px and 1366 px.
 */
class WebhooksBrowserTest extends BrowserTest {

    static final String SLUG = "ha-nam";
    static final String PASSWORD = "Webhook-Browser-2026!";

    @Test
    void anAdministratorSubscribesSeesTheDeliveryLogAndReplays() throws Exception {
        String chair = TestClient.uniqueUsername("wh.browser");
        client.createUser(SLUG, chair, PASSWORD, "Chủ tịch Hà Nam thử", "COUNCIL_ADMIN");
        try (Receiver receiver = Receiver.answering(500, 200)) {
            signIn(chair);
            open("/app/councils/" + SLUG + "/webhooks");
            find("#url").sendKeys("ftp://127.0.0.1/hook");
            find("#secret").sendKeys("ngắn");
            find("form.form button[type=submit]").click();
            waitUntil(d -> find("#url-error").isDisplayed());
            assertThat(find("#url-error").getText()).contains("http:// hoặc https://");
            assertThat(find("main").getText()).contains("ít nhất một sự kiện").contains("16 đến 200");
            assertAccessible();
            shoot("form-errors");

            find("#url").clear();
            find("#url").sendKeys(receiver.url());
            find("#secret").sendKeys("khoa-bi-mat-cua-cong-dich-vu-2026");
            browser()
                    .findElement(By.cssSelector("input[name=events][value=DocumentIssued]"))
                    .click();
            browser()
                    .findElement(By.cssSelector("input[name=events][value=ResolutionIssued]"))
                    .click();
            find("form.form button[type=submit]").click();
            waitUntil(d -> currentPath().matches("/app/councils/" + SLUG + "/webhooks/[0-9a-f-]{36}"));
            assertThat(find(".alert.ok").getText()).contains("Đã đăng ký webhook");

            String document = issue(chair, "Kế hoạch chuyển đổi số thử webhook " + UUID.randomUUID());
            assertThat(receiver.await(2, Duration.ofSeconds(30), r -> r.text().contains(document)))
                    .hasSize(2);
            String detail = currentPath();
            waitUntil(d -> {
                open(detail);
                return find("main").getText().contains("Đã nhận");
            });
            browser().findElements(By.cssSelector("details summary")).forEach(s -> s.click());
            assertThat(find("main").getText())
                    .contains("HTTP 500")
                    .contains("HTTP 200")
                    .contains("Ban hành văn bản");
            assertAccessible();
            shoot("log");

            find("form[action$=replay] button").click();
            waitUntil(d -> find(".alert.ok").getText().contains("gửi lại"));
            assertThat(receiver.await(3, Duration.ofSeconds(20), r -> r.text().contains(document)))
                    .hasSize(3);

            open("/app/councils/" + SLUG + "/webhooks");
            assertThat(find("main").getText()).contains(receiver.url()).contains("Đang hoạt động");
            assertAccessible();
            shoot("list");
        }
        assertThat(contentSecurityPolicyViolations()).isEmpty();
    }

    String issue(String chair, String subject) {
        String base = "/api/v1/councils/" + SLUG + "/documents";
        String metadata = """
                {"typeCode":"KH","issuerSymbol":"HĐND","subject":"%s","signerName":"Trần Văn Thử",
                 "signerPosition":"Chủ tịch HĐND","recipients":["Lưu: VT"]}""".formatted(subject);
        var created = client.postMultipart(
                base,
                List.of(
                        Part.json("metadata", metadata),
                        Part.file("file", "van-ban.pdf", "application/pdf", TestPdfs.plan(subject, 1))),
                chair,
                PASSWORD);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        var issued = client.request("POST", base + "/" + id + "/issue", null, chair, PASSWORD);
        assertThat(issued.status()).as(issued.body()).isEqualTo(200);
        return id;
    }

    void signIn(String username) {
        open("/login");
        find("#username").sendKeys(username);
        find("#password").sendKeys(PASSWORD);
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
                    SCREENSHOTS.resolve("webhooks-" + name + "-" + width + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        }
        metrics(chromium, VIEWPORT_WIDTH, VIEWPORT_HEIGHT, true);
        if (name.equals("list")) {
            assertThat(scrollWidth()).isLessThanOrEqualTo(VIEWPORT_WIDTH);
        }
    }

    static void metrics(ChromiumDriver chromium, int width, int height, boolean mobile) {
        chromium.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
    }
}
