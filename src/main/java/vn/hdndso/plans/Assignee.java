package vn.hdndso.plans;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Who carries a task out: one of the bodies a plan gives tasks to, the council's own body it maps to
 * where there is one (a committee, a delegate group or the standing committee of the current term,
 * or the People's Committee or one of its units), and optionally a named person.
 *
 * @param bodyId the council body or executive unit; none where the plan means every body of its
 *     kind ("các Ban", "Tổ đại biểu") or the council holds no such body (the Fatherland Front)
 * @param bodyName that body's name, as shown
 * @param delegateId a delegate the task is given to by name
 * @param userId an account the task is given to by name
 * @param personName the delegate's or account holder's name
 */
public record Assignee(
        ResponsibleBody body,
        @Nullable UUID bodyId,
        @Nullable String bodyName,
        @Nullable UUID delegateId,
        @Nullable UUID userId,
        @Nullable String personName) {

    /** A body of the plan with nothing mapped yet. */
    public static Assignee of(ResponsibleBody body) {
        return new Assignee(body, null, null, null, null, null);
    }

    public boolean namesPerson() {
        return delegateId != null || userId != null;
    }
}
