package vn.hdndso.notifications;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import vn.hdndso.identity.CurrentUser;

/**
 * The browsers a signed-in person allowed to show web push notifications (RFC 8030 push
 * subscriptions with their RFC 8291 keys). A person sees and removes only their own; the web push
 * channel ({@link Channel#WEB_PUSH}) delivers to every subscription of an account.
 */
public interface PushSubscriptions {

    /** A subscription as its owner sees it. */
    record Subscription(UUID id, String endpoint, Instant created) {}

    /**
     * Registers the browser for the signed-in person (again: the same endpoint is updated, not
     * duplicated). An endpoint that is not an https address, or keys that are not a P-256 public
     * key (65 bytes) and a 16-byte secret, are refused on fields {@code endpoint}, {@code p256dh},
     * {@code auth}.
     */
    Subscription subscribe(CurrentUser me, String endpoint, String p256dh, String auth);

    /** The signed-in person's subscriptions, newest first. */
    List<Subscription> mine(CurrentUser me);

    /** Removes one of the person's own subscriptions; another account's answers not found. */
    void remove(CurrentUser me, UUID id);

    /**
     * The application server's VAPID public key (RFC 8292), the uncompressed P-256 point in
     * base64url: a browser subscribes with it as {@code applicationServerKey}.
     */
    String vapidPublicKey();
}
