package vn.hdndso.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ContextConfiguration;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;
import vn.hdndso.support.WebSession;

/**
 * Who may ask for a remote signature on issue, ask again, and see where it stands: the council's
 * administrator (and the city administrator) ask; the clerk also sees; everyone else is refused,
 * learns nothing and changes nothing.
 */
@IntegrationTest
@ContextConfiguration(initializers = LocalRemoteSigningProvider.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RemoteIssueAuthorisationIntegrationTest {

    static final String SLUG = RemoteIssueIntegrationTest.SLUG;
    static final String OTHER = "tan-hung";
    static final String PASSWORD = RemoteIssueIntegrationTest.PASSWORD;
    static final String BASE = RemoteIssueIntegrationTest.BASE;

    enum Who {
        ANONYMOUS,
        CITY_ADMIN,
        COUNCIL_ADMIN,
        CLERK,
        DELEGATE,
        COMMITTEE_MEMBER,
        EXECUTIVE_OFFICER,
        FRONT_OFFICER,
        OTHER_COUNCIL_ADMIN
    }

    static final Set<Who> SIGNERS = Set.of(Who.CITY_ADMIN, Who.COUNCIL_ADMIN);
    static final Set<Who> STAFF = Set.of(Who.CITY_ADMIN, Who.COUNCIL_ADMIN, Who.CLERK);

    @Autowired
    TestClient client;

    final Map<Who, String> users = new EnumMap<>(Who.class);

    @BeforeAll
    void accounts() {
        for (Who who : Who.values()) {
            switch (who) {
                case ANONYMOUS -> {}
                case CITY_ADMIN -> users.put(who, TestClient.ADMIN);
                case OTHER_COUNCIL_ADMIN -> users.put(who, account(OTHER, "COUNCIL_ADMIN"));
                default -> users.put(who, account(SLUG, who.name()));
            }
        }
    }

    private String account(String slug, String role) {
        String username = TestClient.uniqueUsername("rauth." + role.toLowerCase(java.util.Locale.ROOT));
        client.createUser(slug, username, PASSWORD, "Người thử " + role, role);
        return username;
    }

    private String user(Who who) {
        return users.get(who);
    }

    private String password(Who who) {
        return who == Who.CITY_ADMIN ? TestClient.ADMIN_PASSWORD : PASSWORD;
    }

    @Test
    void onlyTheSignersAskForARemoteSignatureAndOthersChangeNothing() {
        for (Who who : Who.values()) {
            String id = RemoteIssueIntegrationTest.draft(client, user(Who.CLERK), "Quyền ký từ xa " + who);
            var answer = client.postJson(
                    BASE + "/" + id + "/issue/remote", "{\"signerId\":\"0912345678\"}", user(who), password(who));
            var state = client.get(BASE + "/" + id + "/issue/remote", user(Who.COUNCIL_ADMIN), PASSWORD);
            if (SIGNERS.contains(who)) {
                assertThat(answer.status()).as(who + " " + answer.body()).isEqualTo(202);
                assertThat(answer.json().get("state").asString()).isEqualTo("PENDING");
                assertThat(state.json().get("state").asString()).as(who.name()).isEqualTo("PENDING");
            } else {
                assertThat(answer.status()).as(who + " " + answer.body()).isIn(401, 403, 404);
                assertThat(answer.body()).doesNotContain("PENDING").doesNotContain("TTHĐND");
                assertThat(state.status()).as(who.name()).isEqualTo(404);
                assertThat(client.get(BASE + "/" + id, user(Who.COUNCIL_ADMIN), PASSWORD)
                                .json()
                                .get("status")
                                .asString())
                        .isEqualTo("DRAFT");
            }
        }
    }

    @Test
    void theStaffSeeTheWaitingStateAndOnlyTheSignersAskAgain() {
        String id = RemoteIssueIntegrationTest.draft(client, user(Who.CLERK), "Xem trạng thái ký từ xa");
        var waiting = client.postJson(
                BASE + "/" + id + "/issue/remote", "{\"signerId\":\"0912345678\"}", user(Who.COUNCIL_ADMIN), PASSWORD);
        assertThat(waiting.status()).as(waiting.body()).isEqualTo(202);
        String number = waiting.json().get("numberSymbol").asString();

        for (Who who : Who.values()) {
            var state = client.get(BASE + "/" + id + "/issue/remote", user(who), password(who));
            var check = client.request("POST", BASE + "/" + id + "/issue/remote/check", null, user(who), password(who));
            if (STAFF.contains(who)) {
                assertThat(state.status()).as(who.name()).isEqualTo(200);
                assertThat(state.json().get("numberSymbol").asString()).isEqualTo(number);
                assertThat(state.json().get("stateLabel").asString()).isEqualTo("Chờ ký số từ xa");
            } else {
                assertThat(state.status()).as(who.name()).isIn(401, 403, 404);
                assertThat(state.body()).doesNotContain(number);
            }
            if (SIGNERS.contains(who)) {
                assertThat(check.status()).as(who + " " + check.body()).isEqualTo(200);
                assertThat(check.json().get("state").asString()).isEqualTo("PENDING");
            } else {
                assertThat(check.status()).as(who + " " + check.body()).isIn(401, 403, 404);
                assertThat(check.body()).doesNotContain(number);
            }
        }
    }

    @Test
    void thePagesShowTheWaitingStateToTheStaffAndLetOnlyTheSignersAskAndCheck() {
        for (Who who : Who.values()) {
            String id = RemoteIssueIntegrationTest.draft(client, user(Who.CLERK), "Trang ký từ xa " + who);
            String page = "/app/councils/" + SLUG + "/documents/" + id;
            var web = new WebSession(client);
            if (who != Who.ANONYMOUS) {
                web.signIn(user(who), password(who));
            }
            String token = DraftAuthorisationIntegrationTest.csrf(web);
            var asked = web.post(
                    page + "/issue/remote", Map.of("signerId", "0912345678", "_csrf", token == null ? "" : token));
            var detail = web.get(page);
            var checked = web.post(page + "/issue/remote/check", Map.of("_csrf", token == null ? "" : token));
            var state = client.get(BASE + "/" + id + "/issue/remote", user(Who.COUNCIL_ADMIN), PASSWORD);
            if (SIGNERS.contains(who)) {
                assertThat(asked.status()).as(who.name()).isEqualTo(302);
                assertThat(detail.body())
                        .as(who.name())
                        .contains("Chờ ký số từ xa")
                        .contains("Kiểm tra lại");
                assertThat(checked.status()).as(who.name()).isEqualTo(302);
                assertThat(state.json().get("state").asString()).isEqualTo("PENDING");
            } else {
                assertThat(asked.status()).as(who.name()).isIn(302, 403, 404);
                if (who != Who.ANONYMOUS) {
                    assertThat(asked.status()).as(who.name()).isIn(403, 404);
                }
                assertThat(checked.status()).as(who.name()).isIn(302, 403, 404);
                assertThat(detail.body()).doesNotContain("Kiểm tra lại");
                assertThat(state.status()).as(who.name()).isEqualTo(404);
            }
        }
    }
}
