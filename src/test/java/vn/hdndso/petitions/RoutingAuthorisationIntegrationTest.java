package vn.hdndso.petitions;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hdndso.petitions.RoutingAuthorisationIntegrationTest.Who.ANONYMOUS;
import static vn.hdndso.petitions.RoutingAuthorisationIntegrationTest.Who.CITY_ADMIN;
import static vn.hdndso.petitions.RoutingAuthorisationIntegrationTest.Who.CLERK;
import static vn.hdndso.petitions.RoutingAuthorisationIntegrationTest.Who.COMMITTEE_MEMBER;
import static vn.hdndso.petitions.RoutingAuthorisationIntegrationTest.Who.COUNCIL_ADMIN;
import static vn.hdndso.petitions.RoutingAuthorisationIntegrationTest.Who.DELEGATE;
import static vn.hdndso.petitions.RoutingAuthorisationIntegrationTest.Who.EXECUTIVE_OFFICER;
import static vn.hdndso.petitions.RoutingAuthorisationIntegrationTest.Who.FRONT_OFFICER;
import static vn.hdndso.petitions.RoutingAuthorisationIntegrationTest.Who.OTHER_COUNCIL_ADMIN;
import static vn.hdndso.petitions.RoutingAuthorisationIntegrationTest.Who.OTHER_UNIT_OFFICER;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;
import vn.hdndso.support.WebSession;

