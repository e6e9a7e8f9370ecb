package vn.hdndso.webhooks.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hdndso.identity.ApiKey;
import vn.hdndso.identity.ApiKeys;
import vn.hdndso.identity.CurrentUser;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.NotFoundException;
import vn.hdndso.shared.audit.AuditEvent;
import vn.hdndso.shared.web.Page;
import vn.hdndso.webhooks.Delivery;
import vn.hdndso.webhooks.NewSubscription;
import vn.hdndso.webhooks.Subscription;
import vn.hdndso.webhooks.SubscriptionChange;
import vn.hdndso.webhooks.TargetPolicy;
import vn.hdndso.webhooks.WebhookEvent;
import vn.hdndso.webhooks.Webhooks;

/** Subscriptions and the delivery log, in the caller's scope; every change is audited. */
@Service
class WebhookDesk implements Webhooks {

    private final SubscriptionRepository subscriptions;
    private final DeliveryRepository deliveries;
    private final SecretSealing sealing;
    private final TargetPolicy policy;
    private final TargetPolicy.Resolver resolver;
    private final ApiKeys apiKeys;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    WebhookDesk(
            SubscriptionRepository subscriptions,
            DeliveryRepository deliveries,
            SecretSealing sealing,
            TargetPolicy policy,
            TargetPolicy.Resolver resolver,
            ApiKeys apiKeys,
            ApplicationEventPublisher events,
            Clock clock) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.sealing = sealing;
        this.policy = policy;
        this.resolver = resolver;
        this.apiKeys = apiKeys;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Subscription subscribe(CouncilId council, NewSubscription subscription) {
        var problems = new InvalidInputException.Collector();
        checkApiKey(council, subscription.apiKeyId(), problems);
        NewSubscription.Checked checked = subscription.check(policy, resolver, problems);
        Instant now = Instant.now(clock);
        Subscription created = new Subscription(
                UUID.randomUUID(),
                council,
                checked.url(),
                checked.events(),
                true,
                checked.apiKeyId(),
                CurrentUser.describe(),
                now,
                now);
        subscriptions.insert(created, sealing.seal(checked.secret()));
        events.publishEvent(AuditEvent.of(council, "webhooks.subscribed", "webhook", created.id())
                .with("url", created.url())
                .with(
                        "events",
                        created.events().stream()
                                .map(WebhookEvent::wireName)
                                .sorted()
                                .toList()));
        return created;
    }

    private void checkApiKey(CouncilId council, @Nullable UUID apiKeyId, InvalidInputException.Collector problems) {
        if (apiKeyId == null) {
            return;
        }
        Instant now = Instant.now(clock);
        boolean active = apiKeys.ofCouncil(council).stream()
                .anyMatch(k -> k.id().equals(apiKeyId) && k.statusAt(now) == ApiKey.Status.ACTIVE);
        if (!active) {
            problems.add("apiKeyId", "webhooks.apiKey.unknown");
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<Subscription> list(CouncilId council) {
        return subscriptions.list(council);
    }

    @Override
    @Transactional(readOnly = true)
    public Subscription require(CouncilId council, UUID id) {
        return subscriptions.find(council, id).orElseThrow(() -> new NotFoundException("webhooks.notFound", id));
    }

    @Override
    @Transactional
    public Subscription change(CouncilId council, UUID id, SubscriptionChange change) {
        Subscription current = require(council, id);
        var problems = new InvalidInputException.Collector();
        String url = current.url();
        if (change.url() != null) {
            policy.refusal(change.url(), resolver).ifPresent(key -> problems.add("url", key));
            url = change.url().strip();
        }
        Set<WebhookEvent> chosen = current.events();
        if (change.events() != null) {
            chosen = NewSubscription.parseEvents(change.events(), problems);
        }
        String secret = change.secret();
        if (secret != null
                && (secret.isBlank()
                        || secret.length() < NewSubscription.MIN_SECRET
                        || secret.length() > NewSubscription.MAX_SECRET)) {
            problems.add("secret", "webhooks.secret.length", NewSubscription.MIN_SECRET, NewSubscription.MAX_SECRET);
        }
        problems.throwIfAny();
        boolean active = change.active() == null ? current.active() : change.active();
        Subscription changed = new Subscription(
                current.id(),
                council,
                url,
                chosen,
                active,
                current.apiKeyId(),
                current.createdBy(),
                current.createdAt(),
                Instant.now(clock));
        subscriptions.update(changed, secret == null ? null : sealing.seal(secret));
        events.publishEvent(AuditEvent.of(council, "webhooks.changed", "webhook", id)
                .with("url", changed.url())
                .with("active", changed.active())
                .with("secretChanged", secret != null));
        return changed;
    }

    @Override
    @Transactional
    public void delete(CouncilId council, UUID id) {
        Subscription current = require(council, id);
        subscriptions.delete(council, id);
        events.publishEvent(
                AuditEvent.of(council, "webhooks.deleted", "webhook", id).with("url", current.url()));
    }

    @Override
    @Transactional(readOnly = true)
    public Page<Delivery> deliveries(CouncilId council, UUID subscriptionId, Page.Request page) {
        require(council, subscriptionId);
        int size = page.sizeOr(20);
        int number = page.pageOrDefault();
        return new Page<>(
                deliveries.page(council, subscriptionId, number * size, size),
                number,
                size,
                deliveries.count(council, subscriptionId));
    }

    @Override
    @Transactional
    public Delivery replay(CouncilId council, UUID subscriptionId, UUID deliveryId) {
        require(council, subscriptionId);
        if (!deliveries.replay(council, subscriptionId, deliveryId, Instant.now(clock))) {
            throw new NotFoundException("webhooks.delivery.notFound", deliveryId);
        }
        events.publishEvent(AuditEvent.of(council, "webhooks.replayed", "webhook", subscriptionId)
                .with("delivery", deliveryId));
        return deliveries
                .find(council, subscriptionId, deliveryId)
                .orElseThrow(() -> new NotFoundException("webhooks.delivery.notFound", deliveryId));
    }
}
