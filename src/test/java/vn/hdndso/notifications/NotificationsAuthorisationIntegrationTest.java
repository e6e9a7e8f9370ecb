package vn.hdndso.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hdndso.councils.Councils;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;
import vn.hdndso.support.WebSession;

/**
 * Every endpoint of the notifications module for every kind of caller, checking what comes back: only
 * the council's office sees its outbox (addresses masked) and resends; everyone signed in manages their
 * own preferences; another council's administrator sees none of ours.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotificationsAuthorisationIntegrationTest {

    static final String SLUG = "kinh-mon";
    static final String PASSWORD = "Mat-khau-rat-dai-2026";

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

    @Autowired
    TestClient client;

    @Autowired
    Outbox outbox;

    @Autowired
    Councils councils;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcClient jdbc;

    final Map<Who, String> users = new EnumMap<>(Who.class);
    String address;
    UUID failedId;

    @BeforeAll
    void accountsAndAFailedMessage() {
        for (Who who : Who.values()) {
            switch (who) {
                case ANONYMOUS -> {}
                case CITY_ADMIN -> users.put(who, TestClient.ADMIN);
                case OTHER_COUNCIL_ADMIN -> users.put(who, user(otherCouncil(), "COUNCIL_ADMIN"));
                default -> users.put(who, user(SLUG, who.name()));
            }
        }
        CouncilId council = councils.requireBySlug(SLUG).id();
        address = TestClient.uniqueUsername("cutri") + "@kinh-mon.test";
        String key = "auth-test:" + UUID.randomUUID();
        Tenancy.run(
                TenantScope.staffOf(council),
                () -> tx.executeWithoutResult(s -> outbox.queue(new Notice(
                        council,
                        new Recipient.Contact(Channel.EMAIL, address),
                        "petition-answered",
                        List.of("Kinh Môn", "KM-AUTH-01"),
                        null,
                        key))));
        failedId = Tenancy.call(
                TenantScope.allCouncils("test: a failed message"),
                () -> tx.execute(
                        s -> jdbc.sql("""
                        update notification_message set state = 'FAILED', status_reason = 'thử: địa chỉ bị từ chối'
                        where idempotency_key = :k returning id""").param("k", key).query(UUID.class).single()));
    }

    private String otherCouncil() {
        return councils.findBySlug("bac-an-phu").isPresent() ? "bac-an-phu" : "an-phu";
    }

    private String user(String slug, String role) {
        String username = TestClient.uniqueUsername("notify." + role.toLowerCase());
        client.createUser(slug, username, PASSWORD, "Người thử thông báo " + role, role);
        return username;
    }

    private TestClient.Response get(Who who, String path) {
        return who == Who.ANONYMOUS ? client.get(path) : client.get(path, users.get(who), password(who));
    }

    private TestClient.Response page(Who who, String path) {
        if (who == Who.ANONYMOUS) {
            return client.get(path);
        }
        WebSession web = new WebSession(client);
        web.signIn(users.get(who), password(who));
        return web.get(path);
    }

    private String password(Who who) {
        return who == Who.CITY_ADMIN ? TestClient.ADMIN_PASSWORD : PASSWORD;
    }

    /** Signed out: 401; the council's own staff without the role: 403; another council's admin: 404. */
    private static int refusal(Who who) {
        return switch (who) {
            case ANONYMOUS -> 401;
            case OTHER_COUNCIL_ADMIN -> 404;
            default -> 403;
        };
    }

    private static boolean office(Who who) {
        return who == Who.CITY_ADMIN || who == Who.COUNCIL_ADMIN || who == Who.CLERK;
    }

    @Test
    void onlyTheOfficeReadsTheOutboxThroughTheApiWithAddressesMasked() {
        for (Who who : Who.values()) {
            var response = get(who, "/api/v1/councils/" + SLUG + "/notifications?state=FAILED&size=500");
            if (office(who)) {
                assertThat(response.status()).as(who.name()).isEqualTo(200);
                assertThat(response.body())
                        .as(who.name())
                        .contains(failedId.toString())
                        .doesNotContain(address);
                assertThat(response.body()).contains("\"maskedAddress\":\"" + address.charAt(0) + "***@***.test\"");
            } else {
                assertThat(response.status()).as(who.name()).isEqualTo(refusal(who));
                assertThat(response.body()).as(who.name()).doesNotContain(failedId.toString());
            }
        }
    }

    @Test
    void onlyTheOfficeSeesTheOutboxPage() {
        for (Who who : Who.values()) {
            var response = page(who, "/app/councils/" + SLUG + "/notifications?state=FAILED");
            if (office(who)) {
                assertThat(response.status()).as(who.name()).isEqualTo(200);
                assertThat(response.body())
                        .contains("Thông báo đã gửi")
                        .contains("Kiến nghị KM-AUTH-01 đã được trả lời")
                        .contains("Gửi lại")
                        .doesNotContain(address);
            } else {
                assertThat(response.status()).as(who.name()).isIn(302, 401, 403, 404);
                assertThat(response.body()).as(who.name()).doesNotContain("KM-AUTH-01");
            }
        }
    }

    @Test
    void theWorkspaceShowsTheOutboxTabToTheCouncilAdminAndTheClerkOnly() {
        String link = "href=\"/app/councils/" + SLUG + "/notifications\"";
        for (Who who : Who.values()) {
            var response = page(who, "/app/councils/" + SLUG + "/home");
            if (who == Who.COUNCIL_ADMIN || who == Who.CLERK) {
                assertThat(response.status()).as(who.name()).isEqualTo(200);
                assertThat(response.body()).as(who.name()).contains(link).contains(">Thông báo</a>");
            } else if (who != Who.CITY_ADMIN) {
                assertThat(response.body()).as(who.name()).doesNotContain(link);
            }
        }
    }

    @Test
    void anInvalidStateFilterIsAProblemInVietnamese() {
        var response = get(Who.CLERK, "/api/v1/councils/" + SLUG + "/notifications?state=DONE");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).contains("application/problem+json");
        assertThat(response.body()).contains("Trạng thái không có");
    }

    @Test
    void onlyTheOfficeResendsAFailedMessageAndOnlyAFailedOne() {
        String path = "/api/v1/councils/" + SLUG + "/notifications/" + failedId + "/resend";
        for (Who who : Who.values()) {
            if (office(who)) {
                continue;
            }
            var refused = who == Who.ANONYMOUS
                    ? client.postJson(path, Map.of())
                    : client.postJson(path, Map.of(), users.get(who), password(who));
            assertThat(refused.status()).as(who.name()).isEqualTo(refusal(who));
        }
        var resent = client.postJson(path, Map.of(), users.get(Who.CLERK), PASSWORD);
        assertThat(resent.status()).isEqualTo(201);
        assertThat(resent.json().get("state").asString()).isEqualTo("QUEUED");
        assertThat(resent.json().get("resentFrom").asString()).isEqualTo(failedId.toString());
        UUID copy = UUID.fromString(resent.json().get("id").asString());
        var again = client.postJson(
                "/api/v1/councils/" + SLUG + "/notifications/" + copy + "/resend",
                Map.of(),
                users.get(Who.COUNCIL_ADMIN),
                PASSWORD);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body()).contains("Chỉ gửi lại được tin nhắn không gửi được");
    }

    @Test
    void everyoneSignedInManagesTheirOwnPreferences() {
        for (Who who : Who.values()) {
            String path = "/api/v1/account/notification-preferences";
            if (who == Who.ANONYMOUS) {
                assertThat(client.get(path).status()).isEqualTo(401);
                assertThat(client.request("PUT", path, "{\"language\":\"en\"}", null, null)
                                .status())
                        .isEqualTo(401);
                continue;
            }
            var before = get(who, path);
            assertThat(before.status()).as(who.name()).isEqualTo(200);
            var changed = client.request(
                    "PUT",
                    path,
                    "{\"language\":\"en\",\"channels\":[\"EMAIL\"],\"optedOut\":false}",
                    users.get(who),
                    password(who));
            assertThat(changed.status()).as(who.name()).isEqualTo(200);
            assertThat(get(who, path).body()).contains("\"language\":\"en\"").contains("\"channels\":[\"EMAIL\"]");
            var page = page(who, "/app/account/notifications");
            assertThat(page.status()).as(who.name()).isEqualTo(200);
            assertThat(page.body()).contains("Cách nhận thông báo");
        }
        var wrong = client.request(
                "PUT",
                "/api/v1/account/notification-preferences",
                "{\"language\":\"fr\"}",
                users.get(Who.DELEGATE),
                PASSWORD);
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body()).contains("Chọn tiếng Việt hoặc tiếng Anh");
        assertThat(client.get("/app/account/notifications").status()).isIn(302, 401);
    }
}
