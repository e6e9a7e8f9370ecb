package vn.hdndso.notifications.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hdndso.notifications.ChannelAdapter;
import vn.hdndso.notifications.DeliveryOutcome;
import vn.hdndso.notifications.MessageState;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;

/**
 * Delivers the outbox: claims due messages of the configured channels (a lease each), hands each to
 * its channel's adapter outside any transaction, and records the outcome. Any number of instances may
 * run it. Messages of channels without an adapter stay queued, saying so, until one is configured.
 */
@Component
class DeliveryJob {

    private static final Logger log = LoggerFactory.getLogger(DeliveryJob.class);

    private final String instance = "job-" + UUID.randomUUID();
    private final ClaimRepository claims;
    private final ChannelAdapters adapters;
    private final OutcomeRecorder outcomes;
    private final NotificationProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DeliveryJob(
            ClaimRepository claims,
            ChannelAdapters adapters,
            OutcomeRecorder outcomes,
            NotificationProperties properties,
            TransactionTemplate transactions,
            Clock clock) {
        this.claims = claims;
        this.adapters = adapters;
        this.outcomes = outcomes;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(
            fixedDelayString = "${hdnd.notifications.poll-interval:10s}",
            initialDelayString = "${hdnd.notifications.poll-interval:10s}")
    void scheduled() {
        Run run = deliverDue();
        if (run.claimed() > 0) {
            log.info("notifications: {}", run);
        }
    }

    /** One round: at most one batch. */
    Run deliverDue() {
        Instant now = Instant.now(clock);
        List<ClaimedMessage> claimed = Tenancy.call(
                TenantScope.allCouncils("notification delivery"),
                () -> Objects.requireNonNull(transactions.execute(tx -> {
                    claims.markUnconfigured(adapters.configured(), now);
                    return claims.claim(
                            instance, adapters.configured(), now, now.plus(properties.lease()), properties.batchSize());
                })));
        int sent = 0;
        int failed = 0;
        int retry = 0;
        for (ClaimedMessage message : claimed) {
            MessageState state = outcomes.record(message, instance, deliver(message));
            switch (state) {
                case SENT -> sent++;
                case FAILED -> failed++;
                case RETRY -> retry++;
                default -> {}
            }
        }
        return new Run(claimed.size(), sent, retry, failed);
    }

    private DeliveryOutcome deliver(ClaimedMessage message) {
        ChannelAdapter adapter = adapters.of(message.delivery().channel())
                .orElseThrow(() -> new IllegalStateException("claimed a message of an unconfigured channel"));
        try {
            return adapter.deliver(message.delivery());
        } catch (RuntimeException e) {
            log.warn(
                    "adapter {} threw for message {}",
                    adapter.channel(),
                    message.delivery().messageId(),
                    e);
            return new DeliveryOutcome.RetryLater(
                    "lỗi không lường trước của kênh gửi: " + e.getClass().getSimpleName());
        }
    }

    /** What one round did. */
    record Run(int claimed, int sent, int retry, int failed) {}
}
