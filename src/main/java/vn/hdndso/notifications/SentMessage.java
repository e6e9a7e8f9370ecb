package vn.hdndso.notifications;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One outbox message as the council's staff see it: the address masked.
 *
 * @param maskedAddress the address with all but its last characters hidden ("***@gmail.com" keeps only
 *     the domain's last part, "***789" a phone's last three digits)
 * @param statusReason why it waits or failed, in Vietnamese; null once sent
 * @param resentFrom the failed message this one sends again, if it is a resend
 */
public record SentMessage(
        UUID id,
        String template,
        Channel channel,
        String maskedAddress,
        boolean toAccount,
        String subject,
        MessageState state,
        @Nullable String statusReason,
        int attempts,
        Instant createdAt,
        Instant nextAttemptAt,
        @Nullable Instant sentAt,
        @Nullable UUID resentFrom) {

    /** Whether a clerk may send it again (only a failed message). */
    public boolean resendable() {
        return state == MessageState.FAILED;
    }
}
