package vn.hdndso.notifications;

/**
 * Delivers messages through one channel. Implementations live in {@code internal} (one per
 * channel, enabled by configuration); the outbox's delivery job picks the adapter by
 * {@link #channel()}. An adapter never throws for a delivery fault: it answers
 * {@link DeliveryOutcome.RetryLater} or {@link DeliveryOutcome.Failed} with a reason in Vietnamese.
 */
public interface ChannelAdapter {

    Channel channel();

    DeliveryOutcome deliver(Delivery delivery);
}
