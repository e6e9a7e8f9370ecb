package vn.hdndso.plans;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Which tasks to list; nulls mean "any".
 *
 * @param body the plan's body ({@link ResponsibleBody})
 * @param bodyId one council body or executive unit
 * @param plan the tasks of one plan
 * @param mine only the signed-in user's: their bodies', their delegate groups' and their own
 */
public record TaskQuery(
        @Nullable ResponsibleBody body,
        @Nullable UUID bodyId,
        @Nullable TaskStatus status,
        @Nullable Due due,
        @Nullable PlanId plan,
        boolean mine) {

    public static TaskQuery all() {
        return new TaskQuery(null, null, null, null, null, false);
    }

    /** The open tasks past their due date, or falling due within the reminder window. */
    public enum Due {
        OVERDUE,
        SOON
    }
}
