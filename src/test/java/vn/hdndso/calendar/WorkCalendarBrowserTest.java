package vn.hdndso.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import vn.hdndso.shared.VnTime;
import vn.hdndso.support.BrowserTest;
import vn.hdndso.support.TestClient;

/**
 * A delegate of Trần Phú opens their work calendar on a phone: it opens as a list, the sitting they
 * were convened to is there and leads to their session page; the month view fits the phone and a
 * day leads back to its list; they make their personal feed link. Screenshots of the three views at
 * 390 px and 1366 px, the home with its tab counts and the oversight programme page.
 */
class WorkCalendarBrowserTest extends BrowserTest {

    static final String SLUG = "tran-phu";
    static final String PASSWORD = "Calendar-Browser-2026";
    static final String CALENDAR = "/app/councils/" + SLUG + "/calendar";

    @AfterEach
    void backToThePhone() {
        usePhoneViewport();
    }

    @Test
    void aDelegateReadsTheirCalendarOnAPhone() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String chair = user("calb.chair", "COUNCIL_ADMIN", run);
        String clerk = user("calb.clerk", "CLERK", run);
        String delegate = user("calb.delegate", "DELEGATE", run);
        // a day of this month when possible, so that the month opened today shows it
        LocalDate today = LocalDate.now(VnTime.ZONE);
        LocalDate day = today.plusDays(2).getMonth() == today.getMonth() ? today.plusDays(2) : today.plusDays(1);
        String title = "Kỳ họp trên điện thoại " + run;
        var created = client.postJson(
                "/api/v1/councils/" + SLUG + "/sessions",
                Map.of(
                        "title",
                        title,
                        "startsAt",
                        day.atTime(8, 0).atZone(VnTime.ZONE).toOffsetDateTime().toString(),
                        "kind",
                        "REGULAR"),
                clerk,
                PASSWORD);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        var convened = client.request(
                "POST", "/api/v1/councils/" + SLUG + "/sessions/" + id + "/convene", null, chair, PASSWORD);
        assertThat(convened.status()).as(convened.body()).isEqualTo(200);

        signIn(delegate);
        // opened without a view on a phone: the list
        open(CALENDAR);
        waitUntil(d -> currentPath().contains("view=list"));
        assertThat(find(".cal-views [aria-current=page]").getText()).isEqualTo("Danh sách");
        var entry = find("a.cal-entry[href$='/my-sessions/" + id + "']");
        assertThat(entry.getText()).contains(title, "08:00", "Kỳ họp");
        assertThat(entry.getSize().getHeight()).as("touch target").isGreaterThanOrEqualTo(44);
        assertThat(scrollWidth()).as("the list fits the phone").isLessThanOrEqualTo(VIEWPORT_WIDTH);
        assertAccessible();
        screenshot("calendar-list-390");
        entry.click();
        waitUntil(d -> currentPath().equals("/app/councils/" + SLUG + "/my-sessions/" + id));

        // the month: a grid of whole weeks that fits the phone, each day with a count, a day opens its list
        open(CALENDAR + "?view=list&date=" + day);
        find(".cal-views a[href*='view=month']").click();
        waitUntil(d -> currentPath().contains("view=month"));
        assertThat(browser()
                        .findElements(By.cssSelector("table.cal-month tbody tr"))
                        .size())
                .isBetween(4, 6);
        assertThat(scrollWidth()).as("the month fits the phone").isLessThanOrEqualTo(VIEWPORT_WIDTH);
        var cell = find("table.cal-month a.cal-date[href$='date=" + day + "']");
        assertThat(cell.findElement(By.cssSelector(".cal-dots")).getText()).isNotBlank();
        assertThat(cell.getSize().getHeight()).as("touch target").isGreaterThanOrEqualTo(44);
        assertAccessible();
        screenshot("calendar-month-390");
        cell.click();
        waitUntil(d -> currentPath().contains("view=list") && currentPath().contains("date=" + day));
        assertThat(find(".cal-entries").getText()).contains(title);

