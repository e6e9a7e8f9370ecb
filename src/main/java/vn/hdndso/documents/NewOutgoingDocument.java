package vn.hdndso.documents;

import org.jspecify.annotations.Nullable;

/**
 * What a clerk gives to start an outgoing document; checked field by field when the draft is
 * created.
 *
 * @param typeCode the type's code ("KH", "NQ", "CV" for công văn)
 * @param issuerSymbol the issuing body's symbol ("TTHĐND", "HĐND", a committee's)
 * @param unitSymbol for a công văn, the drafting unit's symbol ("VP"), optional
 * @param normative a normative resolution (only with "NQ"): own series, year in the number
 * @param subject the subject line (trích yếu)
 * @param recipients the recipients (nơi nhận), one per line
 * @param restricted not public ("không công khai"); {@code null} takes the type's default
 */
public record NewOutgoingDocument(
        @Nullable String typeCode,
        @Nullable String issuerSymbol,
        @Nullable String unitSymbol,
        boolean normative,
        @Nullable String subject,
        @Nullable String signerName,
        @Nullable String signerPosition,
        @Nullable String recipients,
        @Nullable Boolean restricted) {

    /** Metadata with the type's default visibility. */
    public NewOutgoingDocument(
            @Nullable String typeCode,
            @Nullable String issuerSymbol,
            @Nullable String unitSymbol,
            boolean normative,
            @Nullable String subject,
            @Nullable String signerName,
            @Nullable String signerPosition,
            @Nullable String recipients) {
        this(typeCode, issuerSymbol, unitSymbol, normative, subject, signerName, signerPosition, recipients, null);
    }
}
