package vn.hdndso.webhooks;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One event sent to one subscription, with its attempts (oldest first).
 *
 * @param nextAttemptAt when it is tried next, while {@link DeliveryState#PENDING}
 */
public record Delivery(
        UUID id,
        UUID subscriptionId,
        WebhookEvent event,
        DeliveryState state,
        int attempts,
        @Nullable Instant nextAttemptAt,
        @Nullable Integer lastStatus,
        @Nullable String lastError,
        Instant createdAt,
        @Nullable Instant deliveredAt,
        List<Attempt> attemptLog) {

    public Delivery {
        attemptLog = List.copyOf(attemptLog);
    }

    /**
     * One POST to the receiver.
     *
     * @param statusCode the receiver's answer; null when none came (timeout, refused connection)
     * @param error why it failed, in a few words; null on a 2xx
     * @param replay whether it was sent on a replay
     */
    public record Attempt(
            int number,
            Instant attemptedAt,
            @Nullable Integer statusCode,
            long durationMs,
            @Nullable String error,
            boolean replay) {}
}