/**
 * Every routing, feedback and figures endpoint (API and pages) for every kind of caller in Xã Bình
 * Giang, with what comes back: the office reads the defaults, only the administrator sets them; an
 * officer of unit A sees only unit A's issues and their routing; anyone may rate with a code and read
 * the figures; an administrator of Kẻ Sặt reads nothing of Bình Giang's staff side.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoutingAuthorisationIntegrationTest {

    static final String SLUG = "binh-giang";
    static final String API = "/api/v1/councils/" + SLUG;
    static final String PAGE = "/app/councils/" + SLUG + "/petitions/routing";

    enum Who {
        ANONYMOUS,
        CITY_ADMIN,
        COUNCIL_ADMIN,
        CLERK,
        DELEGATE,
        COMMITTEE_MEMBER,
        EXECUTIVE_OFFICER,
        OTHER_UNIT_OFFICER,
        FRONT_OFFICER,
        OTHER_COUNCIL_ADMIN
    }

    static final Set<Who> OFFICE = EnumSet.of(CITY_ADMIN, COUNCIL_ADMIN, CLERK);
    static final Set<Who> ADMINS = EnumSet.of(CITY_ADMIN, COUNCIL_ADMIN);

    @Autowired
    TestClient client;

    RoutingFixture fixture;
    final Map<Who, String> usernames = new EnumMap<>(Who.class);
    String unitA;
    String unitAName;
    String unitB;
    RoutingFixture.Sent issueA;
    RoutingFixture.Sent issueB;

    @BeforeAll
    void setUp() {
        fixture = new RoutingFixture(client, SLUG);
        unitAName = "Phòng Kinh tế Bình Giang " + RoutingFixture.marker();
        unitA = fixture.unit(unitAName);
        unitB = fixture.unit("Phòng Văn hóa Bình Giang " + RoutingFixture.marker());
        usernames.put(CITY_ADMIN, TestClient.ADMIN);
        usernames.put(COUNCIL_ADMIN, fixture.account("ra.admin", "COUNCIL_ADMIN", null));
        usernames.put(CLERK, fixture.account("ra.clerk", "CLERK", null));
        usernames.put(DELEGATE, fixture.account("ra.delegate", "DELEGATE", null));
        usernames.put(COMMITTEE_MEMBER, fixture.account("ra.committee", "COMMITTEE_MEMBER", null));
        usernames.put(EXECUTIVE_OFFICER, fixture.account("ra.officer.a", "EXECUTIVE_OFFICER", unitA));
        usernames.put(OTHER_UNIT_OFFICER, fixture.account("ra.officer.b", "EXECUTIVE_OFFICER", unitB));
        usernames.put(FRONT_OFFICER, fixture.account("ra.front", "FRONT_OFFICER", null));
        usernames.put(OTHER_COUNCIL_ADMIN, fixture.account("ke-sat", "ra.kesat", "COUNCIL_ADMIN", null));
        var saved = call(
                COUNCIL_ADMIN,
                "PUT",
                API + "/petition-routes/DAT_DAI/COMMUNE",
                "{\"bodyKind\":\"EXECUTIVE_UNIT\",\"executiveUnitId\":\"" + unitA + "\"}");
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        String clerk = usernames.get(CLERK);
        issueA = fixture.submit(
                "Đề nghị cấp sổ đỏ cho các hộ dân đã nộp hồ sơ đo đạc từ năm trước ở", RoutingFixture.marker(), clerk);
        fixture.classify(issueA.issueId(), "DAT_DAI", "COMMUNE", clerk);
        fixture.answerAndPublish(issueA.issueId(), unitA, clerk);
        issueB = fixture.submit(
                "Nhà văn hóa thôn xuống cấp, mái dột, đề nghị sửa chữa để sinh hoạt cộng đồng ở",
                RoutingFixture.marker(),
                clerk);
        assertThat(fixture.transfer(issueB.issueId(), unitB, null, null, clerk).status())
                .isEqualTo(200);
    }

    String password(Who who) {
        return who == CITY_ADMIN ? TestClient.ADMIN_PASSWORD : RoutingFixture.PASSWORD;
    }

    TestClient.Response call(Who who, String method, String path, String json) {
        return who == ANONYMOUS
                ? client.request(method, path, json, null, null)
                : client.request(method, path, json, usernames.get(who), password(who));
    }

    /** Each caller gets {@code allowed} if in the set, else 401 (anonymous), 404 (another council), 403. */
    void expect(String method, String path, String json, int allowed, Set<Who> permitted) {
        for (Who who : Who.values()) {
            int status =
                    permitted.contains(who) ? allowed : who == ANONYMOUS ? 401 : who == OTHER_COUNCIL_ADMIN ? 404 : 403;
            var response = call(who, method, path, json);
            assertThat(response.status())
                    .as(method + " " + path + " as " + who + ": " + response.body())
                    .isEqualTo(status);
            if (status >= 400) {
                assertThat(response.header("Content-Type")).startsWith("application/problem+json");
            }
        }
    }

    @Test
    void theOfficeReadsTheDefaultsAndOnlyTheAdministratorSetsThem() {
        expect("GET", API + "/petition-routes", null, 200, OFFICE);
        for (Who who : OFFICE) {
            assertThat(call(who, "GET", API + "/petition-routes", null).body())
                    .as(who.name())
                    .contains(unitAName)
                    .contains("\"field\":\"DAT_DAI\"");
        }
        for (Who who : Who.values()) {
            var put = call(
                    who,
                    "PUT",
                    API + "/petition-routes/KHAC/CENTRAL",
                    "{\"bodyKind\":\"AGENCY\",\"bodyName\":\"Cơ quan do " + who + " đặt\"}");
            int expected = ADMINS.contains(who) ? 200 : who == ANONYMOUS ? 401 : who == OTHER_COUNCIL_ADMIN ? 404 : 403;
            assertThat(put.status()).as(who + ": " + put.body()).isEqualTo(expected);
        }
        String routes = call(CLERK, "GET", API + "/petition-routes", null).body();
        assertThat(routes).contains("Cơ quan do COUNCIL_ADMIN đặt");
        for (Who who : Who.values()) {
            if (!ADMINS.contains(who)) {
                assertThat(routes).doesNotContain("Cơ quan do " + who + " đặt");
            }
        }
        var unknown = call(COUNCIL_ADMIN, "PUT", API + "/petition-routes/KHONG_CO/COMMUNE", "{\"bodyKind\":\"CITY\"}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("errors").get(0).get("field").asString()).isEqualTo("field");
        expect("DELETE", API + "/petition-routes/KHAC/CENTRAL", null, 204, ADMINS);
        assertThat(call(CLERK, "GET", API + "/petition-routes", null).body()).doesNotContain("Cơ quan do");
    }

    @Test
    void anIssuesRoutingIsForTheOfficeAndTheOfficerOfItsUnitOnly() {
        String path = API + "/petition-issues/" + issueA.issueId() + "/routing";
        for (Who who : Who.values()) {
            var response = call(who, "GET", path, null);
            int expected = EnumSet.of(CITY_ADMIN, COUNCIL_ADMIN, CLERK, EXECUTIVE_OFFICER)
                            .contains(who)
                    ? 200
                    : who == ANONYMOUS ? 401 : who == OTHER_UNIT_OFFICER || who == OTHER_COUNCIL_ADMIN ? 404 : 403;
            assertThat(response.status()).as(who + ": " + response.body()).isEqualTo(expected);
            if (expected == 200) {
                assertThat(response.json()
                                .get("proposal")
                                .get("body")
                                .get("name")
                                .asString())
                        .isEqualTo(unitAName);
                assertThat(response.json()
                                .get("trail")
                                .get("steps")
                                .get(0)
                                .get("kind")
                                .asString())
                        .as("a transfer to the default body")
                        .isEqualTo("ROUTED");
            }
        }
        // People's Committee officers work from their unit's inbox only
        String a = call(EXECUTIVE_OFFICER, "GET", API + "/petition-issues?size=500", null)
                .body();
        assertThat(a).contains(issueA.issueId()).doesNotContain(issueB.issueId());
        String b = call(OTHER_UNIT_OFFICER, "GET", API + "/petition-issues?size=500", null)
                .body();
        assertThat(b).contains(issueB.issueId()).doesNotContain(issueA.issueId());
    }

    @Test
    void theChangedTransferStillBelongsToTheOfficeAndAsksForAReason() {
        String clerk = usernames.get(CLERK);
        var land = fixture.submit(
                "Ranh giới đất nông nghiệp giữa hai xứ đồng chưa rõ, đề nghị cắm mốc lại ở",
                RoutingFixture.marker(),
                clerk);
        fixture.classify(land.issueId(), "DAT_DAI", "COMMUNE", clerk);
        expect(
                "POST",
                API + "/petition-issues/" + land.issueId() + "/transfer",
                "{\"bodyKind\":\"EXECUTIVE_UNIT\",\"executiveUnitId\":\"" + unitB + "\"}",
                400,
                OFFICE);
        var refused = call(
                CLERK,
                "POST",
                API + "/petition-issues/" + land.issueId() + "/transfer",
                "{\"bodyKind\":\"EXECUTIVE_UNIT\",\"executiveUnitId\":\"" + unitB + "\"}");
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");
    }

    @Test
    void anyoneWithTheCodeRatesAndAnyoneReadsTheFigures() {
        for (Who who : Who.values()) {
            var loop = call(who, "GET", "/api/v1/petitions/" + issueA.code() + "/feedback", null);
            assertThat(loop.status()).as(who.name()).isEqualTo(200);
            assertThat(loop.json().get("canRate").asBoolean()).isTrue();
            var rated = call(
                    who,
                    "POST",
                    "/api/v1/petitions/" + issueA.code() + "/rating",
                    "{\"satisfied\":" + (who.ordinal() % 2 == 0) + "}");
            assertThat(rated.status()).as(who + ": " + rated.body()).isEqualTo(200);
            assertThat(rated.json().get("satisfied").asBoolean()).isEqualTo(who.ordinal() % 2 == 0);
            var figures = call(who, "GET", API + "/petition-figures", null);
            assertThat(figures.status()).as(who.name()).isEqualTo(200);
            assertThat(figures.json().get("ratings").asLong()).isGreaterThanOrEqualTo(1);
            assertThat(figures.body()).doesNotContain("sổ đỏ");
            var csv = call(who, "GET", API + "/petition-figures.csv", null);
            assertThat(csv.status()).isEqualTo(200);
            assertThat(csv.body()).contains("total,ratings,");
            var session = signedIn(who);
            var page = session.get("/" + SLUG + "/kien-nghi/thong-ke");
            assertThat(page.status()).as(who.name()).isEqualTo(200);
            assertThat(page.body()).contains("<svg class=\"hbars\"").contains("Vụ việc theo lĩnh vực");
            var tracking = session.get(
                    "/" + SLUG + "/kien-nghi/tra-cuu/" + issueA.code().replace("-", ""));
            assertThat(tracking.status()).isEqualTo(200);
            assertThat(tracking.body()).contains("id=\"feedback\"").contains("id=\"rate\"");
        }
        assertThat(client.get("/api/v1/petitions/ABCDE23456/feedback").status()).isEqualTo(404);
        // a code is found only on its own council's pages
        assertThat(client.get("/ke-sat/kien-nghi/tra-cuu/" + issueA.code().replace("-", ""))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void theDefaultsPageShowsTheOfficeTheTableAndOnlyTheAdministratorTheForm() {
        for (Who who : Who.values()) {
            var session = signedIn(who);
            var page = session.get(PAGE);
            if (who == ANONYMOUS) {
                assertThat(page.status()).isEqualTo(302);
                continue;
            }
            if (who == OTHER_COUNCIL_ADMIN) {
                assertThat(page.status()).isEqualTo(404);
                continue;
            }
            if (!OFFICE.contains(who)) {
                assertThat(page.status()).as(who.name()).isEqualTo(403);
                assertThat(page.body()).doesNotContain(unitAName);
                continue;
            }
            assertThat(page.status()).as(who.name()).isEqualTo(200);
            assertThat(page.body()).contains("id=\"routing-table\"").contains(unitAName);
            assertThat(page.body().contains("id=\"set-route\"")).as(who.name()).isEqualTo(ADMINS.contains(who));
        }
        for (Who who : Who.values()) {
            var session = signedIn(who);
            String from = who == ANONYMOUS
                    ? "/login"
                    : who == OTHER_COUNCIL_ADMIN ? "/app/councils/ke-sat" : "/app/councils/" + SLUG;
            var posted = session.submit(
                    from,
                    PAGE,
                    Map.of("field", "GIAO_DUC", "level", "CITY", "bodyKind", "CITY", "bodyName", "Sở GD " + who));
            if (who == ANONYMOUS) {
                assertThat(posted.status()).isEqualTo(302);
                assertThat(WebSession.redirectPath(posted)).startsWith("/login");
                continue;
            }
            assertThat(posted.status()).as(who.name()).isEqualTo(ADMINS.contains(who) ? 302 : 404);
        }
        String routes = call(CLERK, "GET", API + "/petition-routes", null).body();
        assertThat(routes)
                .contains("Sở GD COUNCIL_ADMIN")
                .doesNotContain("Sở GD CLERK")
                .doesNotContain("Sở GD DELEGATE");
    }

    WebSession signedIn(Who who) {
        var session = new WebSession(client);
        if (who != ANONYMOUS) {
            session.signIn(usernames.get(who), password(who));
        }
        return session;
    }
}
