package vn.hdndso.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hdndso.shared.VnTime;
import vn.hdndso.support.BrowserTest;

/**
 * A voter on a phone reads Nhị Chiểu's indicators, opens the recorded sessions (T3) and follows
 * the evidence to the session itself. (The city table is checked by IndicatorPagesIntegrationTest:
 * its first rendering after a start measures past months of every council and can exceed the
 * browser's 30-s page-load limit, see docs/indicators-pages.md, "Speed".)
 */
class IndicatorPagesBrowserTest extends BrowserTest {

    @Autowired
    Clock clock;

    @Test
    void aVoterReadsTheCardsOnAPhoneAndFollowsOneToItsEvidence() {
        String year = Integer.toString(VnTime.today(clock).getYear());
        open("/nhi-chieu");
        find("section.indicator-summary a.button").click();
        waitUntil(d -> currentPath().equals("/nhi-chieu/chi-so"));

        List<WebElement> cards = browser().findElements(By.cssSelector("article.indicator"));
        assertThat(cards).hasSize(11);
        assertThat(find("article#T11 .value").getText()).isEqualTo("Chưa có số liệu");
        assertThat(find("article#T3 .badge.status").getText()).isNotBlank();
        assertThat(pageWidth()).as("the cards fit the phone").isLessThanOrEqualTo(VIEWPORT_WIDTH);

        WebElement details = find("article#T3 .details a");
        ((JavascriptExecutor) browser()).executeScript("arguments[0].scrollIntoView({block:'center'})", details);
        details.click();
        waitUntil(d -> currentPath().startsWith("/nhi-chieu/chi-so/T3"));
        assertThat(currentPath()).isEqualTo("/nhi-chieu/chi-so/T3?period=" + year);
        assertThat(find("h1").getText()).contains("T3").contains("Kỳ họp được ghi hình");
        assertThat(find("figure svg title").getAttribute("textContent")).startsWith("T3 – ");
        assertThat(find("#evidence").getText()).isEqualTo("Minh chứng công khai");
        assertThat(pageWidth()).as("the indicator page fits the phone").isLessThanOrEqualTo(VIEWPORT_WIDTH);

        WebElement record = find("ol.evidence a");
        String href = record.getAttribute("href");
        ((JavascriptExecutor) browser()).executeScript("arguments[0].scrollIntoView({block:'center'})", record);
        record.click();
        waitUntil(d -> browser().getCurrentUrl().equals(href));
        assertThat(find("h1").getText()).isNotBlank();
    }

    private static long pageWidth() {
        return (Long) ((JavascriptExecutor) browser()).executeScript("return document.documentElement.scrollWidth");
    }
}
