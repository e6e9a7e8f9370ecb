package vn.hdndso.identity.web;

import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.hdndso.identity.AuditTrail;
import vn.hdndso.shared.VnTime;

/**
 * An audit entry as a person reads it: the time in Vietnam, and in words who acted, what was done,
 * to what, and each detail (see {@link AuditWording}); the stored codes stay beside them.
 */
record AuditEntryView(
        long seq,
        String time,
        String actor,
        @Nullable String actorAddress,
        String action,
        String actionText,
        String subject,
        String subjectText,
        List<AuditWording.Detail> details) {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(VnTime.ZONE);

    static AuditEntryView of(
            AuditTrail.Entry e, String actor, String action, String subject, List<AuditWording.Detail> details) {
        return new AuditEntryView(
                e.seq(),
                TIME.format(e.occurredAt()),
                actor,
                e.actorAddress(),
                e.action(),
                action,
                e.subjectType() + " " + e.subjectId(),
                subject,
                details);
    }
}
