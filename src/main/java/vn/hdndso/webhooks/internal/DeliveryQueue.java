package vn.hdndso.webhooks.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hdndso.councils.Council;
import vn.hdndso.identity.ApiKey;
import vn.hdndso.identity.ApiKeys;
import vn.hdndso.shared.Sha256;
import vn.hdndso.webhooks.Subscription;
import vn.hdndso.webhooks.WebhookEvent;

/**
 * Writes one delivery per active subscription of the council to an event, in one transaction;
 * the delivery job sends them. A subscription tied to an API key that was revoked or expired gets
 * nothing.
 */
@Component
class DeliveryQueue {

    private static final Logger log = LoggerFactory.getLogger(DeliveryQueue.class);

    private final SubscriptionRepository subscriptions;
    private final DeliveryRepository deliveries;
    private final PayloadWriter payloads;
    private final ApiKeys apiKeys;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DeliveryQueue(
            SubscriptionRepository subscriptions,
            DeliveryRepository deliveries,
            PayloadWriter payloads,
            ApiKeys apiKeys,
            TransactionTemplate transactions,
            Clock clock) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.payloads = payloads;
        this.apiKeys = apiKeys;
        this.transactions = transactions;
        this.clock = clock;
    }

    String absolute(String path) {
        return payloads.absolute(path);
    }

    /**
     * Queues the event for every subscription that wants it.
     *
     * @param sourceKey names the source event, the same each time it is published again
     * @param publicPath the item's public page, if it has one
     * @return how many deliveries were written
     */
    int enqueue(
            Council council,
            WebhookEvent event,
            String sourceKey,
            Instant occurredAt,
            @Nullable String publicPath,
            Map<String, @Nullable Object> data) {
        int written = Objects.requireNonNull(transactions.execute(status -> {
            List<Subscription> wanting = subscriptions.activeFor(council.id(), event);
            if (wanting.isEmpty()) {
                return 0;
            }
            Instant now = Instant.now(clock);
            List<ApiKey> keys =
                    wanting.stream().anyMatch(s -> s.apiKeyId() != null) ? apiKeys.ofCouncil(council.id()) : List.of();
            int count = 0;
            for (Subscription s : wanting) {
                if (s.apiKeyId() != null
                        && keys.stream()
                                .noneMatch(
                                        k -> k.id().equals(s.apiKeyId()) && k.statusAt(now) == ApiKey.Status.ACTIVE)) {
                    continue;
                }
                UUID id = UUID.randomUUID();
                String body = payloads.body(id, event, occurredAt, council, publicPath, data);
                var delivery = new DeliveryRepository.NewDelivery(
                        id, council.id(), s.id(), event, event.wireName() + ":" + Sha256.hex(sourceKey), body);
                if (deliveries.insert(delivery, now)) {
                    count++;
                }
            }
            return count;
        }));
        if (written > 0) {
            log.debug("{} of {} queued for {} webhook(s)", event.wireName(), council.slug(), written);
        }
        return written;
    }
}
