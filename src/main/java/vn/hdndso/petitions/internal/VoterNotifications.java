package vn.hdndso.petitions.internal;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.hdndso.shared.CouncilId;

/**
 * Messages to voters and officers about petitions. The installation has no SMS or mail module yet:
 * the adapter writes each message to the outbox table (in the caller's transaction) and the log;
 * a notifications module later drains the outbox through a real channel.
 */
interface VoterNotifications {

    /** Kinds of message, as stored in the outbox. */
    enum Kind {
        RECEIVED,
        ANSWERED,
        PUBLISHED,
        REMINDER,
        ESCALATION
    }

    void send(
            CouncilId council,
            @Nullable UUID petitionId,
            @Nullable UUID issueId,
            Kind kind,
            String recipient,
            String message);
}
