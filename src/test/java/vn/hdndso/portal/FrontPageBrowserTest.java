package vn.hdndso.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import vn.hdndso.support.BrowserTest;

/** A citizen on a phone finds their council from the city's front page. */
class FrontPageBrowserTest extends BrowserTest {

    @Test
    void findsACouncilTypedWithoutDiacriticsAndOpensItsHome() {
        open("/");
        assertThat(((JavascriptExecutor) browser()).executeScript("return window.innerWidth"))
                .as("a phone's viewport")
                .isEqualTo((long) VIEWPORT_WIDTH);
        int all = councilLinks().size();
        assertThat(all).isEqualTo(115);

        find("#q").sendKeys("nhi chieu");

        // htmx swaps in the list for the whole query without reloading the page
        waitUntil(d -> find("#council-list .count").getText().contains("“nhi chieu”"));
        List<WebElement> found = councilLinks();
        assertThat(found).hasSizeLessThan(all);
        assertThat(found).extracting(WebElement::getText).anyMatch(text -> text.contains("Phường Nhị Chiểu"));
        assertThat(URLDecoder.decode(currentPath(), StandardCharsets.UTF_8))
                .as("the address keeps the search, so it can be shared or reloaded")
                .isEqualTo("/?q=nhi chieu");

        found.stream()
                .filter(link -> link.getText().contains("Phường Nhị Chiểu"))
                .findFirst()
                .orElseThrow()
                .click();

        waitUntil(d -> currentPath().equals("/nhi-chieu"));
        assertThat(find("h1").getText()).isEqualTo("Phường Nhị Chiểu");
        assertThat(browser().getTitle()).startsWith("Phường Nhị Chiểu");
    }

    @Test
    void aKeyboardUserSkipsToTheContentAndReachesTheLabelledSearchBox() {
        open("/");

        new Actions(browser()).sendKeys(Keys.TAB).perform();
        WebElement skip = focused();
        assertThat(skip.getAttribute("class")).contains("skip");
        assertThat(skip.getAttribute("href")).endsWith("#main");
        assertThat(skip.isDisplayed()).isTrue();
        assertThat(skip.getText()).isEqualTo("Chuyển đến nội dung chính");
        assertThat(skip.getRect().getX())
                .as("the focused skip link is on screen")
                .isGreaterThanOrEqualTo(0);
        assertThat(skip.getCssValue("outline-style")).as("focus is visible").isNotEqualTo("none");

        new Actions(browser()).sendKeys(Keys.ENTER).perform();
        new Actions(browser()).sendKeys(Keys.TAB).perform();

        // the first field of the page is the search over every council's documents
        WebElement search = focused();
        assertThat(search.getAttribute("id")).isEqualTo("site-q");
        WebElement label = find("label[for=site-q]");
        assertThat(label.isDisplayed()).isTrue();
        assertThat(label.getText()).isEqualTo("Tìm văn bản, nghị quyết của mọi Hội đồng nhân dân");
        WebElement hint = find("#" + search.getAttribute("aria-describedby"));
        assertThat(hint.isDisplayed()).isTrue();
        assertThat(hint.getText()).contains("không dấu");
        assertThat(search.getCssValue("outline-style")).as("focus is visible").isNotEqualTo("none");
    }

    @Test
    void anUnknownCouncilShowsTheVietnameseNotFoundPage() {
        assertThat(client.get("/khong-co-hoi-dong-nay").status()).isEqualTo(404);

        open("/khong-co-hoi-dong-nay");

        assertThat(find("h1").getText()).isEqualTo("Không tìm thấy trang");
        assertThat(find("main").getText()).contains("404");
        WebElement home = find("main a.button");
        home.click();
        waitUntil(d -> currentPath().equals("/"));
        assertThat(councilLinks()).hasSize(115);
    }

    @Test
    void theEnglishFrontPageFillsInEveryNumber() {
        open("/?lang=en");

        assertThat(find("h1").getText()).isEqualTo("People's Councils");
        assertThat(browser().getTitle()).startsWith("People's Councils of Thành phố Hải Phòng");
        assertThat(find(".hero .lead").getText())
                .as("no MessageFormat placeholder left over")
                .contains("115 People's Councils")
                .doesNotContain("{");
        assertThat(find("#council-list .count").getText()).isEqualTo("115 People's Councils");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/lac-phuong", "/login", "/khong-co-hoi-dong-nay"})
    void fitsAPhoneScreenWithoutSidewaysScrolling(String path) {
        open(path);

        Object overflow = ((JavascriptExecutor) browser())
                .executeScript("return document.documentElement.scrollWidth - window.innerWidth");
        assertThat(overflow).as("pixels wider than the screen on %s", path).isEqualTo(0L);
    }

    private static List<WebElement> councilLinks() {
        return browser().findElements(By.cssSelector("ul.councils a"));
    }
}
