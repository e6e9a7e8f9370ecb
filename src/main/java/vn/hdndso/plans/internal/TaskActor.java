package vn.hdndso.plans.internal;

import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.hdndso.councils.BodyKind;
import vn.hdndso.identity.Role;
import vn.hdndso.plans.PlanTask;
import vn.hdndso.plans.ResponsibleBody;

/**
 * Who is acting on tasks, and which tasks are theirs. A task is someone's when it names them (as
 * an account or a delegate), or when its body is theirs: a committee, delegate group or standing
 * committee they sit in (a task of "các Ban" or "Tổ đại biểu" without one named body is every
 * committee's or group's); the People's Committee's for an executive officer; the Fatherland Front's
 * for a front officer; a task of every delegate (naming nobody) for a delegate. Plain Java,
 * unit-tested.
 *
 * @param office the council office: council administrator, clerk, city administrator
 * @param delegateId the user's delegate record in the current term, if any
 * @param bodyIds the bodies they sit in now
 * @param seatKinds the kinds of those bodies
 */
record TaskActor(
        boolean office,
        @Nullable UUID userId,
        Set<Role> roles,
        @Nullable UUID delegateId,
        Set<UUID> bodyIds,
        Set<BodyKind> seatKinds) {

    static final TaskActor NOBODY = new TaskActor(false, null, Set.of(), null, Set.of(), Set.of());

    /** Work no request started (start-up, scheduled jobs) in a council's staff scope: the office's. */
    static final TaskActor SYSTEM = new TaskActor(true, null, Set.of(), null, Set.of(), Set.of());

    TaskActor {
        roles = Set.copyOf(roles);
        bodyIds = Set.copyOf(bodyIds);
        seatKinds = Set.copyOf(seatKinds);
    }

    /** Whether the task is this person's or their body's: what "my tasks" lists. */
    boolean holds(PlanTask task) {
        var a = task.assignee();
        if (userId != null && userId.equals(a.userId())) {
            return true;
        }
        if (delegateId != null && delegateId.equals(a.delegateId())) {
            return true;
        }
        UUID bodyId = a.bodyId();
        return switch (a.body()) {
            case STANDING_COMMITTEE ->
                (bodyId == null ? seatKinds.contains(BodyKind.STANDING_COMMITTEE) : bodyIds.contains(bodyId))
                        || roles.contains(Role.COUNCIL_ADMIN);
            case COMMITTEES, ECONOMY_BUDGET_COMMITTEE, CULTURE_SOCIAL_COMMITTEE ->
                bodyId == null
                        ? seatKinds.contains(BodyKind.COMMITTEE) || roles.contains(Role.COMMITTEE_MEMBER)
                        : bodyIds.contains(bodyId);
            case DELEGATE_GROUPS ->
                bodyId == null ? seatKinds.contains(BodyKind.DELEGATE_GROUP) : bodyIds.contains(bodyId);
            case DELEGATES -> delegateId != null && !a.namesPerson();
            case PEOPLES_COMMITTEE -> roles.contains(Role.EXECUTIVE_OFFICER);
            case FATHERLAND_FRONT -> roles.contains(Role.FRONT_OFFICER);
        };
    }

    /**
     * Whether they may change the task's status, note and evidence: the office always; otherwise
     * whoever holds it, except a task of every delegate that names nobody (one delegate does not
     * report for all).
     */
    boolean mayWorkOn(PlanTask task) {
        if (office) {
            return true;
        }
        if (task.assignee().body() == ResponsibleBody.DELEGATES
                && !task.assignee().namesPerson()
                && task.assignee().bodyId() == null) {
            return false;
        }
        return holds(task);
    }
}
