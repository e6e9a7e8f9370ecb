package vn.hdndso.petitions.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a Zalo OA sends to the webhook, signed as Zalo signs it with the test accounts of
 * application-test.properties (nam-an-phu, pham-su-manh).
 */
final class ZaloTestEvents {

    static final String NAM_AN_PHU = "nam-an-phu";
    static final String PHAM_SU_MANH = "pham-su-manh";
    static final String NAM_AN_PHU_APP = "3608465249409039670";
    static final String NAM_AN_PHU_SECRET = "test-oa-secret-nam-an-phu";
    static final String PHAM_SU_MANH_APP = "3608465249409039671";
    static final String PHAM_SU_MANH_SECRET = "test-oa-secret-pham-su-manh";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private ZaloTestEvents() {}

    record Answer(int status, String body, String contentType) {

        JsonNode json() {
            return JSON.readTree(body);
        }
    }

    /** A numeric id like Zalo's (user ids, message ids are long digit or hex strings). */
    static String freshId() {
        return Long.toString(ThreadLocalRandom.current().nextLong(1_000_000_000_000_000L, Long.MAX_VALUE));
    }

    static String userText(String appId, String senderId, String messageId, String text) {
        return JSON.writeValueAsString(java.util.Map.of(
                "app_id", appId,
                "user_id_by_app", "552177279717587730",
                "event_name", "user_send_text",
                "timestamp", Long.toString(System.currentTimeMillis()),
                "sender", java.util.Map.of("id", senderId),
                "recipient", java.util.Map.of("id", "388613280878808645"),
                "message", java.util.Map.of("text", text, "msg_id", messageId)));
    }

    static String signature(String appId, String body, String secret) {
        ZaloEvent event = ZaloEvent.parse(body).orElseThrow();
        return ZaloSignature.header(appId, body, event.timestamp(), secret);
    }

    /** POSTs the event to the council's webhook, with the signature header if given and HTTP Basic if a user. */
    static Answer post(
            String baseUrl,
            String slug,
            String body,
            @Nullable String signature,
            @Nullable String user,
            @Nullable String password) {
        var builder = HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/councils/" + slug + "/zalo/events"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (signature != null) {
            builder.header("X-ZEvent-Signature", signature);
        }
        if (user != null) {
            builder.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            HttpResponse<String> response =
                    HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(
                    response.statusCode(),
                    response.body(),
                    response.headers().firstValue("Content-Type").orElse(""));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
