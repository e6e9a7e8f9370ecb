package vn.hdndso.webhooks;

import java.util.List;
import java.util.UUID;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.web.Page;

/**
 * A council's webhook subscriptions and their deliveries. Runs in the caller's tenant scope; a
 * subscription of another council does not exist. Bad input is reported field by field ({@code
 * url}, {@code events}, {@code secret}, {@code apiKeyId}), and nothing is stored then.
 */
public interface Webhooks {

    Subscription subscribe(CouncilId council, NewSubscription subscription);

    List<Subscription> list(CouncilId council);

    Subscription require(CouncilId council, UUID id);

    Subscription change(CouncilId council, UUID id, SubscriptionChange change);

    /** Removes the subscription and its delivery log. */
    void delete(CouncilId council, UUID id);

    /** The subscription's deliveries, newest first, with their attempts. */
    Page<Delivery> deliveries(CouncilId council, UUID subscriptionId, Page.Request page);

    /**
     * Sends a delivery again, with its id and body unchanged: it waits for the delivery job as a
     * new one does, with a fresh round of retries.
     */
    Delivery replay(CouncilId council, UUID subscriptionId, UUID deliveryId);
}
