package vn.hdndso.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import vn.hdndso.support.BrowserTest;

/**
 * The clerk, the chair and the delegate of the demo council Lạc Phượng (read only) on a phone: each
 * lands on their own "Việc của tôi", every item's link opens, the lists are cards with the deadline
 * in view, the red header's menu opens; the pages pass axe-core.
 */
class WorkspaceHomeBrowserTest extends BrowserTest {

    private static final String DEMO_PASSWORD = "hdnd-demo-2026";
    private static final String HOME = "/app/councils/lac-phuong/home";

    @AfterEach
    void backToThePhone() {
        usePhoneViewport();
    }

    @Test
    void theClerkStartsFromTheDaysWorkAndReadsTheRegistersAsCards() {
        signIn("lacphuong.vanthu");
        assertThat(currentPath()).isEqualTo(HOME);
        assertThat(find("h1").getText()).isEqualTo("Xã Lạc Phượng");
        List<ShownItem> items = items();
        assertThat(items).as("the clerk has work in the demo council").isNotEmpty();
        assertThat(tabLabel(find(".tabs [aria-current=page]").getAttribute("textContent")))
                .isEqualTo("Việc của tôi");
        assertThat(find(".work-groups").getText()).contains("Văn bản đến");
        assertDeadlinesInOrder(items);
        assertEveryLinkOpens(items);
        assertThat(scrollWidth()).as("the home fits the phone").isLessThanOrEqualTo(VIEWPORT_WIDTH);
        assertAccessible();
        screenshot("home-clerk-390");

        // the workspace's sections sit behind a button on the phone; the clerk sees the registers
        assertThat(find("#workspace-tabs").isDisplayed()).isFalse();
        find("button.tabs-toggle").click();
        waitUntil(d -> find("#workspace-tabs").isDisplayed());
        List<String> tabs = tabTexts();
        assertThat(tabs).contains("Văn bản đến", "Văn bản đi", "Kỳ họp", "Kiến nghị cử tri", "Dữ liệu mở");
        assertThat(tabs).doesNotContain("Tài khoản", "Nhật ký");

        for (String list : List.of("documents/incoming", "documents", "petitions")) {
            open("/app/councils/lac-phuong/" + list);
            assertCards();
            assertThat(scrollWidth()).as(list + " fits the phone").isLessThanOrEqualTo(VIEWPORT_WIDTH);
            assertAccessible();
            screenshot("list-" + list.replace('/', '-') + "-390");
        }

        // an incoming document leads back to its register
        open("/app/councils/lac-phuong/documents/incoming");
        find("table.cards tbody tr td.c-key a").click();
        waitUntil(d -> currentPath().matches("/app/councils/lac-phuong/documents/incoming/[0-9a-f-]{36}"));
        WebElement crumb = find(".crumbs a[href$='/documents/incoming']");
        assertThat(crumb.getText()).isEqualTo("Sổ văn bản đến");
        assertThat(crumb.getSize().getHeight()).as("touch target").isGreaterThanOrEqualTo(44);
        crumb.click();
        waitUntil(d -> currentPath().equals("/app/councils/lac-phuong/documents/incoming"));

        open(HOME);
        useViewport(1366, 900);
        assertThat(find("#workspace-tabs").isDisplayed()).isTrue();
        assertThat(find("header.site .menu-toggle").isDisplayed()).isFalse();
        screenshot("home-clerk-1366");
        open("/app/councils/lac-phuong/documents/incoming");
        useViewport(1366, 900);
        assertThat(find("table.cards thead").getRect().getHeight())
                .as("a table on wide screens")
                .isGreaterThan(20);
        screenshot("list-documents-incoming-1366");
    }

