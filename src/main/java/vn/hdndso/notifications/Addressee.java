package vn.hdndso.notifications;

import java.util.Objects;

/**
 * One way of reaching a person or a body for a notice, with a stable {@code key} that an idempotency
 * key appends ("account:…", "email:…"), so that one reminder goes out per item, step and addressee.
 */
public record Addressee(Recipient recipient, String key) {

    public Addressee {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(key, "key");
    }
}
