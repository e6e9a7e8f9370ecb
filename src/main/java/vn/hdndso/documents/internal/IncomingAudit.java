package vn.hdndso.documents.internal;

import vn.hdndso.documents.IncomingDocument;
import vn.hdndso.shared.audit.AuditEvent;

/** The audit record of a step in an incoming document's life: {@code documents.incoming.<verb>}. */
final class IncomingAudit {

    private IncomingAudit() {}

    static AuditEvent of(IncomingDocument document, String verb) {
        return AuditEvent.of(document.council(), "documents.incoming." + verb, "incoming", document.id())
                .with("status", document.status());
    }
}
