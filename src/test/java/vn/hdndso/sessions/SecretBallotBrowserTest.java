package vn.hdndso.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import vn.hdndso.support.BrowserTest;

/**
 * Issue 14: a delegate votes in a secret ballot on a phone (390 px) while the projector shows how
 * many have voted and nothing else; the result appears on the projector once the chair closes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecretBallotBrowserTest extends BrowserTest {

    SessionFixture council;

    @BeforeAll
    void aCouncilWithDelegates() {
        council = SessionFixture.withDelegates(client, SessionTestCouncils.SECRET, 3);
    }

    @Test
    void aDelegateVotesOnThePhoneWhileTheProjectorShowsCountsOnly() {
        String session = council.sessionInProgress("Kỳ họp bầu cử (thử trên trình duyệt)");
        var item = client.postJson(
                council.item(session),
                Map.of("title", "Bầu Phó Chủ tịch Hội đồng nhân dân", "motion", false),
                council.clerk,
                SessionFixture.PASSWORD);
        String itemId = item.json().get("id").asString();
        String ballot = council.item(session) + "/" + itemId + "/secret-ballot";
        var defined = client.postJson(
                ballot,
                Map.of(
                        "kind",
                        "ELECTION",
                        "seats",
                        1,
                        "candidates",
                        List.of(
                                Map.of("fullName", "Nguyễn Thị Hồng Nhung", "office", "Trưởng ban Văn hóa - Xã hội"),
                                Map.of("fullName", "Trần Quốc Đạt", "office", "Ủy viên Thường trực"))),
                council.clerk,
                SessionFixture.PASSWORD);
        assertThat(defined.status()).as(defined.body()).isEqualTo(201);
        client.request("POST", ballot + "/open", null, council.chair, SessionFixture.PASSWORD);
        int total = client.get(ballot).json().get("totalDelegates").asInt();

        open("/login");
        find("#username").sendKeys(council.delegates.getFirst());
        find("#password").sendKeys(SessionFixture.PASSWORD);
        find("form.stack button[type=submit]").click();
        waitUntil(d -> currentPath().startsWith("/app"));
        open("/app/councils/" + council.slug + "/my-sessions/" + session + "#ballot-" + itemId);
        assertThat(find(".secret-ballots h2").getText()).isEqualTo("Bỏ phiếu kín");
        assertThat(find("#ballot-" + itemId + " .ballot-count").getText())
                .isEqualTo("0/" + total + " đại biểu đã bỏ phiếu");
        browser()
                .findElement(By.cssSelector("#ballot-" + itemId + " label.candidate"))
                .click();
        shot("phone-paper");
        find("#ballot-" + itemId + " button[type=submit]").click();
        waitUntil(d -> !browser()
                .findElements(By.cssSelector("#ballot-" + itemId + " .alert.ok"))
                .isEmpty());
        assertThat(find("#ballot-" + itemId + " .alert.ok").getText()).startsWith("Bạn đã bỏ phiếu.");
        assertThat(browser().findElements(By.cssSelector("#ballot-" + itemId + " form")))
                .isEmpty();
        assertThat(find("#ballot-" + itemId + " .ballot-count").getText())
                .isEqualTo("1/" + total + " đại biểu đã bỏ phiếu");
        shot("phone-voted");

        // the projector in the hall: how many have voted, never who or what
        viewport(1366, 900, false);
        try {
            open("/" + council.slug + "/ky-hop/" + session + "/trinh-chieu");
            assertThat(find(".secret-ballots .ballot-count").getText())
                    .isEqualTo("1/" + total + " đại biểu đã bỏ phiếu");
            String projector = find(".secret-ballots").getText();
            assertThat(projector).doesNotContain("Nguyễn Thị Hồng Nhung", "trúng cử", "Người thử");
            client.postJson(
                    ballot + "/papers",
                    Map.of(
                            "candidates",
                            List.of(defined.json()
                                    .get("candidates")
                                    .get(0)
                                    .get("id")
                                    .asString())),
                    council.delegates.get(1),
                    SessionFixture.PASSWORD);
            waitUntil(d -> find(".secret-ballots .ballot-count").getText().startsWith("2/"));
            shot("projector-open");
            client.request("POST", ballot + "/close", null, council.chair, SessionFixture.PASSWORD);
            waitUntil(d -> !browser()
                    .findElements(By.cssSelector(".secret-ballots .ballot-result"))
                    .isEmpty());
            assertThat(find(".secret-ballots .ballot-result").getText()).contains("Nguyễn Thị Hồng Nhung");
            shot("projector-closed");
        } finally {
            viewport(VIEWPORT_WIDTH, VIEWPORT_HEIGHT, true);
        }
    }

    @Test
    void theChairPutsAnItemToASecretBallotFromTheConsole() {
        String session = council.sessionInProgress("Kỳ họp lấy phiếu tín nhiệm (thử)");
        client.postJson(
                council.item(session),
                Map.of("title", "Lấy phiếu tín nhiệm đối với người giữ chức vụ", "motion", false),
                council.clerk,
                SessionFixture.PASSWORD);
        open("/login");
        find("#username").sendKeys(council.chair);
        find("#password").sendKeys(SessionFixture.PASSWORD);
        find("form.stack button[type=submit]").click();
        waitUntil(d -> currentPath().startsWith("/app"));
        for (int width : new int[] {1366, VIEWPORT_WIDTH}) {
            viewport(width, width == VIEWPORT_WIDTH ? VIEWPORT_HEIGHT : 900, width == VIEWPORT_WIDTH);
            open("/app/councils/" + council.slug + "/sessions/" + session);
            find(".secret-ballots details summary").click();
            new org.openqa.selenium.support.ui.Select(find("#ballot-kind")).selectByValue("CONFIDENCE");
            find("#ballot-candidates").sendKeys("Phạm Văn Hòa; Chủ tịch UBND\nLê Thị Thu; Phó Chủ tịch UBND");
            shot("console-define-" + width);
            if (width == VIEWPORT_WIDTH) {
                find(".secret-ballots form.stack button[type=submit]").click();
                waitUntil(d -> !browser()
                        .findElements(By.cssSelector(".secret-ballots .ballot"))
                        .isEmpty());
                assertThat(find(".secret-ballots .ballot").getText()).contains("Phạm Văn Hòa", "Lấy phiếu tín nhiệm");
                find(".secret-ballots .ballot form button").click();
                waitUntil(d -> find(".alert.ok").getText().contains("Đã bắt đầu bỏ phiếu kín"));
                shot("console-open");
            }
        }
    }

    /** The browser emulates a phone (BrowserTest); the projector and the console are also seen on a desktop. */
    private static void viewport(int width, int height, boolean mobile) {
        ((org.openqa.selenium.chromium.HasCdp) browser())
                .executeCdpCommand(
                        "Emulation.setDeviceMetricsOverride",
                        Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
    }

    private static void shot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            var file = ((TakesScreenshot) browser())
                    .getScreenshotAs(OutputType.FILE)
                    .toPath();
            Files.move(
                    file,
                    SCREENSHOTS.resolve("SecretBallotBrowserTest-" + name + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
