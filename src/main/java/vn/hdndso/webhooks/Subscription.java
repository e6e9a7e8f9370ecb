package vn.hdndso.webhooks;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.hdndso.shared.CouncilId;

/**
 * A council's webhook subscription as lists show it; never its secret.
 *
 * @param active false while paused: new events are not delivered to it, waiting deliveries wait
 * @param apiKeyId the API key the subscription belongs to, if any
 */
public record Subscription(
        UUID id,
        CouncilId council,
        String url,
        Set<WebhookEvent> events,
        boolean active,
        @Nullable UUID apiKeyId,
        String createdBy,
        Instant createdAt,
        Instant updatedAt) {

    public Subscription {
        events = Set.copyOf(events);
    }

    public boolean wants(WebhookEvent event) {
        return events.contains(event);
    }
}
