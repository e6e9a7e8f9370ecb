package vn.hdndso.notifications;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.hdndso.shared.CouncilId;

/**
 * A message to one person about one event, before rendering.
 *
 * @param council the council on whose behalf it goes out
 * @param recipient who receives it
 * @param template the template's name: message keys {@code notify.<template>.subject} and
 *     {@code notify.<template>.body} (Vietnamese and English bundles), formatted with {@code arguments}
 * @param arguments the template's arguments ({0}, {1} …), already formatted as text
 * @param link an absolute address to open, if any
 * @param idempotencyKey the same key queued twice is one notice (for example
 *     {@code "session-convened:" + sessionId + ":" + delegateId})
 */
public record Notice(
        CouncilId council,
        Recipient recipient,
        String template,
        List<String> arguments,
        @Nullable String link,
        String idempotencyKey) {

    public Notice {
        Objects.requireNonNull(council, "council");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(template, "template");
        arguments = List.copyOf(arguments);
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    }
}
