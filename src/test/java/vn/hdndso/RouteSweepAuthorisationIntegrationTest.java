package vn.hdndso;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.web.util.pattern.PathPatternParser;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;
import vn.hdndso.support.WebSession;
import vn.hdndso.support.authz.Route;
import vn.hdndso.support.authz.RouteTable;

/**
 * Every GET route of the route table that needs no identifier but the council's (lists, overviews,
 * feeds, pages, exports of Xã Tân Minh), called as every kind of caller: anonymous, the city
 * administrator, each role of Tân Minh, an API key (API_CLIENT) and the administrator of Xã Tiến
 * Minh. Private markers are planted first (a petitioner's name and contact, the staff's user names);
 * the content each caller gets is checked: nobody answers 5xx or shows a stack trace, anonymous
 * callers are sent to sign in for the workspace, the other council's administrator never gets Tân
 * Minh's workspace, and none of anonymous, API key and other council sees a private marker.
 * Routes read from the running application, so a new list or page is swept without a new line.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RouteSweepAuthorisationIntegrationTest {

    static final String SLUG = "tan-minh";
    static final String OTHER_SLUG = "tien-minh";
    static final String PASSWORD = "Sweep-Pass-2026";

    enum Who {
        ANONYMOUS,
        CITY_ADMIN,
        COUNCIL_ADMIN,
        CLERK,
        DELEGATE,
        COMMITTEE_MEMBER,
        EXECUTIVE_OFFICER,
        FRONT_OFFICER,
        API_CLIENT,
        OTHER_COUNCIL_ADMIN
    }

    @Autowired
    TestClient client;

    @Autowired
    ApplicationContext context;

    final Map<Who, String> usernames = new EnumMap<>(Who.class);
    final Map<Who, WebSession> sessions = new EnumMap<>(Who.class);
    final List<String> markers = new ArrayList<>();
    String apiToken;

    @BeforeAll
    void callersAndMarkers() {
        usernames.put(Who.CITY_ADMIN, TestClient.ADMIN);
        for (Who who : List.of(
                Who.COUNCIL_ADMIN,
                Who.CLERK,
                Who.DELEGATE,
                Who.COMMITTEE_MEMBER,
                Who.EXECUTIVE_OFFICER,
                Who.FRONT_OFFICER)) {
            String username = TestClient.uniqueUsername(
                    "sweep." + who.name().toLowerCase().replace('_', '-'));
            client.createUser(SLUG, username, PASSWORD, "Người quét " + who.name(), who.name());
            usernames.put(who, username);
            markers.add(username);
        }
        String other = TestClient.uniqueUsername("sweep.other");
        client.createUser(OTHER_SLUG, other, PASSWORD, "Quản trị Tiến Minh", "COUNCIL_ADMIN");
        usernames.put(Who.OTHER_COUNCIL_ADMIN, other);

        String machine = TestClient.uniqueUsername("sweep.machine");
        String machineId = client.createUser(SLUG, machine, PASSWORD, "Hệ thống quét", "API_CLIENT");
        var key = client.postJson(
                "/api/v1/councils/" + SLUG + "/api-keys",
                Map.of("userId", machineId, "name", "Khóa quét tuyến"),
                TestClient.ADMIN,
                TestClient.ADMIN_PASSWORD);
        assertThat(key.status()).as(key.body()).isEqualTo(201);
        apiToken = key.json().get("token").asString();

        String hex = UUID.randomUUID().toString().replace("-", "");
        String name = "Người Kiến Nghị Riêng " + hex.substring(0, 10);
        String contact = "09"
                + Long.toString(Math.abs(hex.hashCode()) % 100_000_000L + 100_000_000L)
                        .substring(1);
        var petition = client.postJson(
                "/api/v1/councils/" + SLUG + "/petitions",
                Map.of(
                        "content",
                        "Đề nghị sửa cống thoát nước thôn quét tuyến " + hex,
                        "submitterName",
                        name,
                        "contact",
                        contact,
                        "consent",
                        true));
        assertThat(petition.status()).as(petition.body()).isEqualTo(201);
        // the petitioner's name and contact: private wherever they are kept (the staff's list omits them)
        markers.add(name);
        markers.add(contact);

        for (Who who : Who.values()) {
            if (who != Who.ANONYMOUS && who != Who.API_CLIENT) {
                var session = new WebSession(client);
                session.signIn(usernames.get(who), password(who));
                sessions.put(who, session);
            }
        }
    }

    String password(Who who) {
        return who == Who.CITY_ADMIN ? TestClient.ADMIN_PASSWORD : PASSWORD;
    }

    /** GET routes whose only variable is the council; live streams, static files and the actuator aside. */
    List<String> paths() {
        RouteTable table = RouteTable.of(context);
        List<String> paths = new ArrayList<>();
        for (Route route : table.routes()) {
            if (!(route.method().equals("GET") || route.method().equals("*"))
                    || table.streams().contains(route)
                    || route.pattern().startsWith("/actuator")
                    || route.pattern().contains("*")
                    || route.pattern().equals("/error")
                    || route.pattern().equals("/logout")) {
                continue;
            }
            var pattern = PathPatternParser.defaultInstance.parse(route.pattern());
            String path = route.pattern().replaceAll("\\{slug(:[^}]*)?}", SLUG);
            if (path.contains("{")
                    || path.contains("}")
                    || !pattern.matches(org.springframework.http.server.PathContainer.parsePath(path))) {
                continue;
            }
            paths.add(path);
        }
        return paths;
    }

    TestClient.Response call(Who who, String path) {
        boolean machine = path.startsWith("/api/") || path.startsWith("/oparl/") || path.startsWith("/open311/");
        return switch (who) {
            case ANONYMOUS -> client.get(path);
            case API_CLIENT -> client.getWithBearer(path, apiToken);
            default ->
                machine
                        ? client.get(path, usernames.get(who), password(who))
                        : sessions.get(who).get(path);
        };
    }

    @Test
    void everyCallerGetsWhatTheirRoleAllowsAndNoPrivateMarkerLeaks() {
        List<String> paths = paths();
        assertThat(paths).as("GET routes with only the council as variable").hasSizeGreaterThan(50);
        List<String> problems = new ArrayList<>();
        for (String path : paths) {
            for (Who who : Who.values()) {
                var response = call(who, path);
                String where = "GET " + path + " as " + who + " → " + response.status();
                String body = response.body() == null ? "" : response.body();
                if (response.status() >= 500 && !(response.status() == 503 && response.header("Retry-After") != null)) {
                    problems.add(where + ": " + body.substring(0, Math.min(300, body.length())));
                }
                if (body.contains("at vn.hdndso.") || body.contains("Exception:")) {
                    problems.add(where + ": a stack trace");
                }
                if (who == Who.ANONYMOUS && path.startsWith("/app/")) {
                    boolean toSignIn = response.status() == 302
                            && String.valueOf(response.header("Location")).contains("/login");
                    if (!toSignIn && response.status() != 401) {
                        problems.add(where + ": the workspace without signing in");
                    }
                }
                if (who == Who.OTHER_COUNCIL_ADMIN
                        && path.startsWith("/app/councils/" + SLUG)
                        && response.status() == 200) {
                    problems.add(where + ": another council's workspace");
                }
                if (who == Who.ANONYMOUS || who == Who.API_CLIENT || who == Who.OTHER_COUNCIL_ADMIN) {
                    for (String marker : markers) {
                        if (body.contains(marker)) {
                            problems.add(where + ": shows the private " + marker);
                        }
                    }
                }
            }
        }
        assertThat(problems)
                .as("%d routes × %d callers", paths.size(), Who.values().length)
                .isEmpty();
    }
}
