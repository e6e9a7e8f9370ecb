package vn.hdndso.sessions.internal;

import vn.hdndso.sessions.AgendaItemId;
import vn.hdndso.sessions.CouncilSession;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.audit.AuditEvent;

/** The module's entries in the audit trail. */
final class SessionAudit {

    private SessionAudit() {}

    static AuditEvent of(CouncilSession session, String verb) {
        return AuditEvent.of(session.council(), "sessions.session." + verb, "session", session.id())
                .with("state", session.state());
    }

    static AuditEvent ofVote(CouncilId council, AgendaItemId item, String verb) {
        return AuditEvent.of(council, "sessions.vote." + verb, "agendaItem", item);
    }
}
