package vn.hdndso.documents;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What the public still learns about a document that was issued and then recalled: that it
 * existed, its number, subject and date, and when and why it was recalled. Its content (the
 * signed PDF) is no longer published.
 */
public record RecallNotice(
        DocumentId id,
        vn.hdndso.shared.CouncilId council,
        DocumentType type,
        String numberSymbol,
        String subject,
        LocalDate issueDate,
        Instant issuedAt,
        Instant recalledAt,
        String reason) {

    /** The notice of a recalled document. */
    public static RecallNotice of(OutgoingDocument document) {
        var issue = java.util.Objects.requireNonNull(document.issue());
        return new RecallNotice(
                document.id(),
                document.council(),
                document.type(),
                issue.number().format(),
                document.subject(),
                issue.issueDate(),
                issue.issuedAt(),
                java.util.Objects.requireNonNull(document.recalledAt()),
                String.valueOf(document.recallReason()));
    }
}
