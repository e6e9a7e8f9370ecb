package vn.hdndso.notifications;

/**
 * Queues notices for delivery. Call it inside the transaction that made the change: the notice is
 * written to the outbox table in that transaction, so it exists exactly when the change does, and
 * is delivered at least once after commit (retried with backoff, never lost across a restart).
 */
public interface Outbox {

    /** Queues the notice; a notice whose idempotency key is already queued is ignored. */
    void queue(Notice notice);
}
