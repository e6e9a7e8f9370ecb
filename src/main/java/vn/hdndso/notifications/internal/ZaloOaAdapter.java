package vn.hdndso.notifications.internal;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.hdndso.notifications.Channel;
import vn.hdndso.notifications.ChannelAdapter;
import vn.hdndso.notifications.Delivery;
import vn.hdndso.notifications.DeliveryOutcome;
import vn.hdndso.shared.CouncilId;

/**
 * A text message to a follower of the council's Zalo Official Account through the OA Open API v3
 * ("tin tư vấn", customer-service message):
 *
 * <pre>POST {base}/v3.0/oa/message/cs
 * access_token: &lt;the council's OA token&gt;
 * {"recipient": {"user_id": "…"}, "message": {"text": "…"}}
 * → {"error": 0, "message": "Success", "data": {"message_id": "…", "user_id": "…"}}</pre>
 *
 * A non-zero {@code error} is retried or failed by {@link ZaloErrors}; HTTP 429, 5xx, a timeout
 * or no connection is retried later. Zalo takes at most 2000 characters; a longer text is cut. The
 * token comes from {@link ZaloAccessTokens}; when Zalo answers that it is invalid or expired (-216,
 * -124) and the council's token can be renewed, it is renewed and the message sent once more.
 */
final class ZaloOaAdapter implements ChannelAdapter {

    static final int MAX_TEXT = 2000;
    private static final Logger log = LoggerFactory.getLogger(ZaloOaAdapter.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final Pattern USER_ID = Pattern.compile("[0-9]{1,40}");

    private final ZaloProperties properties;
    private final ZaloAccessTokens tokens;
    private final MessageSource messages;
    private final HttpClient http;

    /** With the fixed tokens of the configuration: {@code slugs} names the council of a delivery. */
    ZaloOaAdapter(ZaloProperties properties, Function<CouncilId, String> slugs, MessageSource messages) {
        this(properties, new FixedZaloTokens(properties, slugs, messages), messages);
    }

    ZaloOaAdapter(ZaloProperties properties, ZaloAccessTokens tokens, MessageSource messages) {
        this.properties = properties;
        this.tokens = tokens;
        this.messages = messages;
        this.http = HttpClient.newBuilder()
                .connectTimeout(properties.answerTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public Channel channel() {
        return Channel.ZALO;
    }

    @Override
    public DeliveryOutcome deliver(Delivery delivery) {
        String userId = userId(delivery.address());
        if (!USER_ID.matcher(userId).matches()) {
            return new DeliveryOutcome.Failed(reason("channel.zalo.invalidUser"));
        }
        String text = text(delivery);
        if (text.isBlank()) {
            return new DeliveryOutcome.Failed(reason("channel.zalo.empty"));
        }
        String token;
        switch (tokens.current(delivery.council())) {
            case ZaloAccessTokens.Answer.Token t -> token = t.value();
            case ZaloAccessTokens.Answer.Missing m -> {
                return m.passing()
                        ? new DeliveryOutcome.RetryLater(m.reason())
                        : new DeliveryOutcome.Failed(m.reason());
            }
        }
        Sent sent = send(token, userId, text);
        if (sent.error() != null && ZaloErrors.tokenRejected(sent.error())) {
            ZaloAccessTokens.Answer renewed = tokens.renewedAfter(delivery.council(), token);
            if (renewed instanceof ZaloAccessTokens.Answer.Token fresh) {
                return send(fresh.value(), userId, text).outcome();
            }
            if (renewed instanceof ZaloAccessTokens.Answer.Missing missing) {
                return new DeliveryOutcome.RetryLater(missing.reason());
            }
        }
        return sent.outcome();
    }

    /** An outcome, with Zalo's error code when it answered one. */
    private record Sent(DeliveryOutcome outcome, @Nullable Integer error) {}

    private Sent send(String token, String userId, String text) {
        try {
            HttpResponse<String> response =
                    http.send(request(token, userId, text), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return outcome(response);
        } catch (HttpTimeoutException e) {
            return new Sent(new DeliveryOutcome.RetryLater(reason("channel.zalo.timeout")), null);
        } catch (IOException e) {
            return new Sent(
                    new DeliveryOutcome.RetryLater(reason("channel.zalo.unreachable", SmsGatewayAdapter.cause(e))),
                    null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Sent(new DeliveryOutcome.RetryLater(reason("channel.zalo.unreachable", "interrupted")), null);
        }
    }

    /** The follower's id; a petition contact "zalo:123" is taken as "123". */
    static String userId(String address) {
        String id = address.strip();
        return id.regionMatches(true, 0, "zalo:", 0, 5) ? id.substring(5).strip() : id;
    }

    /** The body and the link, at most {@link #MAX_TEXT} characters. */
    static String text(Delivery delivery) {
        String body = delivery.body().strip();
        String link = delivery.link();
        String text = link == null || link.isBlank() ? body : body + "\n" + link.strip();
        if (text.length() <= MAX_TEXT) {
            return text;
        }
        int end = MAX_TEXT - 1;
        if (Character.isLowSurrogate(text.charAt(end))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }

    private HttpRequest request(String token, String userId, String text) {
        Map<String, Object> json = Map.of("recipient", Map.of("user_id", userId), "message", Map.of("text", text));
        return HttpRequest.newBuilder(properties.api().resolve("v3.0/oa/message/cs"))
                .timeout(properties.answerTimeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .header("access_token", token)
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(json), StandardCharsets.UTF_8))
                .build();
    }

    private Sent outcome(HttpResponse<String> response) {
        int status = response.statusCode();
        if (status == 429 || status == 408 || status >= 500) {
            return new Sent(new DeliveryOutcome.RetryLater(reason("channel.zalo.busy", status)), null);
        }
        JsonNode json;
        try {
            json = JSON.readTree(response.body());
        } catch (JacksonException e) {
            json = null;
        }
        if (json == null || !json.path("error").isNumber()) {
            log.warn("Zalo OA answered {} without an error code", status);
            return new Sent(new DeliveryOutcome.Failed(reason("channel.zalo.unreadable", status)), null);
        }
        int error = json.path("error").asInt();
        if (error == 0 && status >= 200 && status < 300) {
            return new Sent(
                    new DeliveryOutcome.Delivered(
                            json.path("data").path("message_id").asString("")),
                    null);
        }
        String message = json.path("message").asString("");
        log.warn("Zalo OA refused a message: error {} {}", error, message);
        return new Sent(
                ZaloErrors.passing(error)
                        ? new DeliveryOutcome.RetryLater(reason("channel.zalo.error", error, message))
                        : new DeliveryOutcome.Failed(reason("channel.zalo.error", error, message)),
                error);
    }

    private String reason(String key, Object... arguments) {
        return messages.getMessage(key, arguments, VIETNAMESE);
    }
}
