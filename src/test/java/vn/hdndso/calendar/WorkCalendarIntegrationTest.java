package vn.hdndso.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hdndso.shared.VnTime;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;
import vn.hdndso.support.WebSession;

/**
 * The work calendar of each person in Trần Phú and their personal feed: a delegate's has the
 * sittings they were convened to (a cancelled one marked cancelled, a postponed one at its new time
 * and its old time marked postponed), not a planned one nor another council's; the office's has
 * them all; a revoked or unknown token answers 404 with nothing in it.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkCalendarIntegrationTest {

    static final String SLUG = "tran-phu";
    static final String OTHER = "ai-quoc";
    static final String PASSWORD = "Calendar-Pass-2026";
    static final Pattern FEED = Pattern.compile("/lich/([A-Za-z0-9_-]{43})\\.ics");

    @Autowired
    TestClient client;

    String chair;
    String clerk;
    String delegate;
    String otherClerk;
    String otherChair;
    final String run = UUID.randomUUID().toString().substring(0, 8);
    LocalDate base;
    String convened;
    String planned;
    String cancelled;
    String postponed;
    String elsewhere;

    @BeforeAll
    void sittingsOfEveryState() {
        chair = user(SLUG, "cal.chair", "COUNCIL_ADMIN");
        clerk = user(SLUG, "cal.clerk", "CLERK");
        delegate = user(SLUG, "cal.delegate", "DELEGATE");
        otherChair = user(OTHER, "cal.otherchair", "COUNCIL_ADMIN");
        otherClerk = user(OTHER, "cal.otherclerk", "CLERK");
        user(OTHER, "cal.otherdelegate", "DELEGATE");
        base = LocalDate.now(VnTime.ZONE).plusDays(40);
        convened = "Kỳ họp lịch triệu tập " + run;
        planned = "Kỳ họp lịch dự kiến " + run;
        cancelled = "Kỳ họp lịch bị hủy " + run;
        postponed = "Kỳ họp lịch bị hoãn " + run;
        elsewhere = "Kỳ họp xã khác " + run;
        String c = session(SLUG, clerk, convened, base.plusDays(1));
        convene(SLUG, chair, c);
        session(SLUG, clerk, planned, base.plusDays(2));
        String x = session(SLUG, clerk, cancelled, base.plusDays(3));
        convene(SLUG, chair, x);
        ok(client.postJson(api(SLUG) + "/sessions/" + x + "/cancel", Map.of("reason", "Thiên tai"), chair, PASSWORD));
        String p = session(SLUG, clerk, postponed, base.plusDays(4));
        convene(SLUG, chair, p);
        ok(client.postJson(
                api(SLUG) + "/sessions/" + p + "/postpone",
                Map.of("startsAt", at(base.plusDays(9)), "reason", "Trùng lịch"),
                chair,
                PASSWORD));
        String e = session(OTHER, otherClerk, elsewhere, base.plusDays(1));
        convene(OTHER, otherChair, e);
    }

    @Test
    void theDelegatesCalendarHasTheSittingsTheyWereConvenedToAndNothingElse() {
        var web = signedIn(delegate);
        Document list =
                Jsoup.parse(web.get(page(SLUG) + "?view=list&date=" + base).body());
        String text = list.select(".cal-entries").text();
        assertThat(text).contains(convened, cancelled, postponed).doesNotContain(planned, elsewhere);
        assertThat(entry(list, cancelled).text()).contains("Đã hủy");
        assertThat(list.select("a.cal-entry.postponed").text()).contains(postponed, "Đã hoãn");
        assertThat(entry(list, convened).attr("href")).startsWith("/app/councils/" + SLUG + "/my-sessions/");
        assertThat(entry(list, convened).text()).contains("08:00", "Kỳ họp");
    }

    @Test
    void theOfficesCalendarHasEverySittingLinkingToTheStaffPage() {
        var web = signedIn(clerk);
        Document list =
                Jsoup.parse(web.get(page(SLUG) + "?view=list&date=" + base).body());
        assertThat(list.select(".cal-entries").text())
                .contains(convened, planned, cancelled, postponed)
                .doesNotContain(elsewhere);
        assertThat(entry(list, planned).attr("href")).startsWith("/app/councils/" + SLUG + "/sessions/");
    }

    @Test
    void theMonthAndWeekViewsShowTheSameEntriesInTheirGrid() {
        var web = signedIn(clerk);
        Document month = Jsoup.parse(
                web.get(page(SLUG) + "?view=month&date=" + base.plusDays(1)).body());
        assertThat(month.select("table.cal-month tbody tr")).hasSizeBetween(4, 6);
        assertThat(month.select("table.cal-month tbody tr").first().select("td"))
                .hasSize(7);
        assertThat(month.select("table.cal-month thead th").first().text()).isEqualTo("T2");
        assertThat(month.select("td time, td a.cal-date").text()).isNotBlank();
        assertThat(month.select("ul.cal-month-entries").text()).contains(convened);
        Document week = Jsoup.parse(
                web.get(page(SLUG) + "?view=week&date=" + base.plusDays(1)).body());
        assertThat(week.select("ol.cal-week > li")).hasSize(7);
        assertThat(week.select("ol.cal-week").text()).contains(convened);
    }

    @Test
    void withoutAViewADesktopOpensTheMonthAndNonsenseFallsBackToToday() {
        var web = signedIn(clerk);
        var desktop = web.get(page(SLUG));
        assertThat(desktop.status()).isEqualTo(200);
        assertThat(Jsoup.parse(desktop.body()).select("table.cal-month")).hasSize(1);
        var nonsense = web.get(page(SLUG) + "?view=bogus&date=not-a-date");
        assertThat(nonsense.status()).isEqualTo(200);
        assertThat(Jsoup.parse(nonsense.body()).select("td.today")).hasSize(1);
    }

    @Test
    void aDelegatesFeedCarriesTheirSittingsCancelledAndPostponedOnesAsCancelled() {
        var web = signedIn(delegate);
        String token = issue(web);
        var feed = client.get("/lich/" + token + ".ics");
        assertThat(feed.status()).isEqualTo(200);
        assertThat(feed.header("Content-Type")).startsWith("text/calendar");
        assertThat(feed.header("Cache-Control")).contains("no-store");
        String ics = unfold(feed.body());
        assertThat(ics)
                .contains("BEGIN:VCALENDAR", "SUMMARY:" + convened, "SUMMARY:" + cancelled, "SUMMARY:" + postponed);
        assertThat(ics).doesNotContain(planned, elsewhere);
        assertThat(event(ics, cancelled)).contains("STATUS:CANCELLED");
        assertThat(event(ics, convened)).contains("STATUS:CONFIRMED", "/app/councils/" + SLUG + "/my-sessions/");
        // the postponed sitting: confirmed at its new time, its old time cancelled
        assertThat(ics.split("SUMMARY:" + Pattern.quote(postponed), -1)).hasSize(3);
        assertThat(ics).contains("STATUS:CANCELLED");
        long cancelledEvents =
                ics.lines().filter(l -> l.equals("STATUS:CANCELLED")).count();
        assertThat(cancelledEvents).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aRevokedOrUnknownTokenAnswers404WithNothingInIt() {
        var web = signedIn(delegate);
        String first = issue(web);
        assertThat(client.get("/lich/" + first + ".ics").status()).isEqualTo(200);
        String second = issue(web); // a new link revokes the old one
        var old = client.get("/lich/" + first + ".ics");
        assertThat(old.status()).isEqualTo(404);
        assertThat(old.body()).doesNotContain(convened, "BEGIN:VCALENDAR");
        assertThat(client.get("/lich/" + second + ".ics").status()).isEqualTo(200);
        var revoke = web.submit(page(SLUG), page(SLUG) + "/feed/revoke", Map.of());
        assertThat(revoke.status()).isEqualTo(302);
        assertThat(web.get(WebSession.redirectPath(revoke)).body()).contains("Đã thu hồi đường dẫn lịch");
        var revoked = client.get("/lich/" + second + ".ics");
        assertThat(revoked.status()).isEqualTo(404);
        assertThat(revoked.body()).doesNotContain(convened, "BEGIN:VCALENDAR");
        assertThat(client.get("/lich/" + FeedSecret.generate() + ".ics").status())
                .isEqualTo(404);
        assertThat(client.get("/lich/khong-phai-ma.ics").status()).isEqualTo(404);
        assertThat(web.get(page(SLUG)).body()).contains("Bạn chưa có đường dẫn lịch cá nhân");
    }

    @Test
    void theClerksFeedHasThePlannedSittingAndAnotherCouncilsClerkSeesNoneOfIt() {
        String token = issue(signedIn(clerk));
        String ics = unfold(client.get("/lich/" + token + ".ics").body());
        assertThat(ics).contains(planned, convened).doesNotContain(elsewhere);
        String other = issue(signedIn(otherClerk), OTHER);
        String otherIcs = unfold(client.get("/lich/" + other + ".ics").body());
        assertThat(otherIcs).contains(elsewhere).doesNotContain(planned, convened, cancelled);
    }

    // ---- helpers ----

    private String issue(WebSession web) {
        return issue(web, SLUG);
    }

    private String issue(WebSession web, String slug) {
        var made = web.submit(page(slug), page(slug) + "/feed", Map.of());
        assertThat(made.status()).isEqualTo(302);
        String shown = web.get(WebSession.redirectPath(made)).body();
        Matcher m = FEED.matcher(shown);
        assertThat(m.find()).as("the new link is shown once").isTrue();
        assertThat(shown).contains("chỉ hiện một lần");
        assertThat(web.get(page(slug)).body())
                .doesNotContain(m.group(1))
                .contains("Bạn có một đường dẫn lịch tạo ngày");
        return m.group(1);
    }

    private static org.jsoup.nodes.Element entry(Document page, String title) {
        return page.select("a.cal-entry:not(.postponed):contains(" + title + ")")
                .first();
    }

    /** The VEVENT whose SUMMARY is {@code title} (the first one). */
    private static String event(String ics, String title) {
        int at = ics.indexOf("SUMMARY:" + title);
        assertThat(at).as(title).isPositive();
        int start = ics.lastIndexOf("BEGIN:VEVENT", at);
        int end = ics.indexOf("END:VEVENT", at);
        return ics.substring(start, end);
    }

    private static String unfold(String ics) {
        return ics.replace("\r\n ", "").replace("\r\n", "\n");
    }

    private WebSession signedIn(String username) {
        var web = new WebSession(client);
        web.signIn(username, PASSWORD);
        return web;
    }

    private String user(String slug, String prefix, String role) {
        String username = TestClient.uniqueUsername(prefix);
        client.createUser(slug, username, PASSWORD, "Người thử lịch " + prefix + " " + run, role);
        return username;
    }

    private String session(String slug, String clerk, String title, LocalDate day) {
        var created = client.postJson(
                api(slug) + "/sessions",
                Map.of("title", title, "startsAt", at(day), "kind", "REGULAR"),
                clerk,
                PASSWORD);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private void convene(String slug, String chair, String id) {
        ok(client.request("POST", api(slug) + "/sessions/" + id + "/convene", null, chair, PASSWORD));
    }

    private static String at(LocalDate day) {
        return day.atTime(8, 0).atZone(VnTime.ZONE).toOffsetDateTime().toString();
    }

    private static void ok(TestClient.Response r) {
        assertThat(r.status()).as(r.body()).isBetween(200, 299);
    }

    private static String api(String slug) {
        return "/api/v1/councils/" + slug;
    }

    private static String page(String slug) {
        return "/app/councils/" + slug + "/calendar";
    }
}
