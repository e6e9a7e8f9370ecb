package vn.hdndso.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import vn.hdndso.support.BrowserTest;

/** A citizen on a phone finds the city's budget figures, sorts them and sees the chart. */
class OpenDataBrowserTest extends BrowserTest {

    @Test
    void findsTheBudgetDatasetFromTheCouncilHomeSortsItAndSeesTheChart() {
        open("/thanh-pho");
        find("nav.sections a[href$=\"/du-lieu-mo\"]").click();
        waitUntil(d -> currentPath().equals("/thanh-pho/du-lieu-mo"));

        browser().findElements(By.cssSelector("ul.datasets h2 a")).stream()
                .filter(a -> a.getText().startsWith("Thu, chi ngân sách các tỉnh"))
                .findFirst()
                .orElseThrow()
                .click();
        waitUntil(d -> find("h1").getText().startsWith("Thu, chi ngân sách các tỉnh"));

        WebElement chart = find("svg.chart");
        assertThat(chart.isDisplayed()).isTrue();
        assertThat(chart.getRect().getWidth()).as("the chart fits the phone").isLessThanOrEqualTo(VIEWPORT_WIDTH);
        assertThat(browser().findElements(By.cssSelector("svg.chart circle.point")))
                .hasSize(10);

        // sorting is a link: the server sorts, no script needed; twice for the largest first
        clickHeading("Tổng thu NSNN trên địa bàn");
        waitUntil(d -> currentPath().contains("order=asc"));
        clickHeading("Tổng thu NSNN trên địa bàn");
        waitUntil(d -> currentPath().contains("order=desc"));
        WebElement firstRow = find("table.data tbody tr");
        assertThat(firstRow.getText()).contains("Ho Chi Minh City");
        assertThat(find("th[aria-sort]").getAttribute("aria-sort")).isEqualTo("descending");

        Object pageWidth =
                ((JavascriptExecutor) browser()).executeScript("return document.documentElement.scrollWidth");
        assertThat((Long) pageWidth)
                .as("the table scrolls inside its box, not the page")
                .isLessThanOrEqualTo(VIEWPORT_WIDTH);
        WebElement csv = find("p.actions a.primary");
        assertThat(csv.getText()).isEqualTo("Tải CSV");
        assertThat(csv.getAttribute("href")).contains(".csv");
    }

    private void clickHeading(String name) {
        browser().findElements(By.cssSelector("table.data th a")).stream()
                .filter(a -> a.getText().startsWith(name))
                .findFirst()
                .orElseThrow()
                .click();
    }
}
