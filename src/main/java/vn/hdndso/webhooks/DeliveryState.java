package vn.hdndso.webhooks;

/** Where a delivery stands. */
public enum DeliveryState {
    /** Waiting for its next attempt (or for its first). */
    PENDING,
    /** A receiver answered 2xx. */
    DELIVERED,
    /** Given up after the retry limits; a replay sends it again. */
    FAILED
}
