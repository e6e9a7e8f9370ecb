package vn.hdndso.notifications.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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

/**
 * SMS through an HTTP brand-name gateway. One JSON POST per message:
 *
 * <pre>{"messageId": "…", "brandname": "HDND-XA", "to": "84912345678", "text": "…",
 *  "encoding": "GSM7" | "UCS2", "parts": ["…", "…"]}</pre>
 *
 * with {@code Idempotency-Key: <messageId>} (the same message sent again is the same message) and
 * {@code Authorization} (Bearer key or Basic). A 2xx answer is delivered (its {@code messageId},
 * {@code id} or {@code reference} kept); 408, 429, 5xx, a timeout or no connection is retried later;
 * any other answer, an invalid number, an empty text, fails for good.
 */
final class SmsGatewayAdapter implements ChannelAdapter {

    private static final Logger log = LoggerFactory.getLogger(SmsGatewayAdapter.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final SmsProperties properties;
    private final URI url;
    private final MessageSource messages;
    private final HttpClient http;

    SmsGatewayAdapter(SmsProperties properties, MessageSource messages) {
        this.properties = properties;
        this.url =
                Objects.requireNonNull(properties.url(), "the SMS channel is on only with hdnd.notifications.sms.url");
        this.messages = messages;
        this.http = HttpClient.newBuilder()
                .connectTimeout(properties.answerTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public Channel channel() {
        return Channel.SMS;
    }

    @Override
    public DeliveryOutcome deliver(Delivery delivery) {
        Optional<SmsPhoneNumber> number = SmsPhoneNumber.parse(delivery.address());
        if (number.isEmpty()) {
            return new DeliveryOutcome.Failed(reason("channel.sms.invalidNumber", masked(delivery.address())));
        }
        String text = text(delivery);
        if (text.isBlank()) {
            return new DeliveryOutcome.Failed(reason("channel.sms.empty"));
        }
        SmsMessage message =
                SmsMessage.of(properties.unaccentedText() ? SmsText.fold(text) : text, properties.partsLimit());
        try {
            HttpResponse<String> response =
                    http.send(request(delivery, number.get(), message), HttpResponse.BodyHandlers.ofString());
            return outcome(response);
        } catch (HttpTimeoutException e) {
            return new DeliveryOutcome.RetryLater(reason("channel.sms.timeout"));
        } catch (IOException e) {
            return new DeliveryOutcome.RetryLater(reason("channel.sms.unreachable", cause(e)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new DeliveryOutcome.RetryLater(reason("channel.sms.unreachable", "interrupted"));
        }
    }

    /** The body, and the link after it when there is one. */
    private static String text(Delivery delivery) {
        String body = delivery.body().strip();
        String link = delivery.link();
        return link == null || link.isBlank() ? body : body + "\n" + link.strip();
    }

    private HttpRequest request(Delivery delivery, SmsPhoneNumber number, SmsMessage message) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("messageId", delivery.messageId().toString());
        json.put("brandname", properties.sender());
        json.put("to", number.international());
        json.put("text", message.text());
        json.put("encoding", message.encoding().name());
        json.put("parts", message.parts());
        HttpRequest.Builder builder = HttpRequest.newBuilder(url)
                .timeout(properties.answerTimeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .header("Accept", "application/json")
                .header("Idempotency-Key", delivery.messageId().toString())
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(json), StandardCharsets.UTF_8));
        String authorization = authorization();
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder.build();
    }

    private @Nullable String authorization() {
        String key = properties.apiKey();
        if (key != null && !key.isBlank()) {
            return "Bearer " + key.strip();
        }
        String user = properties.username();
        if (user != null && !user.isBlank()) {
            String password = properties.password() == null ? "" : properties.password();
            return "Basic "
                    + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        }
        return null;
    }

    private DeliveryOutcome outcome(HttpResponse<String> response) {
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return new DeliveryOutcome.Delivered(reference(response.body()));
        }
        String detail = abbreviated(response.body());
        log.warn("SMS gateway answered {}: {}", status, detail);
        if (status == 408 || status == 429 || status >= 500) {
            return new DeliveryOutcome.RetryLater(reason("channel.sms.busy", status));
        }
        return new DeliveryOutcome.Failed(reason("channel.sms.refused", status, detail));
    }

    private static String reference(String body) {
        try {
            JsonNode json = JSON.readTree(body);
            for (String field : new String[] {"messageId", "id", "reference"}) {
                String value = json.path(field).asString("");
                if (!value.isBlank()) {
                    return value;
                }
            }
        } catch (JacksonException e) {
            // a gateway may answer plain text; the message is delivered all the same
        }
        return "";
    }

    private String reason(String key, Object... arguments) {
        return messages.getMessage(key, arguments, VIETNAMESE);
    }

    private static String abbreviated(String body) {
        String flat = body.replaceAll("\\s+", " ").strip();
        return flat.length() > 200 ? flat.substring(0, 200) + "…" : flat;
    }

    /** What went wrong on the way, for a reason: the exception's message or its kind. */
    static String cause(IOException e) {
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }

    /** The number as a reason may show it: the last three digits only. */
    static String masked(String address) {
        String trimmed = address.strip();
        return trimmed.length() <= 3 ? "***" : "***" + trimmed.substring(trimmed.length() - 3);
    }
}
