package vn.hdndso.petitions;

import org.jspecify.annotations.Nullable;

/**
 * What a council's Zalo Official Account tells us: the OA's webhook posts each event a follower
 * causes, signed with the OA's secret key. A text a voter writes is registered as a petition (channel
 * {@link PetitionChannel#ZALO}, contact {@code zalo:<user id>}) and the tracking code goes back to the
 * voter by the petition's "received" message. See docs/notifications-sms-zalo.md.
 */
public interface ZaloInbox {

    /** What became of one event. */
    sealed interface Outcome {

        /** A voter's text, registered now. */
        record Registered(String trackingCode) implements Outcome {}

        /** The same Zalo message delivered again: already registered, nothing added. */
        record AlreadyRegistered() implements Outcome {}

        /** A correctly signed event that is no voter's text (a follow, a sticker, a read receipt). */
        record Ignored(String event) implements Outcome {}

        /** The signature is missing or wrong, or the event is not for this council's OA: nothing done. */
        record Rejected() implements Outcome {}
    }

    /**
     * Handles one event of the council's OA.
     *
     * @param slug the council whose OA the webhook is set for
     * @param body the request body exactly as received (the signature covers it)
     * @param signature the {@code X-ZEvent-Signature} header, {@code mac=<hex>}
     * @throws vn.hdndso.shared.NotFoundException for an unknown council or one without an OA
     */
    Outcome receive(String slug, String body, @Nullable String signature);
}
