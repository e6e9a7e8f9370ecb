package vn.hdndso.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.hdndso.councils.Councils;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;

/**
 * The web push channel against a local push service speaking RFC 8030: it checks each request's
 * VAPID JWT (RFC 8292, ES256 with the key the application publishes) and decrypts the body with
 * the subscription's private key and authentication secret (RFC 8291), as a browser would.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebPushDeliveryIntegrationTest {

    private static final String SLUG = "tran-lieu";
    private static final String PASSWORD = "Push-Pass-2026";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern VAPID = Pattern.compile("vapid t=([^,\\s]+),\\s*k=([A-Za-z0-9_-]+)");

    @Autowired
    TestClient client;

    @Autowired
    List<ChannelAdapter> adapters;

    @Autowired
    Councils councils;

    HttpServer pushService;
    String pushOrigin;
    /** What the push service answers per path (201 unless told otherwise). */
    final Map<String, Integer> answers = new ConcurrentHashMap<>();
    /** The messages it decrypted, per path. */
    final Map<String, List<String>> received = new ConcurrentHashMap<>();

    final List<String> problems = new CopyOnWriteArrayList<>();
    final Map<String, Browser> browsers = new ConcurrentHashMap<>();
    volatile String vapidKey = "";

    /** A browser's push subscription: its key pair and secret, which only the browser knows. */
    record Browser(KeyPair keys, byte[] auth) {
        byte[] publicPoint() {
            var w = ((ECPublicKey) keys.getPublic()).getW();
            byte[] point = new byte[65];
            point[0] = 4;
            copy(w.getAffineX().toByteArray(), point, 1);
            copy(w.getAffineY().toByteArray(), point, 33);
            return point;
        }

        private static void copy(byte[] value, byte[] target, int offset) {
            int length = Math.min(value.length, 32);
            System.arraycopy(value, value.length - length, target, offset + 32 - length, length);
        }
    }

    @BeforeAll
    void startPushService() throws Exception {
        pushService = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        pushService.createContext("/push/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            byte[] body = exchange.getRequestBody().readAllBytes();
            try {
                check(exchange.getRequestHeaders().getFirst("Authorization"), exchange.getRequestHeaders());
                Browser browser = browsers.get(path);
                byte[] plain = WebPushDecryption.decrypt(
                        body, (ECPrivateKey) browser.keys().getPrivate(), browser.publicPoint(), browser.auth());
                received.computeIfAbsent(path, p -> new CopyOnWriteArrayList<>())
                        .add(new String(plain, StandardCharsets.UTF_8));
            } catch (Exception | AssertionError e) {
                problems.add(path + ": " + e);
                exchange.sendResponseHeaders(400, -1);
                exchange.close();
                return;
            }
            int status = answers.getOrDefault(path, 201);
            exchange.getResponseHeaders().add("Location", pushOrigin + path + "/m/" + UUID.randomUUID());
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        pushService.start();
        pushOrigin = "http://127.0.0.1:" + pushService.getAddress().getPort();
    }

    @AfterAll
    void stopPushService() {
        pushService.stop(0);
    }

    /** The VAPID JWT: signed with ES256 by the key the application publishes, for this origin, not expired. */
    private void check(String authorization, com.sun.net.httpserver.Headers headers) throws Exception {
        assertThat(headers.getFirst("Content-Encoding")).isEqualTo("aes128gcm");
        assertThat(headers.getFirst("TTL")).matches("\\d+");
        Matcher m = VAPID.matcher(String.valueOf(authorization));
        assertThat(m.find()).as("Authorization: %s", authorization).isTrue();
        String[] jwt = m.group(1).split("\\.");
        assertThat(jwt).hasSize(3);
        assertThat(m.group(2)).isEqualTo(vapidKey);
        Signature es256 = Signature.getInstance("SHA256withECDSAinP1363Format");
        es256.initVerify(WebPushDecryption.publicKey(WebPushDecryption.b64(m.group(2))));
        es256.update((jwt[0] + "." + jwt[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(es256.verify(WebPushDecryption.b64(jwt[2])))
                .as("ES256 signature")
                .isTrue();
        JsonNode header = JSON.readTree(WebPushDecryption.b64(jwt[0]));
        assertThat(header.get("alg").asString()).isEqualTo("ES256");
        JsonNode claims = JSON.readTree(WebPushDecryption.b64(jwt[1]));
        assertThat(claims.get("aud").asString()).isEqualTo(pushOrigin);
        long expires = claims.get("exp").asLong();
        assertThat(expires).isGreaterThan(Instant.now().getEpochSecond());
        assertThat(expires).isLessThanOrEqualTo(Instant.now().getEpochSecond() + 24 * 3600);
        assertThat(claims.get("sub").asString()).matches("(mailto:|https:).+");
    }

    private static KeyPair p256() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    /** A delegate signs in and subscribes a new browser; returns the push path of that browser. */
    private String subscribe(PushBrowserSession session) throws Exception {
        byte[] auth = new byte[16];
        new SecureRandom().nextBytes(auth);
        Browser browser = new Browser(p256(), auth);
        String path = "/push/" + UUID.randomUUID();
        browsers.put(path, browser);
        var created = session.postJson(
                "/app/push/subscriptions",
                JSON.writeValueAsString(Map.of(
                        "endpoint",
                        pushOrigin + path,
                        "keys",
                        Map.of(
                                "p256dh", WebPushDecryption.b64(browser.publicPoint()),
                                "auth", WebPushDecryption.b64(auth)))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return path;
    }

    private Delivery delivery(String account, String body) {
        return new Delivery(
                UUID.randomUUID(),
                councils.requireBySlug(SLUG).id(),
                Channel.WEB_PUSH,
                account,
                "Triệu tập kỳ họp thứ hai",
                body,
                "http://localhost/app/councils/" + SLUG + "/my-sessions");
    }

    private ChannelAdapter webPush() {
        return adapters.stream()
                .filter(a -> a.channel() == Channel.WEB_PUSH)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void everyBrowserOfTheAccountReadsTheVietnameseMessageAndAGoneOneIsRemoved() throws Exception {
        String user = TestClient.uniqueUsername("push.delegate");
        String account = client.createUser(SLUG, user, PASSWORD, "Đại biểu Đặng Thị Ngọc Ánh", "DELEGATE");
        var session = new PushBrowserSession(client).signIn(user, PASSWORD);
        vapidKey = session.get("/app/push/public-key").json().get("publicKey").asString();
        String phone = subscribe(session);
        String oldLaptop = subscribe(session);
        answers.put(oldLaptop, 410);
        String text = "Kỳ họp thứ hai HĐND xã Trần Liễu khai mạc lúc 08:00 ngày 20/12/2026 tại hội trường UBND;"
                + " đề nghị đại biểu đọc tài liệu trước — “Tờ trình số 15/TTr-UBND”.";

        DeliveryOutcome outcome = webPush().deliver(delivery(account, text));

        assertThat(problems).isEmpty();
        assertThat(outcome).isInstanceOf(DeliveryOutcome.Delivered.class);
        assertThat(((DeliveryOutcome.Delivered) outcome).reference()).startsWith(pushOrigin + phone + "/m/");
        JsonNode message = JSON.readTree(received.get(phone).getFirst());
        assertThat(message.get("title").asString()).isEqualTo("Triệu tập kỳ họp thứ hai");
        assertThat(message.get("body").asString()).isEqualTo(text);
        assertThat(message.get("link").asString()).endsWith("/app/councils/" + SLUG + "/my-sessions");
        // the laptop's browser had unsubscribed (410): its subscription is gone, the phone's stays
        var mine = session.get("/app/push/subscriptions").json();
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0).get("endpoint").asString()).isEqualTo(pushOrigin + phone);
    }

    @Test
    void aBusyPushServiceMeansRetryLaterAndAnUnsubscribedOneFailed() throws Exception {
        String user = TestClient.uniqueUsername("push.delegate");
        String account = client.createUser(SLUG, user, PASSWORD, "Đại biểu Lê Văn Hùng", "DELEGATE");
        var session = new PushBrowserSession(client).signIn(user, PASSWORD);
        vapidKey = session.get("/app/push/public-key").json().get("publicKey").asString();
        String phone = subscribe(session);

        answers.put(phone, 503);
        assertThat(webPush().deliver(delivery(account, "Thử lại sau"))).isInstanceOf(DeliveryOutcome.RetryLater.class);
        answers.put(phone, 429);
        assertThat(webPush().deliver(delivery(account, "Thử lại sau"))).isInstanceOf(DeliveryOutcome.RetryLater.class);
        assertThat(session.get("/app/push/subscriptions").json()).hasSize(1);

        answers.put(phone, 404);
        var gone = webPush().deliver(delivery(account, "Không còn đăng ký"));
        assertThat(gone).isInstanceOf(DeliveryOutcome.Failed.class);
        assertThat(((DeliveryOutcome.Failed) gone).reason()).contains("huỷ đăng ký");
        assertThat(session.get("/app/push/subscriptions").json()).isEmpty();

        // nothing left to deliver to, and an address that is no account
        assertThat(webPush().deliver(delivery(account, "Không ai nhận"))).isInstanceOf(DeliveryOutcome.Failed.class);
        assertThat(webPush().deliver(delivery("0912345678", "Sai địa chỉ"))).isInstanceOf(DeliveryOutcome.Failed.class);
        assertThat(problems).isEmpty();
    }

    @Test
    void aPushServiceThatDoesNotAnswerMeansRetryLater() throws Exception {
        String user = TestClient.uniqueUsername("push.delegate");
        String account = client.createUser(SLUG, user, PASSWORD, "Đại biểu Phạm Thu", "DELEGATE");
        var session = new PushBrowserSession(client).signIn(user, PASSWORD);
        var down = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        int port = down.getAddress().getPort();
        down.stop(0); // nobody listens on that port any more
        byte[] auth = new byte[16];
        var created = session.postJson(
                "/app/push/subscriptions",
                JSON.writeValueAsString(Map.of(
                        "endpoint",
                        "http://127.0.0.1:" + port + "/push/x",
                        "keys",
                        Map.of(
                                "p256dh", WebPushDecryption.b64(new Browser(p256(), auth).publicPoint()),
                                "auth", WebPushDecryption.b64(auth)))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);

        assertThat(webPush().deliver(delivery(account, "Mất kết nối"))).isInstanceOf(DeliveryOutcome.RetryLater.class);
    }
}
