package vn.hdndso.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.hdndso.files.TestPdfs;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;

/**
 * Who may use the web push subscription endpoints and the delegate's offline pack, as every kind
 * of caller: every signed-in person manages their own subscriptions only (another's is not found,
 * never listed); anonymous callers are sent to sign in; a request without the CSRF token is
 * refused. The offline pack of a session is the council's delegates' (and the city administrator's,
 * who may open every council's delegate pages).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PushAuthorisationIntegrationTest {

    static final String SLUG = "nguyen-dai-nang";
    static final String OTHER_SLUG = "tran-lieu";
    static final String PASSWORD = "Push-Auth-Pass-2026";
    static final JsonMapper JSON = JsonMapper.builder().build();

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

    final Map<Who, String> users = new EnumMap<>(Who.class);
    String clerk;
    String session;
    String paper;

    @BeforeAll
    void callersOfEveryKind() {
        users.put(Who.CITY_ADMIN, TestClient.ADMIN);
        users.put(Who.COUNCIL_ADMIN, user(SLUG, "pa.chair", "COUNCIL_ADMIN"));
        clerk = user(SLUG, "pa.clerk", "CLERK");
        users.put(Who.CLERK, clerk);
        users.put(Who.DELEGATE, user(SLUG, "pa.delegate", "DELEGATE"));
        users.put(Who.COMMITTEE_MEMBER, user(SLUG, "pa.committee", "COMMITTEE_MEMBER"));
        users.put(Who.EXECUTIVE_OFFICER, user(SLUG, "pa.officer", "EXECUTIVE_OFFICER"));
        users.put(Who.FRONT_OFFICER, user(SLUG, "pa.front", "FRONT_OFFICER"));
        users.put(Who.OTHER_COUNCIL_ADMIN, user(OTHER_SLUG, "pa.other", "COUNCIL_ADMIN"));
        var created = client.postJson(
                "/api/v1/councils/" + SLUG + "/sessions",
                Map.of(
                        "title",
                        "Kỳ họp thử đọc khi mất mạng",
                        "startsAt",
                        "2026-12-21T08:00:00+07:00",
                        "kind",
                        "REGULAR"),
                clerk,
                PASSWORD);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        session = created.json().get("id").asString();
        var uploaded = client.postMultipart(
                "/api/v1/councils/" + SLUG + "/sessions/" + session + "/pack",
                List.of(TestClient.Part.file(
                        "file",
                        "to-trinh.pdf",
                        "application/pdf",
                        TestPdfs.textPdf("Tờ trình về kế hoạch đầu tư công"))),
                clerk,
                PASSWORD);
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        paper = uploaded.json().get("id").asString();
    }

    private String user(String slug, String prefix, String role) {
        String username = TestClient.uniqueUsername(prefix);
        client.createUser(slug, username, PASSWORD, "Người thử " + prefix, role);
        return username;
    }

    private PushBrowserSession as(Who who) {
        var session = new PushBrowserSession(client);
        if (who != Who.ANONYMOUS) {
            session.signIn(users.get(who), who == Who.CITY_ADMIN ? TestClient.ADMIN_PASSWORD : PASSWORD);
        }
        return session;
    }

    private static String subscription(String endpoint) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        var w = ((ECPublicKey) generator.generateKeyPair().getPublic()).getW();
        byte[] point = new byte[65];
        point[0] = 4;
        byte[] x = w.getAffineX().toByteArray();
        byte[] y = w.getAffineY().toByteArray();
        System.arraycopy(x, Math.max(0, x.length - 32), point, 1 + 32 - Math.min(32, x.length), Math.min(32, x.length));
        System.arraycopy(
                y, Math.max(0, y.length - 32), point, 33 + 32 - Math.min(32, y.length), Math.min(32, y.length));
        byte[] auth = new byte[16];
        new SecureRandom().nextBytes(auth);
        return JSON.writeValueAsString(Map.of(
                "endpoint",
                endpoint,
                "keys",
                Map.of("p256dh", WebPushDecryption.b64(point), "auth", WebPushDecryption.b64(auth))));
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void everySignedInPersonManagesTheirOwnSubscriptionsOnly(Who who) throws Exception {
        var me = as(who);
        String endpoint = "https://push.example.test/" + who + "/" + UUID.randomUUID();

        var key = me.get("/app/push/public-key");
        var created = me.postJson("/app/push/subscriptions", subscription(endpoint));
        var list = me.get("/app/push/subscriptions");

        if (who == Who.ANONYMOUS) {
            assertThat(key.status()).isEqualTo(302);
            assertThat(key.body()).doesNotContain("publicKey");
            assertThat(created.status()).isIn(302, 403);
            assertThat(list.status()).isEqualTo(302);
            return;
        }
        assertThat(key.status()).isEqualTo(200);
        assertThat(WebPushDecryption.b64(key.json().get("publicKey").asString()))
                .hasSize(65);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(list.status()).isEqualTo(200);
        List<String> mine = endpoints(list.json());
        assertThat(mine).containsExactly(endpoint);

        // someone else's subscription: not listed, and removing it is "not found"
        var other = new PushBrowserSession(client).signIn(user(SLUG, "pa.someone", "DELEGATE"), PASSWORD);
        String theirs = other.postJson(
                        "/app/push/subscriptions", subscription("https://push.example.test/other/" + UUID.randomUUID()))
                .json()
                .get("id")
                .asString();
        var foreign = me.delete("/app/push/subscriptions/" + theirs);
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.contentType()).startsWith("application/problem+json");
        assertThat(foreign.json().get("detail").asString()).contains("Không có đăng ký");
        assertThat(endpoints(other.get("/app/push/subscriptions").json())).hasSize(1);
        assertThat(endpoints(me.get("/app/push/subscriptions").json())).doesNotContain(theirs);

        // without the CSRF token nothing is registered
        var forged = me.postJsonWithoutToken(
                "/app/push/subscriptions", subscription("https://push.example.test/forged/" + UUID.randomUUID()));
        assertThat(forged.status()).isIn(403, 404); // a refused post answers like the other workspace posts
        assertThat(endpoints(me.get("/app/push/subscriptions").json())).containsExactly(endpoint);

        // one's own goes away
        assertThat(me.delete("/app/push/subscriptions/" + id).status()).isEqualTo(204);
        assertThat(me.get("/app/push/subscriptions").json()).isEmpty();
        assertThat(other.delete("/app/push/subscriptions/" + theirs).status()).isEqualTo(204);
    }

    @Test
    void aSubscriptionThatIsNotAnHttpsEndpointWithBrowserKeysIsRefusedFieldByField() {
        var me = new PushBrowserSession(client).signIn(user(SLUG, "pa.refused", "DELEGATE"), PASSWORD);
        var refused = me.postJson(
                "/app/push/subscriptions",
                "{\"endpoint\":\"ftp://push.example.test/x\",\"keys\":{\"p256dh\":\"AAAA\",\"auth\":\"short\"}}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body()).contains("endpoint", "p256dh", "auth", "https");
        assertThat(me.get("/app/push/subscriptions").json()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void theOfflinePackIsTheDelegatesAlone(Who who) {
        var answer = as(who).get("/app/councils/" + SLUG + "/my-sessions/" + session + "/offline-pack");
        if (who == Who.DELEGATE || who == Who.CITY_ADMIN) { // the city administrator may open every council's pages
            assertThat(answer.status()).isEqualTo(200);
            JsonNode pack = answer.json();
            assertThat(pack.get("version").asString()).matches("[0-9a-f]{10}");
            assertThat(pack.get("cache").asString())
                    .isEqualTo(
                            "hdnd-pack-" + session + "-" + pack.get("version").asString());
            assertThat(pack.get("ready").asString())
                    .contains(
                            "Đã sẵn sàng đọc khi mất mạng", pack.get("version").asString());
            List<String> urls = new ArrayList<>();
            pack.get("urls").forEach(u -> urls.add(u.asString()));
            String base = "/app/councils/" + SLUG + "/sessions/" + session + "/pack";
            assertThat(urls)
                    .contains(
                            "/app/councils/" + SLUG + "/my-sessions/" + session,
                            base,
                            base + "/" + paper,
                            base + "/" + paper + "?view=text",
                            base + "/" + paper + ".pdf",
                            base + "/" + paper + "/pages/1.png");
            return;
        }
        assertThat(answer.status()).isIn(302, 403, 404);
        assertThat(answer.body()).doesNotContain(paper);
        if (who == Who.ANONYMOUS) {
            assertThat(answer.status()).isEqualTo(302);
        }
        if (who == Who.OTHER_COUNCIL_ADMIN) {
            assertThat(answer.status()).isEqualTo(404);
        }
    }

    private static List<String> endpoints(JsonNode list) {
        List<String> endpoints = new ArrayList<>();
        list.forEach(s -> endpoints.add(s.get("endpoint").asString()));
        return endpoints;
    }
}
