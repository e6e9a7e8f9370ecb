package vn.hdndso.plans;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One change of a task: who, when, what ({@code created}, {@code status}, {@code note}, {@code
 * due}, {@code assignee}, {@code evidenceAdded}, {@code evidenceRemoved}, {@code plan},
 * {@code reminded}) and its detail (the new value).
 */
public record TaskHistoryEntry(
        Instant at, String by, String what, @Nullable String detail) {

    /** When, in Vietnam's time. */
    public java.time.ZonedDateTime localAt() {
        return at.atZone(vn.hdndso.shared.VnTime.ZONE);
    }

    public String messageKey() {
        return "tasks.history." + what;
    }
}
