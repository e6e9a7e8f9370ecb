package vn.hdndso.documents;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * An edXML status message: what the receiving organisation did with a document it was sent.
 *
 * @param responseFor the {@code DocumentId} of the document this status is about
 * @param from the organisation reporting the status
 * @param statusCode what happened
 * @param description a free-text explanation (the reason of a rejection, say)
 * @param timestamp when, Vietnam time
 * @param staff the person who did it, if known
 */
public record EdxmlStatus(
        String responseFor,
        EdxmlMessage.Organisation from,
        EdxmlStatusCode statusCode,
        String description,
        LocalDateTime timestamp,
        @Nullable Staff staff) {

    /** {@code StaffInfo}: the person, their department, email and phone where known. */
    public record Staff(
            String fullName,
            @Nullable String department,
            @Nullable String email,
            @Nullable String mobile) {}
}
