package vn.hdndso.documents.web;

import org.jspecify.annotations.Nullable;
import vn.hdndso.documents.NewOutgoingDocument;
import vn.hdndso.documents.OutgoingDocument;

/** What the new-draft form holds, kept when it comes back with errors. */
record DraftForm(
        String typeCode,
        String issuerSymbol,
        String unitSymbol,
        String subject,
        String signerName,
        String signerPosition,
        String recipients,
        String visibility) {

    static DraftForm empty() {
        return new DraftForm("KH", "TTHĐND", "", "", "", "", "", "");
    }

    static DraftForm of(OutgoingDocument d) {
        return new DraftForm(
                d.type().code(),
                d.issuerSymbol(),
                d.unitSymbol() == null ? "" : d.unitSymbol(),
                d.subject(),
                d.signerName(),
                d.signerPosition(),
                d.recipients(),
                d.restricted() ? "restricted" : "public");
    }

    /** The visibility chosen: restricted, public, or the type's default (null). */
    @Nullable
    Boolean restricted() {
        return switch (visibility) {
            case "restricted" -> Boolean.TRUE;
            case "public" -> Boolean.FALSE;
            default -> null;
        };
    }

    NewOutgoingDocument toNew() {
        return new NewOutgoingDocument(
                typeCode,
                issuerSymbol,
                unitSymbol,
                false,
                subject,
                signerName,
                signerPosition,
                recipients,
                restricted());
    }
}
