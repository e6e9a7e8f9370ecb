package vn.hdndso.plans;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A change of a task; what is null stays as it is. A blank note clears the note.
 *
 * @param assignee the new body and person (checked against the council's bodies and delegates)
 */
public record TaskChange(
        @Nullable TaskStatus status,
        @Nullable String note,
        @Nullable LocalDate dueOn,
        @Nullable AssigneeChoice assignee) {

    public static TaskChange status(TaskStatus status, @Nullable String note) {
        return new TaskChange(status, note, null, null);
    }

    /** Whether the change touches what only the council office decides: the due date and the assignee. */
    public boolean touchesPlanning() {
        return dueOn != null || assignee != null;
    }

    /**
     * The body and person to give a task to, as chosen: the service maps them to the council's
     * records.
     *
     * @param bodyId a council body (committee, delegate group, standing committee) or executive unit
     */
    public record AssigneeChoice(
            @Nullable ResponsibleBody body,
            @Nullable UUID bodyId,
            @Nullable UUID delegateId,
            @Nullable UUID userId) {}
}
