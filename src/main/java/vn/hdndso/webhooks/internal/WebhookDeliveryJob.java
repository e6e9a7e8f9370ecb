package vn.hdndso.webhooks.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;
import vn.hdndso.webhooks.RetrySchedule;

/**
 * Sends due deliveries, every {@code hdnd.webhooks.poll-delay}, on a bounded pool of {@code
 * hdnd.webhooks.concurrency} threads. A receiver holds at most one thread at a time (one delivery
 * per subscription in flight), so a receiver that hangs until the read timeout or answers 500
 * slows nobody else. Claims are leased in the database, so several instances share the work, and
 * a delivery whose instance died is sent again once its lease runs out. Acknowledged events are
 * never dropped: a failure schedules the next attempt (exponential backoff) or, past the limits,
 * marks the delivery failed, to be replayed by hand.
 */
@Component
class WebhookDeliveryJob implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(WebhookDeliveryJob.class);

    private final DeliveryRepository deliveries;
    private final SecretSealing sealing;
    private final WebhookSender sender;
    private final TransactionTemplate transactions;
    private final WebhooksProperties properties;
    private final RetrySchedule retries;
    private final Clock clock;
    private final ExecutorService pool;
    private final Set<UUID> busy = ConcurrentHashMap.newKeySet();
    private final AtomicInteger inFlight = new AtomicInteger();

    WebhookDeliveryJob(
            DeliveryRepository deliveries,
            SecretSealing sealing,
            WebhookSender sender,
            TransactionTemplate transactions,
            WebhooksProperties properties,
            Clock clock) {
        this.deliveries = deliveries;
        this.sealing = sealing;
        this.sender = sender;
        this.transactions = transactions;
        this.properties = properties;
        this.retries = properties.retries();
        this.clock = clock;
        AtomicInteger threads = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(properties.concurrency(), r -> {
            Thread t = new Thread(r, "webhook-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Scheduled(
            fixedDelayString = "${hdnd.webhooks.poll-delay:PT2S}",
            initialDelayString = "${hdnd.webhooks.poll-delay:PT2S}")
    void poll() {
        try {
            dispatch();
        } catch (RuntimeException e) {
            log.error("webhook deliveries could not be claimed", e);
        }
    }

    /** Claims as many due deliveries as there are free threads and sends them; returns how many. */
    int dispatch() {
        int free = properties.concurrency() - inFlight.get();
        if (free <= 0) {
            return 0;
        }
        Instant now = Instant.now(clock);
        List<DeliveryRepository.Claimed> claimed = Tenancy.call(
                TenantScope.allCouncils("webhook deliveries"),
                () -> Objects.requireNonNull(transactions.execute(status ->
                        deliveries.claim(free, now, now.plus(properties.leaseOrDefault()), Set.copyOf(busy)))));
        for (DeliveryRepository.Claimed delivery : claimed) {
            busy.add(delivery.subscriptionId());
            inFlight.incrementAndGet();
            try {
                pool.execute(() -> {
                    try {
                        deliver(delivery);
                    } finally {
                        busy.remove(delivery.subscriptionId());
                        inFlight.decrementAndGet();
                    }
                });
            } catch (RejectedExecutionException e) {
                // shutting down: the lease runs out and the delivery is sent later
                busy.remove(delivery.subscriptionId());
                inFlight.decrementAndGet();
            }
        }
        return claimed.size();
    }

    private void deliver(DeliveryRepository.Claimed delivery) {
        try {
            WebhookSender.Result result = sender.send(delivery, sealing.open(delivery.sealedSecret()));
            int failed = delivery.attempts() + 1;
            Instant done = Instant.now(clock);
            Optional<Instant> next =
                    result.delivered() ? Optional.empty() : retries.nextAttempt(failed, delivery.startedAt(), done);
            var outcome = new DeliveryRepository.Outcome(
                    result.at(),
                    result.status(),
                    result.durationMs(),
                    result.error(),
                    result.delivered(),
                    next.orElse(null));
            Tenancy.run(
                    TenantScope.allCouncils("webhook delivery attempt"),
                    () -> transactions.executeWithoutResult(status -> deliveries.record(delivery, outcome)));
            if (!result.delivered()) {
                log.info(
                        "webhook delivery {} ({}) failed: {}; {}",
                        delivery.id(),
                        delivery.event().wireName(),
                        result.error(),
                        next.map(n -> "next attempt at " + n).orElse("given up"));
            }
        } catch (RuntimeException e) {
            // the lease runs out and the delivery is tried again
            log.error("webhook delivery {} could not be sent or recorded", delivery.id(), e);
        }
    }

    @Override
    public void destroy() {
        pool.shutdownNow();
    }
}
