package vn.hdndso.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import vn.hdndso.support.BrowserTest;

/**
 * A delegate votes on a phone: the big buttons send the vote, and the tally on the page (and on
 * the projector's) changes without a reload as the delegate and others vote.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DelegateVoteBrowserTest extends BrowserTest {

    SessionFixture council;

    @BeforeAll
    void aCouncilOfThreeDelegates() {
        council = SessionFixture.withDelegates(client, SessionTestCouncils.BROWSER, 3);
    }

    @Test
    void aDelegateVotesFromThePhoneViewAndSeesTheTallyChangeWithoutAReload() {
        String session = council.sessionInProgress("Kỳ họp thứ nhất (thử trên trình duyệt)");
        String item = council.motion(session, "Tờ trình dự toán ngân sách năm 2027", "MORE_THAN_HALF_OF_ALL");
        council.open(session, item);

        open("/login");
        find("#username").sendKeys(council.delegates.getFirst());
        find("#password").sendKeys(SessionFixture.PASSWORD);
        find("form.stack button[type=submit]").click();
        waitUntil(d -> currentPath().startsWith("/app"));

        open("/app/councils/" + council.slug + "/my-sessions/" + session);
        assertThat(find("h1").getText()).contains("Kỳ họp thứ nhất");
        String tally = ".tally[data-item='" + item + "'] ";
        assertThat(find(tally + "[data-count=yes]").getText()).isEqualTo("0");
        // a mark that a reload would wipe out
        ((JavascriptExecutor) browser()).executeScript("window.notReloaded = true;");

        browser().findElement(By.cssSelector("button.vote.yes")).click();
        waitUntil(d -> find(tally + "[data-count=yes]").getText().equals("1"));
        assertThat(find("button.vote.yes").getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(find(".vote-message").getText()).isEqualTo("Đã ghi nhận biểu quyết của đại biểu.");

        // another delegate votes on their own phone (here: the API)
        council.vote(session, item, council.delegates.get(1), "YES");
        waitUntil(d -> find(tally + "[data-count=yes]").getText().equals("2"));
        assertThat(find(tally + "[data-count=notVoted]").getText()).isEqualTo("1");
        assertThat(find(tally + "[data-when-passed=true][data-final=false]").getText())
                .isEqualTo("Đủ số phiếu thông qua");

        // the chair closes the vote: the buttons go grey and the result is final
        council.close(session, item);
        waitUntil(d -> find(tally + "[data-when=CLOSED]").isDisplayed());
        waitUntil(d -> !find("button.vote.no").isEnabled());
        waitUntil(d -> find(tally + "[data-when-passed=true][data-final=true]").isDisplayed());
        assertThat(find(tally + "[data-when-passed=true][data-final=true]").getText())
                .isEqualTo("Thông qua");
        assertThat(((JavascriptExecutor) browser()).executeScript("return window.notReloaded === true;"))
                .isEqualTo(true);
    }

    @Test
    void theProjectorShowsTheLiveTallyToTheRoom() {
        String session = council.sessionInProgress("Kỳ họp trình chiếu");
        String item = council.motion(session, "Tờ trình trình chiếu", "TWO_THIRDS_OF_ALL");
        open("/" + council.slug + "/ky-hop/" + session + "/trinh-chieu");
        String tally = ".tally[data-item='" + item + "'] ";
        assertThat(find("h1").getText()).isEqualTo("Kỳ họp trình chiếu");
        council.open(session, item);
        waitUntil(d -> find(tally + "[data-when=OPEN]").isDisplayed());
        council.vote(session, item, council.delegates.get(0), "NO");
        waitUntil(d -> find(tally + "[data-count=no]").getText().equals("1"));
        assertThat(find(tally + "[data-count=needed]").getText()).isEqualTo("2");
    }
}
