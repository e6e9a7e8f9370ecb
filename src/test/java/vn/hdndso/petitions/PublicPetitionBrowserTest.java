package vn.hdndso.petitions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import vn.hdndso.support.BrowserTest;

/** A voter on a phone sends a petition through the council's site and follows its tracking link. */
class PublicPetitionBrowserTest extends BrowserTest {

    @Test
    void aVoterSendsAPetitionFromAPhoneAndFollowsTheTrackingLink() {
        open("/lac-phuong");
        find("a[href='/lac-phuong/kien-nghi']").click();
        waitUntil(d -> currentPath().equals("/lac-phuong/kien-nghi"));
        assertThat(((JavascriptExecutor) browser()).executeScript("return window.innerWidth"))
                .isEqualTo((long) VIEWPORT_WIDTH);
        assertThat(((JavascriptExecutor) browser())
                        .executeScript("return document.documentElement.scrollWidth <= window.innerWidth"))
                .as("nothing wider than the phone")
                .isEqualTo(true);

        find("#content")
                .sendKeys(
                        "Đề nghị sửa cầu tràn qua kênh Bắc Hưng Hải ở xóm Gốc Gạo, mặt cầu nứt vỡ, xe máy đi rất nguy hiểm.");
        find("#area").sendKeys("Thôn Đông");
        find("#submitterName").sendKeys("Phạm Văn Thử");
        find("#contact").sendKeys("0912 000 111");
        // sending without consent comes back with the reason next to the box, nothing lost
        find("form.form button[type=submit]").click();
        waitUntil(d -> !browser().findElements(By.id("consent-error")).isEmpty());
        assertThat(find("#consent-error").getText()).contains("đồng ý");
        assertThat(find("#content").getAttribute("value")).contains("cầu tràn");

        find("#consent").click();
        find("form.form button[type=submit]").click();
        waitUntil(d -> !browser().findElements(By.id("tracking-code")).isEmpty());
        String code = find("#tracking-code").getText();
        assertThat(code).matches("[A-Z2-9]{5}-[A-Z2-9]{5}");

        find("#tracking-link").click();
        waitUntil(d -> currentPath().startsWith("/lac-phuong/kien-nghi/tra-cuu/"));
        assertThat(find("h1").getText()).contains(code);
        assertThat(find("#petition-status").getText()).isEqualTo("Đã tiếp nhận, đang phân loại");
        assertThat(browser().getPageSource()).doesNotContain("Phạm Văn Thử", "0912 000 111");

        // the code typed by hand, lower case and without the dash, finds the same page
        open("/lac-phuong/kien-nghi");
        find("#ma").sendKeys(code.replace("-", "").toLowerCase());
        find("form.search button").click();
        waitUntil(d -> currentPath().startsWith("/lac-phuong/kien-nghi/tra-cuu/"));
        assertThat(find("h1").getText()).contains(code);
    }
}
