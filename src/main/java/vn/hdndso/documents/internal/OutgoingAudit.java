package vn.hdndso.documents.internal;

import vn.hdndso.documents.OutgoingDocument;
import vn.hdndso.shared.audit.AuditEvent;

/** The audit record of a step in an outgoing document's life: {@code documents.document.<verb>}. */
final class OutgoingAudit {

    private OutgoingAudit() {}

    static AuditEvent of(OutgoingDocument document, String verb) {
        return AuditEvent.of(document.council(), "documents.document." + verb, "document", document.id())
                .with("status", document.status());
    }
}
