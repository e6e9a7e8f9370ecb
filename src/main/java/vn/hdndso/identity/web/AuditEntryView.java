package vn.hdndso.identity.web;

import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;
import vn.hdndso.identity.AuditTrail;
import vn.hdndso.shared.VnTime;

/** An audit entry as a person reads it: the time in Vietnam, the action's own message key. */
record AuditEntryView(
        long seq,
        String time,
        String actor,
        @Nullable String actorAddress,
        String action,
        String actionKey,
        String subject,
        String details) {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(VnTime.ZONE);

    static AuditEntryView of(AuditTrail.Entry e) {
        return new AuditEntryView(
                e.seq(),
                TIME.format(e.occurredAt()),
                e.actor(),
                e.actorAddress(),
                e.action(),
                "audit.action." + e.action(),
                e.subjectType() + " " + e.subjectId(),
                "{}".equals(e.details()) ? "" : e.details());
    }
}
