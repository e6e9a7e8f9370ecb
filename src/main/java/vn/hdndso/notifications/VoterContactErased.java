package vn.hdndso.notifications;

import java.util.Objects;
import vn.hdndso.shared.CouncilId;

/**
 * A voter's personal data was erased (their petition anonymised): the notifications module erases, in
 * the same transaction, every message to {@code contact} whose reference (idempotency key) contains
 * {@code reference}: its address, subject, body and link are blanked and its key replaced, sent or not.
 * Publish it inside the erasing transaction.
 *
 * <p>Deliberately not a {@link vn.hdndso.shared.CouncilEvent}: it carries the contact itself, and the
 * listeners of council events are recorded in the event publication table, which would keep the very
 * contact being erased. Only a synchronous listener of the notifications module hears it.
 *
 * @param reference what identifies the erased record's messages, e.g. a petition's id
 */
public record VoterContactErased(CouncilId council, Recipient.Contact contact, String reference) {

    public VoterContactErased {
        Objects.requireNonNull(council, "council");
        Objects.requireNonNull(contact, "contact");
        if (reference == null || reference.isBlank()) {
            throw new IllegalArgumentException("an erasure needs the reference of its messages");
        }
    }
}