    @Test
    void theChairSeesWhatWaitsForThemAndEveryTabWorks() {
        signIn("lacphuong.chutich");
        assertThat(currentPath()).isEqualTo(HOME);
        List<ShownItem> items = items();
        assertThat(items).as("the chair has work in the demo council").isNotEmpty();
        assertDeadlinesInOrder(items);
        assertEveryLinkOpens(items);
        assertAccessible();
        screenshot("home-chair-390");
        find("button.tabs-toggle").click();
        assertThat(tabTexts()).contains("Tài khoản", "Nhật ký", "Văn bản đi");
        open(HOME);
        useViewport(1366, 900);
        screenshot("home-chair-1366");
    }

    @Test
    void theDelegateSeesTheirSessionsAndOnlyTheTabsTheyCanUse() {
        signIn("lacphuong.daibieu");
        assertThat(currentPath()).isEqualTo(HOME);
        List<ShownItem> items = items();
        assertDeadlinesInOrder(items);
        assertEveryLinkOpens(items);
        assertAccessible();
        screenshot("home-delegate-390");
        find("button.tabs-toggle").click();
        List<String> tabs = tabTexts();
        assertThat(tabs).contains("Việc của tôi", "Kỳ họp", "Tiếp xúc cử tri", "Nhiệm vụ");
        assertThat(tabs)
                .doesNotContain("Văn bản đến", "Văn bản đi", "Kiến nghị cử tri", "Dữ liệu mở", "Tài khoản", "Nhật ký");

        // a page of another role explains why, and leads back into the workspace
        open("/app/councils/lac-phuong/documents");
        assertThat(find("h1").getText()).isEqualTo("Không có quyền truy cập");
        assertThat(find("main").getText()).contains("Trang này dành cho vai trò khác", "Đại biểu");
        assertAccessible();
        screenshot("denied-delegate-390");
        find("main a.button.primary").click();
        waitUntil(d -> currentPath().equals(HOME));

        // and a missing page inside the workspace too
        open("/app/councils/lac-phuong/sessions/00000000-0000-0000-0000-000000000000");
        assertThat(find("main a.button.primary").getAttribute("href")).endsWith("/app");
    }

