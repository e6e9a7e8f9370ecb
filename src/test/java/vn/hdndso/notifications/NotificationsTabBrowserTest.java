package vn.hdndso.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import vn.hdndso.support.BrowserTest;
import vn.hdndso.support.TestClient;

/** The clerk reaches the outbox page from the workspace's tabs, on a phone and on a desktop. */
class NotificationsTabBrowserTest extends BrowserTest {

    static final String SLUG = "ngo-quyen";
    static final String PASSWORD = "Notices-Tab-2026";

    @AfterEach
    void backToThePhone() {
        usePhoneViewport();
    }

    @Test
    void theClerkOpensTheOutboxFromTheWorkspaceTabs() {
        String clerk = TestClient.uniqueUsername("tab.clerk");
        client.createUser(SLUG, clerk, PASSWORD, "Văn thư thử thông báo", "CLERK");
        open("/login");
        find("#username").sendKeys(clerk);
        find("#password").sendKeys(PASSWORD);
        find("form.stack button[type=submit]").click();
        waitUntil(d -> currentPath().startsWith("/app/"));

        open("/app/councils/" + SLUG + "/home");
        WebElement toggle = find(".tabs-toggle");
        if (toggle.isDisplayed()) {
            toggle.click();
        }
        WebElement tab = find("#workspace-tabs a[href='/app/councils/" + SLUG + "/notifications']");
        assertThat(tab.getText()).isEqualTo("Thông báo");
        screenshot("notifications-tab-menu-390");
        tab.click();
        waitUntil(d -> currentPath().startsWith("/app/councils/" + SLUG + "/notifications"));

        assertThat(find("section.notifications h2").getText()).isEqualTo("Thông báo đã gửi");
        // on a phone the tabs fold away behind their toggle: the current one is marked all the same
        assertThat(find("#workspace-tabs a[aria-current='page']")
                        .getAttribute("textContent")
                        .strip())
                .isEqualTo("Thông báo");
        assertThat(scrollWidth()).as("no sideways scrolling on a phone").isLessThanOrEqualTo(VIEWPORT_WIDTH);
        screenshot("notifications-page-390");
        useViewport(1366, 900);
        open("/app/councils/" + SLUG + "/notifications");
        useViewport(1366, 900); // ChromeDriver's phone emulation comes back with every page
        assertThat(find("#workspace-tabs a[aria-current='page']")
                        .getAttribute("textContent")
                        .strip())
                .isEqualTo("Thông báo");
        screenshot("notifications-page-1366");
        assertThat(contentSecurityPolicyViolations()).isEmpty();
    }
}
