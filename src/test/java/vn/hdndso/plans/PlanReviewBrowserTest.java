package vn.hdndso.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import vn.hdndso.support.BrowserTest;

/** The clerk, on a phone, uploads the OCR plan of Lạc Phượng, corrects one target and confirms the plan. */
class PlanReviewBrowserTest extends BrowserTest {

    @Test
    void theClerkReadsCorrectsAndConfirmsThePlanOnAPhone() {
        open("/login");
        find("#username").sendKeys("lacphuong.vanthu");
        find("#password").sendKeys("hdnd-demo-2026");
        find("form.stack button[type=submit]").click();
        waitUntil(d -> currentPath().equals("/app") || currentPath().startsWith("/app/"));

        open("/app/councils/lac-phuong/plans");
        find("#plan-file")
                .sendKeys(Path.of("testdata", "plans", "ke-hoach-57-lac-phuong-ocr.txt")
                        .toAbsolutePath()
                        .toString());
        find("form[enctype] button[type=submit]").click();
        waitUntil(d -> currentPath().matches("/app/councils/lac-phuong/plans/[0-9a-f-]{36}"));

        assertThat(find("[role=status]").getText()).startsWith("Đã đọc kế hoạch");
        assertThat(new Select(find("#plan-targets-0-code"))
                        .getFirstSelectedOption()
                        .getAttribute("value"))
                .isEqualTo("T1");
        assertThat(new Select(find("#plan-targets-9-code"))
                        .getFirstSelectedOption()
                        .getAttribute("value"))
                .isEqualTo("T9");
        Object pageWidth =
                ((JavascriptExecutor) browser()).executeScript("return document.documentElement.scrollWidth");
        assertThat((Long) pageWidth).as("the review form fits the phone").isLessThanOrEqualTo(VIEWPORT_WIDTH);

        // "Một số kỳ họp … được ghi hình": the council sets its own level
        WebElement min = find("#plan-targets-2-min");
        min.clear();
        min.sendKeys("100");
        find("form[action$=\"/review\"] button[type=submit]").click();
        waitUntil(d -> find("[role=status]").getText().startsWith("Đã lưu"));
        assertThat(find("#plan-targets-2-min").getAttribute("value")).isEqualTo("100");

        find("form[action$=\"/confirm\"] button[type=submit]").click();
        waitUntil(d -> find("[role=status]").getText().startsWith("Đã xác nhận"));
        assertThat(find("dl.details").getText()).contains("Đã xác nhận");
        assertThat(browser().findElements(By.cssSelector("table tbody tr"))).hasSize(11);
        assertThat(find("table tbody").getText()).contains("từ 100%");

        // the council's dashboard: a card per indicator, read against the confirmed plan
        open("/lac-phuong/chi-so");
        assertThat(browser().findElements(By.cssSelector("article.card.indicator")))
                .hasSize(11);
        assertThat(find("article#T3 .plan-words").getText()).isNotBlank();
        assertThat(find("article#T3 .badge.status").getText()).isNotBlank();
        Object dashboardWidth =
                ((JavascriptExecutor) browser()).executeScript("return document.documentElement.scrollWidth");
        assertThat((Long) dashboardWidth).as("the dashboard fits the phone").isLessThanOrEqualTo(VIEWPORT_WIDTH);
    }
}