    @Test
    void theHeaderMenuOpensOnThePhone() {
        open("/");
        WebElement menu = find("header.site .menu-toggle");
        assertThat(menu.isDisplayed()).isTrue();
        assertThat(menu.getSize().getHeight()).isGreaterThanOrEqualTo(44);
        assertThat(find("#site-nav").isDisplayed()).isFalse();
        menu.click();
        waitUntil(d -> find("#site-nav").isDisplayed());
        assertThat(menu.getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(linkTexts("#site-nav a, #site-nav button")).contains("Đăng nhập", "English");
        for (WebElement link : browser().findElements(By.cssSelector("#site-nav a"))) {
            assertThat(link.getSize().getHeight()).as(link.getText()).isGreaterThanOrEqualTo(44);
            assertThat(link.getRect().getX() + link.getRect().getWidth()).isLessThanOrEqualTo(VIEWPORT_WIDTH);
        }
        screenshot("menu-anonymous-390");

        signIn("lacphuong.vanthu");
        find("header.site .menu-toggle").click();
        waitUntil(d -> find("#site-nav").isDisplayed());
        assertThat(linkTexts("#site-nav a, #site-nav button"))
                .contains("Không gian làm việc", "Tài khoản của tôi", "English")
                .anyMatch(t -> t.startsWith("Đăng xuất"));
        assertAccessible();
        screenshot("menu-clerk-390");
    }

    @Test
    void anInlineStyleIsCaughtAsAContentSecurityPolicyViolation() {
        open("/");
        ((JavascriptExecutor) browser())
                .executeScript("document.body.insertAdjacentHTML('beforeend', '<p style=\"color: red\">x</p>')");
        List<String> found = new ArrayList<>();
        waitUntil(d -> {
            found.addAll(contentSecurityPolicyViolations());
            return !found.isEmpty();
        });
        assertThat(found).anyMatch(m -> m.contains("style-src"));
    }

    /** An item of the home as the page shows it. */
    record ShownItem(String href, String due, String text) {}

    private void signIn(String username) {
        open("/login");
        find("#username").sendKeys(username);
        find("#password").sendKeys(DEMO_PASSWORD);
        find("form.stack button[type=submit]").click();
        waitUntil(d -> currentPath().startsWith("/app/"));
    }

    private static List<ShownItem> items() {
        return browser().findElements(By.cssSelector("ol.work li > a")).stream()
                .map(a -> new ShownItem(
                        a.getAttribute("href"),
                        a.findElements(By.cssSelector(".due time")).stream()
                                .map(t -> t.getAttribute("datetime"))
                                .findFirst()
                                .orElse(""),
                        a.getText()))
                .toList();
    }

    /** Within each group, the nearest deadline first and undated items last. */
    private static void assertDeadlinesInOrder(List<ShownItem> items) {
        for (WebElement group : browser().findElements(By.cssSelector("ol.work"))) {
            List<String> dues = group.findElements(By.cssSelector("li > a")).stream()
                    .map(a -> a.findElements(By.cssSelector(".due time")).stream()
                            .map(t -> t.getAttribute("datetime"))
                            .findFirst()
                            .orElse("9999-12-31"))
                    .toList();
            assertThat(dues).isSorted();
        }
        assertThat(items).allMatch(i -> !i.text().isBlank());
    }

    /** Every item's link answers 200 to this signed-in person (asked from the page, with its cookie). */
    @SuppressWarnings("unchecked")
    private static void assertEveryLinkOpens(List<ShownItem> items) {
        List<String> hrefs = items.stream().map(ShownItem::href).distinct().toList();
        var statuses = (Map<String, Object>) ((JavascriptExecutor) browser()).executeAsyncScript("""
                        const done = arguments[arguments.length - 1];
                        Promise.all(arguments[0].map(h => fetch(h).then(r => [h, r.status])))
                               .then(all => done(Object.fromEntries(all)));
                        """, hrefs);
        assertThat(statuses).hasSize(hrefs.size());
        statuses.forEach((href, status) ->
                assertThat(((Number) status).intValue()).as(href).isEqualTo(200));
    }

    /** The list is cards: each row a box as wide as the screen, deadline and status in view. */
    private static void assertCards() {
        List<WebElement> rows = browser().findElements(By.cssSelector("table.cards tbody tr"));
        assertThat(rows).as("the list has rows").isNotEmpty();
        assertThat(find("table.cards thead").getRect().getHeight())
                .as("column heads hidden")
                .isLessThanOrEqualTo(1);
        for (WebElement row : rows.subList(0, Math.min(5, rows.size()))) {
            assertThat(row.getCssValue("display")).isEqualTo("flex");
            assertThat(row.getRect().getX() + row.getRect().getWidth()).isLessThanOrEqualTo(VIEWPORT_WIDTH);
            for (WebElement cell : row.findElements(By.cssSelector("td.c-due, td.c-status"))) {
                var rect = cell.getRect();
                assertThat(rect.getX()).isGreaterThanOrEqualTo(0);
                assertThat(rect.getX() + rect.getWidth())
                        .as("deadline and status in view")
                        .isLessThanOrEqualTo(VIEWPORT_WIDTH);
                assertThat(rect.getY())
                        .as("deadline and status come first")
                        .isLessThan(row.getRect().getY() + 40);
            }
        }
    }

    private static List<String> tabTexts() {
        return linkTexts("#workspace-tabs a").stream()
                .map(WorkspaceHomeBrowserTest::tabLabel)
                .toList();
    }

    /** A tab's label without the count of items waiting beside it ("Văn bản đến (3)"). */
    private static String tabLabel(String text) {
        return text.replaceAll("\\s*\\(\\d+\\).*$", "").strip();
    }

    private static List<String> linkTexts(String selector) {
        return browser().findElements(By.cssSelector(selector)).stream()
                .map(e -> e.getAttribute("textContent").strip())
                .toList();
    }
}
