package vn.hdndso.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import vn.hdndso.support.BrowserTest;

/**
 * Issue 14 on screen: the projector follows the chair's speakers' list without a reload; the
 * delegate's phone page, the console and the public page of a cancelled session as people see them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SessionChangesBrowserTest extends BrowserTest {

    SessionFixture council;

    @BeforeAll
    void aCouncilOfThreeDelegates() {
        council = SessionFixture.withDelegates(client, "hop-tien", 3);
    }

    @Test
    void theProjectorShowsWhoHasTheFloorAndTheQueueAsTheChairMovesOn() throws IOException {
        String session = council.sessionInProgress("Kỳ họp thứ sáu (phát biểu)");
        String item = council.motion(session, "Tờ trình về chợ Hợp Tiến", "MORE_THAN_HALF_OF_ALL");
        String base = council.base() + "/" + session;
        String first = client.postJson(
                        council.item(session) + "/" + item + "/speakers",
                        Map.of(),
                        council.delegates.get(0),
                        SessionFixture.PASSWORD)
                .json()
                .get("id")
                .asString();
        client.postJson(
                council.item(session) + "/" + item + "/amendments",
                Map.of("text", "Bổ sung khu vực bán hàng nông sản"),
                council.delegates.get(1),
                SessionFixture.PASSWORD);

        open("/" + council.slug + "/ky-hop/" + session + "/trinh-chieu");
        assertThat(find(".projector-speakers .speaker-queue").getText()).contains("Người thử ss.delegate0");
        ((JavascriptExecutor) browser()).executeScript("window.notReloaded = true;");
        client.request("POST", base + "/speakers/" + first + "/grant", null, council.chair, SessionFixture.PASSWORD);
        waitUntil(d -> find(".projector-speakers .speaker-name").getText().equals("Người thử ss.delegate0"));
        client.postJson(
                council.item(session) + "/" + item + "/speakers",
                Map.of(),
                council.delegates.get(2),
                SessionFixture.PASSWORD);
        waitUntil(d -> find(".projector-speakers .speaker-queue").getText().contains("Người thử ss.delegate2"));
        assertThat(((JavascriptExecutor) browser()).executeScript("return window.notReloaded === true;"))
                .isEqualTo(true);
        shot("projector", ".projector-speakers");

        open("/login");
        find("#username").sendKeys(council.delegates.get(1));
        find("#password").sendKeys(SessionFixture.PASSWORD);
        find("form.stack button[type=submit]").click();
        waitUntil(d -> currentPath().startsWith("/app"));
        open("/app/councils/" + council.slug + "/my-sessions/" + session);
        assertThat(find("section.speakers").getText()).contains("Người thử ss.delegate0");
        assertThat(find("section.amendments").getText()).contains("Bổ sung khu vực bán hàng nông sản");
        shot("delegate-speakers", "section.speakers");
        shot("delegate-amendments", "section.amendments");
        browser().manage().deleteAllCookies();
    }

    @Test
    void theConsoleOffersTheChangesAndAPostponedSessionSaysSo() throws IOException {
        var created = client.postJson(
                council.base(),
                Map.of("title", "Kỳ họp thứ bảy (hoãn)", "startsAt", "2027-04-10T08:00:00+07:00", "kind", "REGULAR"),
                council.clerk,
                SessionFixture.PASSWORD);
        String session = created.json().get("id").asString();
        council.motion(session, "Tờ trình về trường học", "MORE_THAN_HALF_OF_ALL");
        client.request(
                "POST", council.base() + "/" + session + "/convene", null, council.chair, SessionFixture.PASSWORD);
        client.postJson(
                council.base() + "/" + session + "/postpone",
                Map.of("startsAt", "2027-04-17T08:00:00+07:00", "reason", "Trùng lịch tiếp xúc cử tri"),
                council.chair,
                SessionFixture.PASSWORD);

        open("/" + council.slug + "/ky-hop/" + session);
        assertThat(find(".alert").getText()).contains("hoãn", "17/04/2027", "Trùng lịch tiếp xúc cử tri");
        shot("public-postponed", "h1");

        open("/login");
        find("#username").sendKeys(council.chair);
        find("#password").sendKeys(SessionFixture.PASSWORD);
        find("form.stack button[type=submit]").click();
        waitUntil(d -> currentPath().startsWith("/app"));
        open("/app/councils/" + council.slug + "/sessions/" + session);
        assertThat(find("section.session-changes").getText()).contains("Hoãn kỳ họp", "Huỷ kỳ họp");
        shot("console-changes", "section.session-changes");
        shot("console-papers", "section.session-papers");
        browser().manage().deleteAllCookies();
    }

    /** Screenshots of the element at phone and desktop width, under target/screenshots. */
    private void shot(String name, String selector) throws IOException {
        for (int width : new int[] {VIEWPORT_WIDTH, 1366}) {
            browser().manage().window().setSize(new Dimension(width, 1000));
            ((JavascriptExecutor) browser())
                    .executeScript("document.querySelector(arguments[0]).scrollIntoView();", selector);
            Path file = ((TakesScreenshot) browser())
                    .getScreenshotAs(OutputType.FILE)
                    .toPath();
            Files.createDirectories(SCREENSHOTS);
            Files.copy(
                    file,
                    SCREENSHOTS.resolve("sesschg-" + name + "-" + width + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        }
        browser().manage().window().setSize(new Dimension(VIEWPORT_WIDTH, VIEWPORT_HEIGHT));
    }
}
