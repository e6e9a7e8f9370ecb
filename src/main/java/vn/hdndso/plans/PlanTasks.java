package vn.hdndso.plans;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.hdndso.shared.CouncilId;

/**
 * The tasks of a council's plans: created when a plan is confirmed (one per task and body), added by
 * hand by the council office, moved through their statuses with notes and evidence by the bodies
 * that carry them out. Runs in the caller's tenant scope: the public sees the tasks of confirmed
 * plans, without notes, persons, evidence or history.
 *
 * <p>Who changes what: the council office (council administrator, clerk, city administrator)
 * anything; whoever holds a task (see {@link #mayWorkOn}) its status (not cancelling), note and
 * evidence.
 */
public interface PlanTasks {

    /** The council's tasks by due date, then body; filtered as asked. */
    List<PlanTask> list(CouncilId council, TaskQuery query);

    PlanTask require(CouncilId council, TaskId id);

    /** Adds a task by hand (council office). */
    PlanTask add(CouncilId council, NewTask task);

    /** Changes a task's status, note, due date or assignee, as the caller may. */
    PlanTask change(CouncilId council, TaskId id, TaskChange change);

    PlanTask addEvidence(CouncilId council, TaskId id, NewEvidence evidence);

    PlanTask removeEvidence(CouncilId council, TaskId id, UUID evidenceId);

    /** Every change of a task, oldest first (council staff only). */
    List<TaskHistoryEntry> history(CouncilId council, TaskId id);

    /** Whether the signed-in user holds the task: may change its status, note and evidence. */
    boolean mayWorkOn(CouncilId council, PlanTask task);

    /** Whether the signed-in user is of the council office: may change anything of any task. */
    boolean isOffice(CouncilId council);

    /** Open, overdue and soon-due tasks of the council, and of the signed-in user. */
    TaskCounts counts(CouncilId council);

    /** The bodies, units and delegates a task may be given to, for the office's forms. */
    List<AssigneeOption> assigneeOptions(CouncilId council);

    /** The council's documents, sessions or datasets whose title holds the words, to pick as evidence. */
    List<EvidenceOption> evidenceOptions(CouncilId council, EvidenceKind kind, String query);

    /** How many days before its due date a task counts as due soon. */
    int soonDays();

    /** Open, overdue and soon-due tasks, of the council and of the signed-in user. */
    record TaskCounts(long open, long overdue, long dueSoon, long mine, long mineOverdue) {}

    /**
     * A body, unit or delegate to give a task to.
     *
     * @param label the council body's, unit's or delegate's name; none for a plan's body as such
     */
    record AssigneeOption(
            ResponsibleBody body,
            TaskChange.AssigneeChoice choice,
            @Nullable String label) {}

    /** A record that can be evidence. */
    record EvidenceOption(EvidenceKind kind, String reference, String title) {}
}
