package vn.hdndso.notifications;

/** Where one outbox message stands. */
public enum MessageState {
    /** Waiting for its first attempt, or for its channel to be configured. */
    QUEUED,
    /** Claimed by an instance of the delivery job, until its lease ends. */
    SENDING,
    /** The provider accepted it. */
    SENT,
    /** A passing fault: tried again later, with a growing pause. */
    RETRY,
    /** A permanent fault, or too many attempts: never tried again by itself. */
    FAILED;

    public String messageKey() {
        return "notify.state." + name();
    }
}
