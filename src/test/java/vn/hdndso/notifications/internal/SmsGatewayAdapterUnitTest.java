package vn.hdndso.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.hdndso.notifications.Channel;
import vn.hdndso.notifications.Delivery;
import vn.hdndso.notifications.DeliveryOutcome;
import vn.hdndso.shared.CouncilId;

/** The SMS adapter against a local gateway that records what it receives. */
class SmsGatewayAdapterUnitTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final RecordingServer gateway = new RecordingServer();

    @AfterEach
    void stop() {
        gateway.close();
    }

    private SmsGatewayAdapter adapter(boolean unaccented, @Nullable String apiKey, @Nullable String user) {
        return new SmsGatewayAdapter(
                new SmsProperties(
                        gateway.url("/sms/send"),
                        apiKey,
                        user,
                        user == null ? null : "mat-khau",
                        "HDND-NAMANPHU",
                        unaccented,
                        3,
                        Duration.ofMillis(800)),
                RecordingServer.messages());
    }

    private static Delivery delivery(String address, String body, @Nullable String link) {
        return new Delivery(
                UUID.randomUUID(), new CouncilId(UUID.randomUUID()), Channel.SMS, address, "Chủ đề", body, link);
    }

    @Test
    void theGatewayReceivesTheFoldedTextInItsPartsWithTheIdempotencyKeyAndTheKey() {
        gateway.answer(200, "{\"messageId\":\"gw-123\"}");
        String body = "HĐND xã Nam An Phụ đã tiếp nhận kiến nghị của Ông/Bà về việc sửa đường liên thôn Đồng Tâm"
                + " và hệ thống thoát nước khu dân cư số 3. Mã tra cứu: K7QM-2XRT. Cảm ơn Ông/Bà đã gửi kiến nghị.";
        Delivery delivery = delivery("0912 345 678", body, "https://hdnd.example/nam-an-phu/kien-nghi/K7QM2XRT");

        DeliveryOutcome outcome = adapter(true, "khoa-api", null).deliver(delivery);

        assertThat(outcome).isEqualTo(new DeliveryOutcome.Delivered("gw-123"));
        var request = gateway.last();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/sms/send");
        assertThat(request.header("Idempotency-Key"))
                .isEqualTo(delivery.messageId().toString());
        assertThat(request.header("Authorization")).isEqualTo("Bearer khoa-api");
        JsonNode json = JSON.readTree(request.body());
        String expected = "HDND xa Nam An Phu da tiep nhan kien nghi cua Ong/Ba ve viec sua duong lien thon Dong Tam"
                + " va he thong thoat nuoc khu dan cu so 3. Ma tra cuu: K7QM-2XRT. Cam on Ong/Ba da gui kien nghi."
                + "\nhttps://hdnd.example/nam-an-phu/kien-nghi/K7QM2XRT";
        assertThat(json.get("text").asString()).isEqualTo(expected);
        assertThat(json.get("to").asString()).isEqualTo("84912345678");
        assertThat(json.get("brandname").asString()).isEqualTo("HDND-NAMANPHU");
        assertThat(json.get("messageId").asString())
                .isEqualTo(delivery.messageId().toString());
        assertThat(json.get("encoding").asString()).isEqualTo("GSM7");
        List<String> parts =
                json.get("parts").valueStream().map(JsonNode::asString).toList();
        assertThat(expected.length()).isBetween(161, 306);
        assertThat(parts).hasSize(2);
        assertThat(parts.get(0)).hasSize(153);
        assertThat(String.join("", parts)).isEqualTo(expected);
    }

    @Test
    void aProviderThatTakesUnicodeGetsTheAccentsInUcs2PartsAndBasicAuthentication() {
        gateway.answer(202, "accepted");
        String body =
                "Kỳ họp thứ 5 HĐND xã khai mạc lúc 8 giờ ngày 12/12 tại hội trường UBND xã; đề nghị đại biểu dự đầy đủ.";

        DeliveryOutcome outcome = adapter(false, null, "hdnd").deliver(delivery("+84 353 123 456", body, null));

        assertThat(outcome).isEqualTo(new DeliveryOutcome.Delivered(""));
        var request = gateway.last();
        assertThat(request.header("Authorization")).isEqualTo("Basic aGRuZDptYXQta2hhdQ==");
        JsonNode json = JSON.readTree(request.body());
        assertThat(json.get("text").asString()).isEqualTo(body);
        assertThat(json.get("encoding").asString()).isEqualTo("UCS2");
        assertThat(json.get("to").asString()).isEqualTo("84353123456");
        assertThat(json.get("parts").valueStream().map(JsonNode::asString).toList())
                .extracting(String::length)
                .containsExactly(67, body.length() - 67);
    }

    @Test
    void anInvalidNumberFailsWithAVietnameseReasonAndNothingIsSent() {
        DeliveryOutcome outcome = adapter(true, "k", null).deliver(delivery("02253 123 456", "Nội dung", null));

        assertThat(outcome).isInstanceOf(DeliveryOutcome.Failed.class);
        assertThat(((DeliveryOutcome.Failed) outcome).reason())
                .contains("không phải số di động Việt Nam")
                .contains("***456")
                .doesNotContain("02253");
        assertThat(gateway.requests).isEmpty();
    }

    @Test
    void serverErrorsRateLimitsAndTimeoutsAreRetriedOtherRefusalsAreNot() {
        var adapter = adapter(true, "k", null);
        gateway.answer(503, "{\"error\":\"maintenance\"}");
        assertThat(adapter.deliver(delivery("0912345678", "Thử", null))).isInstanceOf(DeliveryOutcome.RetryLater.class);
        gateway.answer(429, "{\"error\":\"slow down\"}");
        assertThat(adapter.deliver(delivery("0912345678", "Thử", null))).isInstanceOf(DeliveryOutcome.RetryLater.class);

        gateway.answer(400, "{\"error\":\"brandname not registered\"}");
        DeliveryOutcome refused = adapter.deliver(delivery("0912345678", "Thử", null));
        assertThat(refused).isInstanceOf(DeliveryOutcome.Failed.class);
        assertThat(((DeliveryOutcome.Failed) refused).reason())
                .contains("HTTP 400")
                .contains("brandname not registered");

        gateway.answerSlowly(2000);
        DeliveryOutcome slow = adapter.deliver(delivery("0912345678", "Thử", null));
        assertThat(slow).isInstanceOf(DeliveryOutcome.RetryLater.class);
        assertThat(((DeliveryOutcome.RetryLater) slow).reason()).contains("không trả lời kịp");
    }

    @Test
    void aGatewayThatIsDownIsRetriedLater() {
        var adapter = adapter(true, "k", null);
        gateway.close();
        DeliveryOutcome outcome = adapter.deliver(delivery("0912345678", "Thử", null));
        assertThat(outcome).isInstanceOf(DeliveryOutcome.RetryLater.class);
        assertThat(((DeliveryOutcome.RetryLater) outcome).reason()).contains("Không kết nối được cổng SMS");
    }
}