        open(CALENDAR + "?view=week&date=" + day);
        assertThat(find("ol.cal-week").getText()).contains(title);
        assertThat(scrollWidth()).as("the week fits the phone").isLessThanOrEqualTo(VIEWPORT_WIDTH);
        screenshot("calendar-week-390");

        // the personal feed's link, shown once
        open(CALENDAR + "?view=list");
        find("#feed form button[type=submit]").click();
        waitUntil(d -> !browser().findElements(By.id("feed-url")).isEmpty());
        assertThat(find("#feed-url").getAttribute("value")).matches(".*/lich/[A-Za-z0-9_-]{43}\\.ics");
        screenshot("calendar-feed-390");

        // ChromeDriver's phone emulation comes back with each page loaded: widen after loading
        open(CALENDAR + "?view=month&date=" + day);
        useViewport(1366, 900);
        // a desktop month names the day's first entries in its cell (other tests' sittings may fill it)
        var desktopCell =
                find("table.cal-month a.cal-date[href$='date=" + day + "']").findElement(By.xpath("ancestor::td"));
        waitUntil(d ->
                desktopCell.findElement(By.cssSelector("ul.cal-month-entries")).isDisplayed());
        assertThat(desktopCell.getText()).containsAnyOf(title, "+");
        screenshot("calendar-month-1366");
        open(CALENDAR + "?view=week&date=" + day);
        useViewport(1366, 900);
        assertThat(find("ol.cal-week").getText()).contains(title);
        screenshot("calendar-week-1366");
        open(CALENDAR + "?view=list&date=" + day);
        useViewport(1366, 900);
        screenshot("calendar-list-1366");
        usePhoneViewport();
    }

    @Test
    void theClerksHomeCountsTheWorkOnItsTabsAndTheProgrammePageTakesProposals() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String clerk = user("calb.homeclerk", "CLERK", run);
        var created = client.postJson(
                "/api/v1/councils/" + SLUG + "/sessions",
                Map.of(
                        "title",
                        "Kỳ họp đếm trên thẻ " + run,
                        "startsAt",
                        LocalDate.now(VnTime.ZONE)
                                .plusDays(12)
                                .atTime(8, 0)
                                .atZone(VnTime.ZONE)
                                .toOffsetDateTime()
                                .toString(),
                        "kind",
                        "REGULAR"),
                clerk,
                PASSWORD);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        signIn(clerk);
        open("/app/councils/" + SLUG + "/home");
        find("button.tabs-toggle").click();
        waitUntil(d -> find("#workspace-tabs").isDisplayed());
        assertThat(find("#workspace-tabs a[href$='/sessions'] .tab-count").getText())
                .matches("\\(\\d+\\)");
        assertAccessible();
        screenshot("home-tab-counts-390");
        useViewport(1366, 900);
        screenshot("home-tab-counts-1366");

        usePhoneViewport();
        int year = LocalDate.now(VnTime.ZONE).getYear() + 1;
        open("/app/councils/" + SLUG + "/oversight/programme/" + year);
        find("#proposal-title").sendKeys("Giám sát chuyển đổi số ở bộ phận một cửa " + run);
        find("#proposal-form button[type=submit]").click();
        waitUntil(d -> find("ol.proposals").getText().contains(run));
        assertThat(scrollWidth()).as("the programme fits the phone").isLessThanOrEqualTo(VIEWPORT_WIDTH);
        assertAccessible();
        screenshot("oversight-programme-390");
        useViewport(1366, 900);
        screenshot("oversight-programme-1366");
    }

    private String user(String prefix, String role, String run) {
        String username = TestClient.uniqueUsername(prefix);
        client.createUser(SLUG, username, PASSWORD, "Người thử " + prefix + " " + run, role);
        return username;
    }

    private void signIn(String username) {
        open("/login");
        find("#username").sendKeys(username);
        find("#password").sendKeys(PASSWORD);
        find("form.stack button[type=submit]").click();
        waitUntil(d -> currentPath().startsWith("/app/"));
    }
}
