package vn.hdndso.notifications;

import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.hdndso.shared.CouncilId;

/**
 * One message handed to one channel adapter: already rendered in the recipient's language.
 *
 * @param messageId the outbox message's id, also the idempotency key a provider may be given: the
 *     same id delivered twice is the same message
 * @param council the council on whose behalf the message goes out
 * @param channel the channel, matching the adapter's
 * @param address the channel's address (see {@link Channel})
 * @param subject a short subject (e-mail subject, push title); adapters without one ignore it
 * @param body the text
 * @param link an absolute address to open, if any
 */
public record Delivery(
        UUID messageId,
        CouncilId council,
        Channel channel,
        String address,
        String subject,
        String body,
        @Nullable String link) {

    public Delivery {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(council, "council");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
    }
}
