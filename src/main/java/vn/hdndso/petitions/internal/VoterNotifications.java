package vn.hdndso.petitions.internal;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.hdndso.shared.CouncilId;

/**
 * Messages to voters and officers about petitions: kept in the {@code petition_notification} log and
 * queued in the notifications outbox (same transaction) when the recipient is a usable contact.
 */
interface VoterNotifications {

    /** Kinds of message, as stored in the log; each is the notifications template {@code petition-<kind>}. */
    enum Kind {
        RECEIVED,
        ANSWERED,
        PUBLISHED,
        REMINDER,
        ESCALATION;

        String template() {
            return "petition-" + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * @param message the Vietnamese text kept in the log
     * @param arguments the template's arguments for the outbox
     * @param consented whether the recipient may be contacted there (a voter's recorded consent; an
     *     agency's own address always)
     */
    void send(
            CouncilId council,
            @Nullable UUID petitionId,
            @Nullable UUID issueId,
            Kind kind,
            String recipient,
            String message,
            List<String> arguments,
            boolean consented);
}
