package vn.hdndso.identity;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.shared.VnTime;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;
import vn.hdndso.support.WebSession;

/**
 * The counts on the workspace tabs ("Kỳ họp (2)") in Trần Phú: the same numbers as the home's
 * groups, on every workspace page, and the home page asking the work sources once: its SQL
 * statements, counted from the JDBC log of the request, stay below twice those of one round of the
 * sources.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkTabCountsIntegrationTest {

    static final String SLUG = "tran-phu";
    static final String HOME = "/app/councils/" + SLUG + "/home";
    static final String PASSWORD = "Tab-Counts-2026";

    @Autowired
    TestClient client;

    @Autowired
    List<WorkItemSource> sources;

    @Autowired
    Councils councils;

    String clerk;
    String clerkId;
    final String run = UUID.randomUUID().toString().substring(0, 8);

    @BeforeAll
    void aClerkWithSessionsAndMeetingsToPrepare() {
        clerk = TestClient.uniqueUsername("tabs.clerk");
        clerkId = client.createUser(SLUG, clerk, PASSWORD, "Văn thư đếm việc " + run, "CLERK");
        LocalDate today = LocalDate.now(VnTime.ZONE);
        for (int i = 1; i <= 2; i++) {
            var s = client.postJson(
                    "/api/v1/councils/" + SLUG + "/sessions",
                    Map.of(
                            "title",
                            "Kỳ họp đếm việc " + i + " " + run,
                            "startsAt",
                            today.plusDays(20 + i)
                                    .atTime(8, 0)
                                    .atZone(VnTime.ZONE)
                                    .toOffsetDateTime()
                                    .toString(),
                            "kind",
                            "REGULAR"),
                    clerk,
                    PASSWORD);
            assertThat(s.status()).as(s.body()).isEqualTo(201);
        }
        var m = client.postJson(
                "/api/v1/councils/" + SLUG + "/voter-meetings",
                Map.of(
                        "title", "Tiếp xúc cử tri đếm việc " + run,
                        "format", "IN_PERSON",
                        "place", "Nhà văn hóa",
                        "heldOn", today.plusDays(6).toString(),
                        "timing", "BEFORE"),
                clerk,
                PASSWORD);
        assertThat(m.status()).as(m.body()).isEqualTo(201);
    }

    @Test
    void eachTabCountsTheHomesItemsOfItsGroups() {
        var web = new WebSession(client);
        web.signIn(clerk, PASSWORD);
        Document home = Jsoup.parse(web.get(HOME).body());
        long sessions = group(home, "home-group-sessions") + group(home, "home-group-votes");
        long petitions = group(home, "home-group-petitions") + group(home, "home-group-meetings");
        assertThat(sessions).isGreaterThanOrEqualTo(4); // two sessions, each to prepare and upcoming
        assertThat(count(home, "sessions")).isEqualTo(sessions);
        assertThat(count(home, "petitions")).isEqualTo(petitions);
        assertThat(count(home, "home")).isEqualTo(home.select("ol.work > li").size());
        assertThat(tab(home, "sessions").text()).matches("Kỳ họp \\(\\d+\\).*");
        // the counts follow the person to every workspace page
        Document calendar = Jsoup.parse(
                web.get("/app/councils/" + SLUG + "/calendar?view=list").body());
        assertThat(count(calendar, "sessions")).isEqualTo(sessions);
    }

    @Test
    void theHomeAsksTheWorkSourcesOnceForItsListAndItsTabs() {
        Logger jdbc = (Logger) LoggerFactory.getLogger("org.springframework.jdbc.core.JdbcTemplate");
        Level before = jdbc.getLevel();
        ListAppender<ILoggingEvent> statements = new ListAppender<>();
        statements.start();
        jdbc.addAppender(statements);
        jdbc.setLevel(Level.DEBUG);
        try {
            var web = new WebSession(client);
            web.signIn(clerk, PASSWORD);
            web.get(HOME); // warm: first-time caches
            statements.list.clear();
            String page = web.get(HOME).body();
            assertThat(page).contains("tab-count");
            // the request's thread: Tomcat's (virtual threads are named tomcat-handler-N)
            long home = count(
                    statements,
                    e -> e.getThreadName().startsWith("tomcat-handler")
                            || e.getThreadName().startsWith("http-nio"));
            assertThat(home)
                    .as(
                            "statements seen on threads %s",
                            statements.list.stream()
                                    .map(ILoggingEvent::getThreadName)
                                    .distinct()
                                    .toList())
                    .isPositive();

            String testThread = Thread.currentThread().getName();
            statements.list.clear();
            Council council = councils.requireBySlug(SLUG);
            var user = new CurrentUser(
                    new UserId(UUID.fromString(clerkId)), council.id(), clerk, "Văn thư", Set.of(Role.CLERK));
            CurrentUser.Principal principal = () -> user;
            SecurityContextHolder.getContext()
                    .setAuthentication(new TestingAuthenticationToken(principal, null, "ROLE_CLERK"));
            try {
                Tenancy.run(new TenantScope.StaffCouncil(council.id()), () -> {
                    var context = new WorkItemSource.Context(user, council.id(), SLUG, LocalDate.now(VnTime.ZONE));
                    sources.forEach(s -> s.itemsFor(context));
                });
            } finally {
                SecurityContextHolder.clearContext();
            }
            long oneRound = count(statements, e -> e.getThreadName().equals(testThread));
            System.out.printf(
                    "home page: %d SQL statements; one round of the %d work sources: %d%n",
                    home, sources.size(), oneRound);
            assertThat(oneRound).isPositive();
            assertThat(home)
                    .as("the home and its tab counts share one round of the sources")
                    .isGreaterThanOrEqualTo(oneRound)
                    .isLessThan(2 * oneRound);
        } finally {
            jdbc.detachAppender(statements);
            jdbc.setLevel(before);
        }
    }

    private static long count(ListAppender<ILoggingEvent> appender, Predicate<ILoggingEvent> which) {
        return List.copyOf(appender.list).stream()
                .filter(which)
                .filter(e -> e.getFormattedMessage().startsWith("Executing"))
                .count();
    }

    private static long group(Document home, String id) {
        var heading = home.getElementById(id);
        return heading == null ? 0 : Long.parseLong(heading.select(".count").text());
    }

    private static org.jsoup.nodes.Element tab(Document page, String key) {
        return page.select("#workspace-tabs a").stream()
                .filter(a -> a.attr("href").endsWith("/" + key))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no tab " + key));
    }

    private static long count(Document page, String key) {
        String text = tab(page, key).select(".tab-count").text();
        return text.isEmpty() ? 0 : Long.parseLong(text.replaceAll("[()]", ""));
    }
}
