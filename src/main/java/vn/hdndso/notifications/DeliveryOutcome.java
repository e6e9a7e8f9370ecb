package vn.hdndso.notifications;

/** What a channel adapter made of one delivery. */
public sealed interface DeliveryOutcome {

    /** The provider accepted the message; {@code reference} is its id for the message, or empty. */
    record Delivered(String reference) implements DeliveryOutcome {}

    /** A passing fault (server down, timeout, HTTP 5xx or 429): try again later. */
    record RetryLater(String reason) implements DeliveryOutcome {}

    /** A permanent fault (invalid address, refused, unsubscribed): never retried. */
    record Failed(String reason) implements DeliveryOutcome {}
}
