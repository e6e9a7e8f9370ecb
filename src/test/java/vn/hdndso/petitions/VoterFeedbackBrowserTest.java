package vn.hdndso.petitions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import vn.hdndso.support.BrowserTest;

/**
 * A voter on a phone opens the tracking page of an answered petition, rates the answer and reads the
 * council's public petition figures; the staff pages for default bodies and an issue's route are
 * looked at on a phone and a desktop.
 */
class VoterFeedbackBrowserTest extends BrowserTest {

    static final String SLUG = "ke-sat";

    @Test
    void aVoterRatesTheAnswerOnAPhoneAndSeesThePublicFigures() {
        var fixture = new RoutingFixture(client, SLUG);
        String clerk = fixture.account("rb.clerk", "CLERK", null);
        String admin = fixture.account("rb.admin", "COUNCIL_ADMIN", null);
        String unit = fixture.unit("Phòng Kinh tế trình duyệt " + RoutingFixture.marker());
        var sent = fixture.submit(
                "Cống thoát nước đầu ngõ bị tắc, mưa xuống nước tràn vào nhà dân, đề nghị nạo vét ở",
                RoutingFixture.marker(),
                clerk);
        fixture.answerAndPublish(sent.issueId(), unit, clerk);
        String code = sent.code().replace("-", "");

        open("/" + SLUG + "/kien-nghi/tra-cuu/" + code);
        assertThat(find("#answer-text").getText()).contains("Đã sửa xong");
        assertThat(find("#reopen-until").getText()).contains("đến hết ngày");
        assertThat(noSidewaysScroll()).as("nothing wider than the phone").isTrue();
        screenshot("voter-feedback-tracking-390");
        find("#satisfied-no").click();
        find("#comment").sendKeys("Mới nạo vét một đoạn, cuối ngõ vẫn tắc.");
        find("#rate").click();
        waitUntil(d -> !browser()
                .findElements(org.openqa.selenium.By.id("feedback-done"))
                .isEmpty());
        assertThat(find("#feedback-done").getText()).contains("Cảm ơn");
        assertThat(find("#feedback-current").getText()).contains("chưa hài lòng");
        assertThat(find("#satisfied-no").isSelected()).isTrue();
        assertAccessible();
        screenshot("voter-feedback-rated-390");

        find("#figures-link").click();
        waitUntil(d -> currentPath().equals("/" + SLUG + "/kien-nghi/thong-ke"));
        assertThat(find("h1").getText()).isEqualTo("Số liệu kiến nghị cử tri");
        assertThat(Long.parseLong(find("#figure-petitions").getText())).isGreaterThanOrEqualTo(1);
        assertThat(find("#figure-satisfied").getText()).endsWith("%");
        assertThat(browser().findElements(org.openqa.selenium.By.cssSelector("svg.hbars")))
                .hasSize(4);
        assertThat(find("#chart-field svg").getAttribute("innerHTML")).contains("Đất đai");
        assertThat(find("#figures-csv").getAttribute("href")).endsWith("/" + SLUG + "/kien-nghi/thong-ke.csv");
        assertThat(noSidewaysScroll()).as("the charts fit the phone").isTrue();
        assertAccessible();
        screenshot("petition-figures-390");

        useViewport(1366, 900);
        open("/" + SLUG + "/kien-nghi/thong-ke");
        screenshot("petition-figures-1366");
        open("/" + SLUG + "/kien-nghi/tra-cuu/" + code);
        screenshot("voter-feedback-tracking-1366");

        // the staff side: the administrator's defaults page and an issue's route, desktop then phone
        open("/login");
        find("#username").sendKeys(admin);
        find("#password").sendKeys(RoutingFixture.PASSWORD);
        find("form.stack button[type=submit]").click();
        waitUntil(d -> currentPath().equals("/app") || currentPath().startsWith("/app/"));
        open("/app/councils/" + SLUG + "/petitions/routing");
        assertThat(find("#routing-table").getText()).contains("Đất đai");
        screenshot("petition-routing-1366");
        open("/app/councils/" + SLUG + "/petitions/issues/" + sent.issueId());
        assertThat(find("#trail").getText()).isEqualTo("Các bước chuyển");
        screenshot("petition-issue-route-1366");
        usePhoneViewport();
        open("/app/councils/" + SLUG + "/petitions/routing");
        assertThat(noSidewaysScroll()).isTrue();
        screenshot("petition-routing-390");
        open("/app/councils/" + SLUG + "/petitions/issues/" + sent.issueId());
        screenshot("petition-issue-route-390");
        assertThat(clerk).isNotBlank();
    }

    private static boolean noSidewaysScroll() {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser())
                .executeScript("return document.documentElement.scrollWidth <= window.innerWidth"));
    }
}
