package vn.hdndso.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;

/**
 * Issue 14, item 8: a delegate is one person. Accounts join delegates already on the roll
 * ({@code delegateId}), so 16 accounts in a 16-delegate council count 16 for majorities and quorum;
 * the refusals (409, 404, 400); the merge of duplicates made before; and every demo delegate has an
 * account. Works in Việt Hòa, which only this test uses.
 */
@IntegrationTest
class OneDelegatePerPersonIntegrationTest {

    static final String SLUG = "viet-hoa";
    static final String PASSWORD = SessionFixture.PASSWORD;

    @Autowired
    TestClient client;

    @Autowired
    DataSource dataSource;

    @Test
    void sixteenAccountsInASixteenDelegateCouncilGiveSixteenDelegates() {
        String clerk = user("vh.clerk", "CLERK", null);
        String chair = user("vh.chair", "COUNCIL_ADMIN", null);
        int before = delegates().size();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            var created = client.postJson(
                    "/api/v1/councils/" + SLUG + "/delegates",
                    Map.of(
                            "fullName",
                            "Đại biểu Việt Hòa " + UUID.randomUUID().toString().substring(0, 6)),
                    clerk,
                    PASSWORD);
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            ids.add(created.json().get("id").asString());
        }
        List<String> accounts = new ArrayList<>();
        for (String id : ids) {
            String username = TestClient.uniqueUsername("vh.daibieu");
            var created = createUser(username, "DELEGATE", id);
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            assertThat(created.json().get("delegateId").asString()).isEqualTo(id);
            accounts.add(username);
        }
        assertThat(delegates()).hasSize(before + 16);

        var session = client.postJson(
                "/api/v1/councils/" + SLUG + "/sessions",
                Map.of(
                        "title",
                        "Kỳ họp một người một đại biểu",
                        "startsAt",
                        "2026-12-21T08:00:00+07:00",
                        "kind",
                        "REGULAR"),
                clerk,
                PASSWORD);
        String base = "/api/v1/councils/" + SLUG + "/sessions/"
                + session.json().get("id").asString();
        client.request("POST", base + "/start", null, chair, PASSWORD);
        int total =
                client.get(base + "/attendance").json().get("totalDelegates").asInt();
        assertThat(total).isEqualTo(before + 16);

        var item = client.postJson(
                base + "/agenda-items",
                Map.of("title", "Tờ trình cả hội đồng biểu quyết", "motion", true, "majority", "MORE_THAN_HALF_OF_ALL"),
                clerk,
                PASSWORD);
        String votes = base + "/agenda-items/" + item.json().get("id").asString();
        client.request("POST", votes + "/vote/open", null, chair, PASSWORD);
        for (String account : accounts) {
            assertThat(client.postJson(votes + "/votes", Map.of("choice", "YES"), account, PASSWORD)
                            .status())
                    .isEqualTo(200);
        }
        JsonNode tally = client.get(votes + "/vote").json();
        assertThat(tally.get("yes").asInt()).isEqualTo(16);
        assertThat(tally.get("totalDelegates").asInt()).isEqualTo(before + 16);

        // an account already linked, another council's delegate, a delegateId without the role
        var twice = createUser(TestClient.uniqueUsername("vh.twice"), "DELEGATE", ids.getFirst());
        assertThat(twice.status()).as(twice.body()).isEqualTo(409);
        assertThat(twice.header("Content-Type")).startsWith("application/problem+json");
        assertThat(twice.json().get("detail").asString()).contains("đã có tài khoản");
        String otherCouncils = client.get("/api/v1/councils/lac-phuong/delegates")
                .json()
                .get("items")
                .get(0)
                .get("id")
                .asString();
        assertThat(createUser(TestClient.uniqueUsername("vh.other"), "DELEGATE", otherCouncils)
                        .status())
                .isEqualTo(404);
        var clerkWithDelegate = createUser(TestClient.uniqueUsername("vh.notdel"), "CLERK", ids.get(1));
        assertThat(clerkWithDelegate.status()).isEqualTo(400);
        assertThat(clerkWithDelegate.body()).contains("delegateId");
        assertThat(delegates()).hasSize(before + 16);

