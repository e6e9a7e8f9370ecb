package vn.hdndso.notifications.internal;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;
import vn.hdndso.notifications.Delivery;

/**
 * What the service worker receives: {@code {"id", "title", "body", "link"}} in UTF-8. A body too
 * long for one encrypted record is shortened (whole characters) and ends with "…".
 */
final class WebPushPayload {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private WebPushPayload() {}

    static byte[] of(Delivery delivery) {
        String body = delivery.body();
        byte[] bytes = encode(delivery, body);
        while (bytes.length > WebPushEncryption.MAX_PLAINTEXT && !body.isEmpty()) {
            int cut = body.offsetByCodePoints(0, Math.max(0, body.codePointCount(0, body.length()) * 9 / 10 - 1));
            body = body.substring(0, cut);
            bytes = encode(delivery, body + "…");
        }
        return bytes;
    }

    private static byte[] encode(Delivery delivery, String body) {
        Map<String, String> message = new LinkedHashMap<>();
        message.put("id", delivery.messageId().toString());
        message.put(
                "title", delivery.subject().length() > 200 ? delivery.subject().substring(0, 200) : delivery.subject());
        message.put("body", body);
        if (delivery.link() != null) {
            message.put("link", delivery.link());
        }
        return JSON.writeValueAsString(message).getBytes(StandardCharsets.UTF_8);
    }
}
