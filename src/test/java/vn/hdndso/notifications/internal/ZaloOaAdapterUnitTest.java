package vn.hdndso.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.hdndso.notifications.Channel;
import vn.hdndso.notifications.Delivery;
import vn.hdndso.notifications.DeliveryOutcome;
import vn.hdndso.shared.CouncilId;

/** The Zalo OA adapter against a local server speaking the OA Open API v3 "message/cs". */
class ZaloOaAdapterUnitTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final CouncilId NAM_AN_PHU = new CouncilId(UUID.randomUUID());
    private static final CouncilId WITHOUT_OA = new CouncilId(UUID.randomUUID());

    private final RecordingServer zalo = new RecordingServer();
    private final ZaloOaAdapter adapter = new ZaloOaAdapter(
            new ZaloProperties(
                    true,
                    zalo.url("/"),
                    Map.of("nam-an-phu", "oa-token-nam-an-phu"),
                    Duration.ofMillis(800),
                    null,
                    null,
                    null,
                    null),
            id -> id.equals(NAM_AN_PHU) ? "nam-an-phu" : "pham-su-manh",
            RecordingServer.messages());

    @AfterEach
    void stop() {
        zalo.close();
    }

    private static Delivery delivery(CouncilId council, String address, String body) {
        return new Delivery(UUID.randomUUID(), council, Channel.ZALO, address, "Chủ đề", body, null);
    }

    @Test
    void aTextGoesToTheFollowerAsTheDocumentedRequestAndTheMessageIdIsKept() {
        zalo.answer(
                200,
                "{\"data\":{\"message_id\":\"a1b2c3d4e5\",\"user_id\":\"2468101214161820\"},\"error\":0,\"message\":\"Success\"}");
        String body = "HĐND xã Nam An Phụ đã tiếp nhận kiến nghị của Ông/Bà. Mã tra cứu: K7QM-2XRT.";

        DeliveryOutcome outcome = adapter.deliver(delivery(NAM_AN_PHU, "zalo:2468101214161820", body));

        assertThat(outcome).isEqualTo(new DeliveryOutcome.Delivered("a1b2c3d4e5"));
        var request = zalo.last();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/v3.0/oa/message/cs");
        assertThat(request.header("access_token")).isEqualTo("oa-token-nam-an-phu");
        assertThat(request.header("Content-Type")).startsWith("application/json");
        JsonNode json = JSON.readTree(request.body());
        assertThat(json.path("recipient").path("user_id").asString()).isEqualTo("2468101214161820");
        assertThat(json.path("message").path("text").asString()).isEqualTo(body);
    }

    @Test
    void errorCodesOfZaloAreRetriedWhenPassingAndFailedWhenPermanent() {
        zalo.answer(200, "{\"error\":-213,\"message\":\"User has not followed OA\"}");
        DeliveryOutcome notFollower = adapter.deliver(delivery(NAM_AN_PHU, "2468101214161820", "Xin chào"));
        assertThat(notFollower).isInstanceOf(DeliveryOutcome.Failed.class);
        assertThat(((DeliveryOutcome.Failed) notFollower).reason())
                .contains("-213")
                .contains("not followed");

        zalo.answer(200, "{\"error\":-32,\"message\":\"Exceeded the rate limit\"}");
        assertThat(adapter.deliver(delivery(NAM_AN_PHU, "2468101214161820", "Xin chào")))
                .isInstanceOf(DeliveryOutcome.RetryLater.class);

        zalo.answer(200, "{\"error\":-216,\"message\":\"Access token is invalid\"}");
        assertThat(adapter.deliver(delivery(NAM_AN_PHU, "2468101214161820", "Xin chào")))
                .isInstanceOf(DeliveryOutcome.RetryLater.class);

        zalo.answer(502, "Bad gateway");
        assertThat(adapter.deliver(delivery(NAM_AN_PHU, "2468101214161820", "Xin chào")))
                .isInstanceOf(DeliveryOutcome.RetryLater.class);

        zalo.answerSlowly(2000);
        assertThat(adapter.deliver(delivery(NAM_AN_PHU, "2468101214161820", "Xin chào")))
                .isInstanceOf(DeliveryOutcome.RetryLater.class);
    }

    @Test
    void anInvalidUserIdOrACouncilWithoutAnOaFailsWithoutCallingZalo() {
        DeliveryOutcome invalid = adapter.deliver(delivery(NAM_AN_PHU, "zalo:not-an-id", "Xin chào"));
        assertThat(invalid).isInstanceOf(DeliveryOutcome.Failed.class);
        assertThat(((DeliveryOutcome.Failed) invalid).reason()).contains("Mã người dùng Zalo không hợp lệ");

        DeliveryOutcome unconfigured = adapter.deliver(delivery(WITHOUT_OA, "2468101214161820", "Xin chào"));
        assertThat(unconfigured).isInstanceOf(DeliveryOutcome.Failed.class);
        assertThat(((DeliveryOutcome.Failed) unconfigured).reason())
                .contains("pham-su-manh")
                .contains("chưa cấu hình");

        assertThat(zalo.requests).isEmpty();
    }

    @Test
    void aTextLongerThanZaloTakesIsCutToTwoThousandCharacters() {
        zalo.answer(200, "{\"error\":0,\"message\":\"Success\",\"data\":{\"message_id\":\"m\"}}");
        adapter.deliver(delivery(NAM_AN_PHU, "2468101214161820", "ý".repeat(2500)));
        String sent =
                JSON.readTree(zalo.last().body()).path("message").path("text").asString();
        assertThat(sent).hasSize(ZaloOaAdapter.MAX_TEXT).endsWith("ý…");
    }
}