        // the user list shows which delegate each account is
        JsonNode users = client.get(
                        "/api/v1/councils/" + SLUG + "/users?size=200", TestClient.ADMIN, TestClient.ADMIN_PASSWORD)
                .json()
                .get("items");
        Map<String, String> delegateOf = new HashMap<>();
        users.forEach(u -> delegateOf.put(
                u.get("username").asString(),
                u.get("delegateId").isNull() ? "" : u.get("delegateId").asString()));
        assertThat(delegateOf.get(accounts.get(3))).isEqualTo(ids.get(3));
        assertThat(delegateOf.get(clerk)).isEmpty();

        // without delegateId a DELEGATE account still registers a new delegate (documented)
        user("vh.newdelegate", "DELEGATE", null);
        assertThat(delegates()).hasSize(before + 17);
    }

    @Test
    void theMigrationMergesAnAccountsOwnDelegateIntoThePersonOnTheRoll() throws Exception {
        String clerk = user("vh.mclerk", "CLERK", null);
        String name = "Trùng Tên " + UUID.randomUUID().toString().substring(0, 6);
        var roll = client.postJson(
                "/api/v1/councils/" + SLUG + "/delegates",
                Map.of("fullName", name, "position", "Bí thư chi bộ"),
                clerk,
                PASSWORD);
        String onRoll = roll.json().get("id").asString();
        // the way accounts were made before: a second delegate under the same name
        String username = TestClient.uniqueUsername("vh.dup");
        client.createUser(SLUG, username, PASSWORD, name, "DELEGATE");
        assertThat(delegates().stream().filter(name::equals)).hasSize(2);

        String script = new ClassPathResource("db/migration/sessions/V32__one_delegate_per_person.sql")
                .getContentAsString(StandardCharsets.UTF_8)
                // only this test's council: the database is shared with other tests
                .replace(
                        "where dup.user_id is not null",
                        "where dup.council_id = (select id from council where slug = '" + SLUG
                                + "') and dup.user_id is not null");
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (var statement = c.createStatement()) {
                statement.execute(script);
            }
            c.commit();
        }

        assertThat(delegates().stream().filter(name::equals)).hasSize(1);
        JsonNode users = client.get(
                        "/api/v1/councils/" + SLUG + "/users?size=200", TestClient.ADMIN, TestClient.ADMIN_PASSWORD)
                .json()
                .get("items");
        String linked = null;
        for (JsonNode u : users) {
            if (u.get("username").asString().equals(username)) {
                linked = u.get("delegateId").asString();
            }
        }
        assertThat(linked).isEqualTo(onRoll);
    }

    @Test
    void everyDemoDelegateHasAnAccountSoTheWholeDemoCouncilCanVote() {
        JsonNode users = client.get(
                        "/api/v1/councils/lac-phuong/users?size=200", TestClient.ADMIN, TestClient.ADMIN_PASSWORD)
                .json()
                .get("items");
        int linked = 0;
        boolean first = false;
        for (JsonNode u : users) {
            if (!u.get("delegateId").isNull()) {
                linked++;
            }
            first |= u.get("username").asString().equals("lacphuong.daibieu01");
        }
        int delegates = client.get("/api/v1/councils/lac-phuong/delegates?size=200")
                .json()
                .get("total")
                .asInt();
        assertThat(first).isTrue();
        assertThat(linked).isGreaterThanOrEqualTo(16).isEqualTo(delegates);
        var me = client.get("/api/v1/councils/lac-phuong/sessions", "lacphuong.daibieu07", "hdnd-demo-2026");
        assertThat(me.status()).isEqualTo(200);
    }

    private List<String> delegates() {
        List<String> names = new ArrayList<>();
        client.get("/api/v1/councils/" + SLUG + "/delegates?size=500")
                .json()
                .get("items")
                .forEach(d -> names.add(d.get("fullName").asString()));
        return names;
    }

    private String user(String prefix, String role, String delegateId) {
        String username = TestClient.uniqueUsername(prefix);
        var created = createUser(username, role, delegateId);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return username;
    }

    private TestClient.Response createUser(String username, String role, String delegateId) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "username",
                username,
                "password",
                PASSWORD,
                "fullName",
                "Người thử " + username,
                "roles",
                List.of(role)));
        if (delegateId != null) {
            body.put("delegateId", delegateId);
        }
        return client.postJson(
                "/api/v1/councils/" + SLUG + "/users", body, TestClient.ADMIN, TestClient.ADMIN_PASSWORD);
    }
}
