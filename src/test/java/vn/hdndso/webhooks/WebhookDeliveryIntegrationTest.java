package vn.hdndso.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.hdndso.documents.TestPdfs;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;
import vn.hdndso.support.TestClient.Part;

/**
 * Webhooks end to end in Xã Thanh Hà: a document is issued, a local receiver gets the signed
 * delivery (the test checks the HMAC itself); a receiver that first answers 500 gets it again; a
 * replay sends it once more; a hanging receiver delays nobody else; bad input is a 400 naming its
 * fields.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebhookDeliveryIntegrationTest {

    static final String SLUG = "thanh-ha";
    static final String API = "/api/v1/councils/" + SLUG;
    static final String PASSWORD = "Webhook-Test-2026!";
    static final String SECRET = "bí-mật-của-cổng-dịch-vụ-công-2026";
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    TestClient client;

    String chair;

    @BeforeAll
    void accounts() {
        chair = TestClient.uniqueUsername("wh.thanhha");
        client.createUser(SLUG, chair, PASSWORD, "Chủ tịch Thanh Hà thử", "COUNCIL_ADMIN");
    }

    String subscribe(String url, List<String> events) {
        var created = client.postJson(
                API + "/webhooks", Map.of("url", url, "events", events, "secret", SECRET), chair, PASSWORD);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.body()).doesNotContain(SECRET);
        return created.json().get("id").asString();
    }

    void delete(String subscription) {
        assertThat(client.delete(API + "/webhooks/" + subscription, chair, PASSWORD)
                        .status())
                .isEqualTo(204);
    }

    String issue(String typeCode, String subject) {
        String metadata = """
                {"typeCode":"%s","issuerSymbol":"HĐND","subject":"%s","signerName":"Trần Văn Thử",
                 "signerPosition":"Chủ tịch HĐND","recipients":["Lưu: VT"]}""".formatted(typeCode, subject);
        var created = client.postMultipart(
                API + "/documents",
                List.of(
                        Part.json("metadata", metadata),
                        Part.file("file", "van-ban.pdf", "application/pdf", TestPdfs.plan(subject, 1))),
                chair,
                PASSWORD);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        var issued = client.request("POST", API + "/documents/" + id + "/issue", null, chair, PASSWORD);
        assertThat(issued.status()).as(issued.body()).isEqualTo(200);
        return id;
    }

    static String hmac(byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
    }

    JsonNode deliveries(String subscription) {
        var log = client.get(API + "/webhooks/" + subscription + "/deliveries?size=100", chair, PASSWORD);
        assertThat(log.status()).as(log.body()).isEqualTo(200);
        return log.json();
    }

    /** Waits until the delivery log shows the delivery in the state (the job records after the answer). */
    JsonNode awaitLogged(String subscription, String deliveryId, String state, int attempts) throws Exception {
        Instant end = Instant.now().plusSeconds(20);
        JsonNode found = null;
        while (Instant.now().isBefore(end)) {
            for (JsonNode d : deliveries(subscription).get("items")) {
                if (d.get("id").asString().equals(deliveryId)) {
                    found = d;
                }
            }
            if (found != null
                    && found.get("state").asString().equals(state)
                    && found.get("attemptLog").size() >= attempts) {
                return found;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("delivery " + deliveryId + " not " + state + " after " + attempts + ": " + found);
    }

    @Test
    void aReceiverGetsASignedDeliveryAfterADocumentIsIssued() throws Exception {
        try (Receiver receiver = Receiver.answering(200)) {
            String subscription = subscribe(receiver.url(), List.of("DocumentIssued", "ResolutionIssued"));
            String subject = "Nghị quyết thử webhook " + UUID.randomUUID();
            String document = issue("NQ", subject);
            List<Receiver.Received> got =
                    receiver.await(2, Duration.ofSeconds(20), r -> r.text().contains(document));
            assertThat(got).hasSize(2);
            for (Receiver.Received r : got) {
                assertThat(r.header("Content-Type")).isEqualTo("application/json");
                assertThat(r.header("X-HDND-Signature")).isEqualTo(hmac(r.body()));
                JsonNode payload = JSON.readTree(r.body());
                assertThat(payload.get("id").asString()).isEqualTo(r.header("X-HDND-Delivery"));
                assertThat(payload.get("event").asString()).isEqualTo(r.header("X-HDND-Event"));
                assertThat(payload.get("council").asString()).isEqualTo(SLUG);
                assertThat(payload.get("councilName").asString()).isEqualTo("Xã Thanh Hà");
                assertThat(Instant.parse(payload.get("occurredAt").asString())).isBefore(Instant.now());
                assertThat(payload.get("url").asString()).endsWith("/" + SLUG + "/van-ban/" + document);
                JsonNode data = payload.get("data");
                assertThat(data.get("id").asString()).isEqualTo(document);
                assertThat(data.get("subject").asString()).isEqualTo(subject);
                assertThat(data.get("numberSymbol").asString()).matches("\\d+/(\\d{4}/)?NQ-HĐND");
                assertThat(data.get("typeCode").asString()).isEqualTo("NQ");
                assertThat(r.text()).doesNotContain("recipients").doesNotContain("Lưu: VT");
            }
            assertThat(got)
                    .extracting(r -> r.header("X-HDND-Event"))
                    .containsExactlyInAnyOrder("DocumentIssued", "ResolutionIssued");
            String deliveryId = got.getFirst().header("X-HDND-Delivery");
            JsonNode logged = awaitLogged(subscription, deliveryId, "DELIVERED", 1);
            assertThat(logged.get("attemptLog").get(0).get("statusCode").asInt())
                    .isEqualTo(200);
            assertThat(logged.get("attemptLog").get(0).has("durationMs")).isTrue();
            assertThat(logged.get("nextAttemptAt").isNull()).isTrue();

            // a plan (KH) is no resolution: DocumentIssued only
            String plan = issue("KH", "Kế hoạch thử webhook " + UUID.randomUUID());
            List<Receiver.Received> planned =
                    receiver.await(1, Duration.ofSeconds(20), r -> r.text().contains(plan));
            Thread.sleep(1000);
            assertThat(receiver.received().stream().filter(r -> r.text().contains(plan)))
                    .extracting(r -> r.header("X-HDND-Event"))
                    .containsExactly("DocumentIssued");
            assertThat(planned).hasSize(1);
            delete(subscription);
        }
    }

    @Test
    void aReceiverThatFirstAnswers500GetsTheSameDeliveryAgainAndAReplayOnceMore() throws Exception {
        try (Receiver receiver = Receiver.answering(500, 200)) {
            String subscription = subscribe(receiver.url(), List.of("DocumentIssued"));
            String document = issue("KH", "Kế hoạch thử gửi lại " + UUID.randomUUID());
            List<Receiver.Received> got =
                    receiver.await(2, Duration.ofSeconds(30), r -> r.text().contains(document));
            assertThat(got).hasSize(2);
            assertThat(got.get(1).body()).isEqualTo(got.get(0).body());
            assertThat(got.get(1).header("X-HDND-Delivery"))
                    .isEqualTo(got.get(0).header("X-HDND-Delivery"));
            assertThat(got.get(1).header("X-HDND-Signature"))
                    .isEqualTo(hmac(got.get(1).body()));
            String deliveryId = got.getFirst().header("X-HDND-Delivery");
            JsonNode logged = awaitLogged(subscription, deliveryId, "DELIVERED", 2);
            assertThat(logged.get("attemptLog").get(0).get("statusCode").asInt())
                    .isEqualTo(500);
            assertThat(logged.get("attemptLog").get(0).get("error").asString()).isEqualTo("HTTP 500");
            assertThat(logged.get("attemptLog").get(1).get("statusCode").asInt())
                    .isEqualTo(200);

            var replay = client.request(
                    "POST",
                    API + "/webhooks/" + subscription + "/deliveries/" + deliveryId + "/replay",
                    null,
                    chair,
                    PASSWORD);
            assertThat(replay.status()).as(replay.body()).isEqualTo(202);
            List<Receiver.Received> again =
                    receiver.await(3, Duration.ofSeconds(20), r -> r.text().contains(document));
            assertThat(again).hasSize(3);
            assertThat(again.get(2).body()).isEqualTo(got.get(0).body());
            assertThat(again.get(2).header("X-HDND-Signature"))
                    .isEqualTo(hmac(again.get(2).body()));
            JsonNode replayed = awaitLogged(subscription, deliveryId, "DELIVERED", 3);
            assertThat(replayed.get("attemptLog").get(2).get("replay").asBoolean())
                    .isTrue();

            var unknown = client.request(
                    "POST",
                    API + "/webhooks/" + subscription + "/deliveries/" + UUID.randomUUID() + "/replay",
                    null,
                    chair,
                    PASSWORD);
            assertThat(unknown.status()).isEqualTo(404);
            assertThat(unknown.header("Content-Type")).startsWith("application/problem+json");
            delete(subscription);
        }
    }

    @Test
    void aHangingReceiverDelaysNoOtherReceiver() throws Exception {
        try (Receiver hanging = Receiver.hanging(Duration.ofSeconds(15));
                Receiver healthy = Receiver.answering(200)) {
            String slow = subscribe(hanging.url(), List.of("DocumentIssued"));
            String fast = subscribe(healthy.url(), List.of("DocumentIssued"));
            String first = issue("KH", "Kế hoạch thử treo 1 " + UUID.randomUUID());
            assertThat(hanging.await(1, Duration.ofSeconds(20), r -> r.text().contains(first)))
                    .hasSize(1);
            // the hanging receiver holds its delivery; the healthy one gets the next documents promptly
            String second = issue("KH", "Kế hoạch thử treo 2 " + UUID.randomUUID());
            Instant issued = Instant.now();
            var got = healthy.await(1, Duration.ofSeconds(10), r -> r.text().contains(second));
            assertThat(got).hasSize(1);
            assertThat(Duration.between(issued, got.getFirst().at())).isLessThan(Duration.ofSeconds(3));
            JsonNode slowLog = deliveries(slow);
            assertThat(slowLog.get("total").asInt()).isGreaterThanOrEqualTo(1);
            assertThat(client.request("PATCH", API + "/webhooks/" + slow, "{\"active\":false}", chair, PASSWORD)
                            .json()
                            .get("active")
                            .asBoolean())
                    .isFalse();
            delete(slow);
            delete(fast);
        }
    }

    @Test
    void badInputIsA400NamingTheFields() {
        record Case(Map<String, Object> body, List<String> fields) {}
        var cases = List.of(
                new Case(Map.of("events", List.of("DocumentIssued"), "secret", SECRET), List.of("url")),
                new Case(
                        Map.of("url", "http://127.0.0.1:9/h", "events", List.of("DocumentSigned"), "secret", SECRET),
                        List.of("events")),
                new Case(Map.of("url", "http://127.0.0.1:9/h", "events", List.of("DocumentIssued")), List.of("secret")),
                new Case(
                        Map.of("url", "http://127.0.0.1:9/h", "events", List.of("DocumentIssued"), "secret", "ngắn"),
                        List.of("secret")),
                new Case(
                        Map.of("url", "ftp://127.0.0.1/h", "events", List.of(), "secret", ""),
                        List.of("url", "events", "secret")));
        for (Case c : cases) {
            var response = client.postJson(API + "/webhooks", c.body(), chair, PASSWORD);
            assertThat(response.status()).as(response.body()).isEqualTo(400);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
            assertThat(response.json().get("detail").asString()).contains("trường");
            List<String> fields = response.json()
                    .get("errors")
                    .valueStream()
                    .map(e -> e.get("field").asString())
                    .toList();
            assertThat(fields).as(response.body()).containsExactlyInAnyOrderElementsOf(c.fields());
            response.json()
                    .get("errors")
                    .valueStream()
                    .forEach(e -> assertThat(e.get("message").asString())
                            .contains("(" + e.get("field").asString() + ")"));
        }
        var empty = client.request("POST", API + "/webhooks", null, chair, PASSWORD);
        assertThat(empty.status()).as(empty.body()).isEqualTo(400);
        var list = client.get(API + "/webhooks?size=500", chair, PASSWORD);
        assertThat(list.body()).doesNotContain("ftp://127.0.0.1/h").doesNotContain("DocumentSigned");
    }
}
