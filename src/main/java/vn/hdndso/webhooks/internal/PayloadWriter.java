package vn.hdndso.webhooks.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.hdndso.councils.Council;
import vn.hdndso.shared.InstallationProperties;
import vn.hdndso.webhooks.WebhookEvent;

/**
 * Writes a delivery's body: {@code id} (the delivery), {@code event}, {@code occurredAt}, {@code
 * council} (its slug), {@code councilName}, {@code url} (the item's public page, absolute, when it
 * has one) and the item's public data under {@code data}. The body is written once and stored, so
 * retries and replays send (and sign) the same bytes.
 */
@Component
class PayloadWriter {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String baseUrl;

    PayloadWriter(InstallationProperties installation) {
        String base = installation.baseUrl();
        this.baseUrl = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** An absolute address of a path of this site. */
    String absolute(String path) {
        return baseUrl + path;
    }

    String body(
            UUID deliveryId,
            WebhookEvent event,
            Instant occurredAt,
            Council council,
            @Nullable String publicPath,
            Map<String, @Nullable Object> data) {
        Map<String, @Nullable Object> payload = new LinkedHashMap<>();
        payload.put("id", deliveryId.toString());
        payload.put("event", event.wireName());
        payload.put("occurredAt", occurredAt.toString());
        payload.put("council", council.slug());
        payload.put("councilName", council.name());
        payload.put("url", publicPath == null ? null : absolute(publicPath));
        payload.put("data", data);
        return JSON.writeValueAsString(payload);
    }
}
