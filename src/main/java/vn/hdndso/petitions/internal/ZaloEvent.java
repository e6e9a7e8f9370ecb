package vn.hdndso.petitions.internal;

import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fields of an OA webhook event this module reads:
 *
 * <pre>{"app_id": "…", "event_name": "user_send_text", "timestamp": "1733560000000",
 *  "sender": {"id": "…"}, "recipient": {"id": "&lt;OA id&gt;"},
 *  "message": {"msg_id": "…", "text": "…"}}</pre>
 *
 * @param timestamp as written in the body (a string or a number): the signature covers it
 */
record ZaloEvent(String appId, String name, String timestamp, String senderId, String messageId, String text) {

    static final String USER_SEND_TEXT = "user_send_text";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The event, or empty when the body is no JSON object. */
    static Optional<ZaloEvent> parse(String body) {
        JsonNode json;
        try {
            json = JSON.readTree(body);
        } catch (JacksonException e) {
            return Optional.empty();
        }
        if (json == null || !json.isObject()) {
            return Optional.empty();
        }
        JsonNode timestamp = json.path("timestamp");
        return Optional.of(new ZaloEvent(
                json.path("app_id").asString(""),
                json.path("event_name").asString(""),
                timestamp.isNumber() ? timestamp.asString() : timestamp.asString(""),
                json.path("sender").path("id").asString(""),
                json.path("message").path("msg_id").asString(""),
                json.path("message").path("text").asString("")));
    }

    boolean isVoterText() {
        return USER_SEND_TEXT.equals(name) && !senderId.isBlank() && !messageId.isBlank();
    }
}
