package vn.hdndso.documents;

import org.jspecify.annotations.Nullable;

/**
 * Which outgoing documents to list; nulls mean "any".
 *
 * @param q words in the subject, the number/symbol or the signer's name
 */
public record DocumentQuery(
        @Nullable DocumentStatus status,
        @Nullable DocumentType type,
        @Nullable Integer year,
        @Nullable String q) {

    /** Every document, in every state. */
    public static DocumentQuery everything() {
        return new DocumentQuery(null, null, null, null);
    }

    /** The issued documents. */
    public static DocumentQuery issued() {
        return new DocumentQuery(DocumentStatus.ISSUED, null, null, null);
    }
}
