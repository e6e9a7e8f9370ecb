package vn.hdndso.webhooks.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.hdndso.webhooks.Delivery;
import vn.hdndso.webhooks.Subscription;
import vn.hdndso.webhooks.WebhookEvent;

/** The JSON shapes of the webhooks API. */
final class WebhookViews {

    private WebhookViews() {}

    /** {@code POST …/webhooks}: {@code url}, {@code events}, {@code secret}, optional {@code apiKeyId}. */
    record SubscriptionRequest(
            @Nullable String url,
            @Nullable List<String> events,
            @Nullable String secret,
            @Nullable UUID apiKeyId) {}

    /** {@code PATCH …/webhooks/{id}}: any of {@code url}, {@code events}, {@code secret}, {@code active}. */
    record ChangeRequest(
            @Nullable String url,
            @Nullable List<String> events,
            @Nullable String secret,
            @Nullable Boolean active) {}

    /** A subscription without its secret. */
    record SubscriptionView(
            UUID id,
            String url,
            List<String> events,
            boolean active,
            @Nullable UUID apiKeyId,
            String createdBy,
            Instant createdAt,
            Instant updatedAt) {

        static SubscriptionView of(Subscription s) {
            return new SubscriptionView(
                    s.id(),
                    s.url(),
                    s.events().stream().map(WebhookEvent::wireName).sorted().toList(),
                    s.active(),
                    s.apiKeyId(),
                    s.createdBy(),
                    s.createdAt(),
                    s.updatedAt());
        }
    }

    record AttemptView(
            int number,
            Instant attemptedAt,
            @Nullable Integer statusCode,
            long durationMs,
            @Nullable String error,
            boolean replay) {

        static AttemptView of(Delivery.Attempt a) {
            return new AttemptView(a.number(), a.attemptedAt(), a.statusCode(), a.durationMs(), a.error(), a.replay());
        }
    }

    /** A delivery with its attempts: status code, duration and error of each, and the next attempt. */
    record DeliveryView(
            UUID id,
            String event,
            String state,
            int attempts,
            @Nullable Instant nextAttemptAt,
            @Nullable Integer lastStatusCode,
            @Nullable String lastError,
            Instant createdAt,
            @Nullable Instant deliveredAt,
            List<AttemptView> attemptLog) {

        static DeliveryView of(Delivery d) {
            return new DeliveryView(
                    d.id(),
                    d.event().wireName(),
                    d.state().name(),
                    d.attempts(),
                    d.nextAttemptAt(),
                    d.lastStatus(),
                    d.lastError(),
                    d.createdAt(),
                    d.deliveredAt(),
                    d.attemptLog().stream().map(AttemptView::of).toList());
        }
    }
}
