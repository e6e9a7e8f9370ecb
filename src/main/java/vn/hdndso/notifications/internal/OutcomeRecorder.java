package vn.hdndso.notifications.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hdndso.notifications.Delivery;
import vn.hdndso.notifications.DeliveryOutcome;
import vn.hdndso.notifications.MessageState;
import vn.hdndso.shared.audit.AuditEvent;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;

/**
 * Records what one attempt came to: SENT; RETRY after a growing pause, or FAILED once the attempts
 * are used up; FAILED for a permanent fault (never retried). Sent and failed messages leave an audit
 * entry in the council's trail.
 */
@Component
class OutcomeRecorder {

    private static final Logger log = LoggerFactory.getLogger(OutcomeRecorder.class);

    private final ClaimRepository claims;
    private final RetryPolicy retries;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    OutcomeRecorder(
            ClaimRepository claims,
            NotificationProperties properties,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            Clock clock) {
        this.claims = claims;
        this.retries = properties.retryPolicy();
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    MessageState record(ClaimedMessage claimed, String instance, DeliveryOutcome outcome) {
        Delivery delivery = claimed.delivery();
        Instant now = Instant.now(clock);
        Step step = step(claimed.attempt(), outcome, now);
        return Tenancy.call(
                TenantScope.allCouncils("notification delivery outcome"),
                () -> transactions.execute(tx -> {
                    boolean held = claims.record(
                            delivery.messageId(),
                            instance,
                            step.state(),
                            step.reason(),
                            step.reference(),
                            step.next(),
                            now);
                    if (!held) {
                        log.warn(
                                "message {}: the claim passed to another instance before its outcome was recorded",
                                delivery.messageId());
                        return MessageState.SENDING;
                    }
                    if (step.state() == MessageState.SENT || step.state() == MessageState.FAILED) {
                        AuditEvent audit = AuditEvent.of(
                                        delivery.council(),
                                        step.state() == MessageState.SENT
                                                ? "notifications.message.sent"
                                                : "notifications.message.failed",
                                        "notification",
                                        delivery.messageId())
                                .with("channel", delivery.channel())
                                .with("attempts", claimed.attempt());
                        events.publishEvent(step.reason() == null ? audit : audit.with("reason", step.reason()));
                    }
                    return step.state();
                }));
    }

    private Step step(int attempt, DeliveryOutcome outcome, Instant now) {
        return switch (outcome) {
            case DeliveryOutcome.Delivered d -> new Step(MessageState.SENT, null, d.reference(), now);
            case DeliveryOutcome.Failed f -> new Step(MessageState.FAILED, f.reason(), null, now);
            case DeliveryOutcome.RetryLater r -> {
                Optional<Duration> pause = retries.pauseAfter(attempt);
                yield pause.isPresent()
                        ? new Step(MessageState.RETRY, r.reason(), null, now.plus(pause.get()))
                        : new Step(MessageState.FAILED, "đã thử " + attempt + " lần: " + r.reason(), null, now);
            }
        };
    }

    private record Step(
            MessageState state,
            @org.jspecify.annotations.Nullable String reason,
            @org.jspecify.annotations.Nullable String reference,
            Instant next) {}
}
