package vn.hdndso.shared.audit;

import java.util.Map;
import java.util.Objects;
import vn.hdndso.shared.CouncilId;

/**
 * Something worth a line in the audit trail: a change, or a read of personal data. Any module
 * publishes one through Spring's event publisher inside its transaction; the identity module
 * appends it to the council's hash-chained trail before that transaction commits, adding who
 * did it. If the append fails, the change fails with it.
 *
 * @param council the council whose trail records it
 * @param action what happened, as {@code module.subject.verb} ("councils.delegate.created")
 * @param subjectType the kind of thing acted on ("delegate")
 * @param subjectId its identifier
 * @param details a few facts worth keeping (never passwords or secrets)
 */
public record AuditEvent(
        CouncilId council, String action, String subjectType, String subjectId, Map<String, String> details) {

    public AuditEvent {
        Objects.requireNonNull(council, "council");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(subjectType, "subjectType");
        Objects.requireNonNull(subjectId, "subjectId");
        details = Map.copyOf(details);
    }

    public static AuditEvent of(CouncilId council, String action, String subjectType, Object subjectId) {
        return new AuditEvent(council, action, subjectType, String.valueOf(subjectId), Map.of());
    }

    public AuditEvent with(String key, Object value) {
        var copy = new java.util.TreeMap<>(details);
        copy.put(key, String.valueOf(value));
        return new AuditEvent(council, action, subjectType, subjectId, copy);
    }

    /** Whether this records a read of personal data rather than a change. */
    public boolean isRead() {
        return action.endsWith(".read");
    }
}
