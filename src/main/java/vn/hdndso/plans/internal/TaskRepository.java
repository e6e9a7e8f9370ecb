package vn.hdndso.plans.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.hdndso.plans.Assignee;
import vn.hdndso.plans.EvidenceKind;
import vn.hdndso.plans.PlanId;
import vn.hdndso.plans.PlanTask;
import vn.hdndso.plans.ResponsibleBody;
import vn.hdndso.plans.TargetCode;
import vn.hdndso.plans.TaskEvidence;
import vn.hdndso.plans.TaskHistoryEntry;
import vn.hdndso.plans.TaskId;
import vn.hdndso.plans.TaskStatus;
import vn.hdndso.shared.CouncilId;

/**
 * The tables of plan tasks, their evidence and their history. Runs in the caller's transaction and
 * tenant scope: evidence and history read empty outside the council's staff scope.
 */
@Repository
class TaskRepository {

    private static final String COLUMNS = """
            id, council_id, plan_id, plan_version, text, serves, body, body_id, body_name, assignee_delegate_id,
            assignee_user_id, assignee_name, due_on, status, note, completed_on, is_public, created_on,
            created_by, updated_at""";

    private final JdbcClient jdbc;

    TaskRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(PlanTask task, @Nullable String matchKey, Instant at) {
        Assignee a = task.assignee();
        jdbc.sql("insert into plan_task (" + COLUMNS + ", match_key, created_at) values"
                        + " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(Arrays.asList(
                        task.id().value(),
                        task.council().value(),
                        task.plan() == null ? null : task.plan().value(),
                        task.planVersion(),
                        task.text(),
                        task.serves() == null ? null : task.serves().name(),
                        a.body().name(),
                        a.bodyId(),
                        a.bodyName(),
                        a.delegateId(),
                        a.userId(),
                        a.personName(),
                        Date.valueOf(task.dueOn()),
                        task.status().name(),
                        task.note(),
                        task.completedOn() == null ? null : Date.valueOf(task.completedOn()),
                        task.isPublic(),
                        Date.valueOf(task.createdOn()),
                        task.createdBy(),
                        Timestamp.from(at),
                        matchKey,
                        Timestamp.from(at)))
                .update();
    }

    /** Writes what a change may touch: status, note, due date, completion, assignee, plan link. */
    void update(PlanTask task, Instant at) {
        Assignee a = task.assignee();
        jdbc.sql("""
                        update plan_task set status = ?, note = ?, due_on = ?, completed_on = ?, body = ?, body_id = ?,
                               body_name = ?, assignee_delegate_id = ?, assignee_user_id = ?, assignee_name = ?,
                               plan_version = ?, serves = ?, is_public = ?, updated_at = ?
                         where id = ?""")
                .params(Arrays.asList(
                        task.status().name(),
                        task.note(),
                        Date.valueOf(task.dueOn()),
                        task.completedOn() == null ? null : Date.valueOf(task.completedOn()),
                        a.body().name(),
                        a.bodyId(),
                        a.bodyName(),
                        a.delegateId(),
                        a.userId(),
                        a.personName(),
                        task.planVersion(),
                        task.serves() == null ? null : task.serves().name(),
                        task.isPublic(),
                        Timestamp.from(at),
                        task.id().value()))
                .update();
    }

    Optional<PlanTask> find(CouncilId council, TaskId id) {
        return jdbc.sql("select " + COLUMNS + " from plan_task_visible where council_id = ? and id = ?")
                .params(council.value(), id.value())
                .query((rs, n) -> task(rs, List.of()))
                .optional()
                .map(t -> withEvidence(List.of(t)).getFirst());
    }

    /** Every task of the council the scope may see, by due date. */
    List<PlanTask> list(CouncilId council) {
        return withEvidence(jdbc.sql("select " + COLUMNS
                        + " from plan_task_visible where council_id = ? order by due_on, body, text")
                .params(council.value())
                .query((rs, n) -> task(rs, List.of()))
                .list());
    }

    /** A plan's tasks, with the key each was matched by. */
    Map<String, PlanTask> ofPlan(PlanId plan) {
        var byKey = new HashMap<String, PlanTask>();
        jdbc.sql("select " + COLUMNS + ", match_key from plan_task_visible where plan_id = ?")
                .params(plan.value())
                .query(rs -> {
                    byKey.put(rs.getString("body") + "|" + rs.getString("match_key"), task(rs, List.of()));
                });
        return byKey;
    }

    /** Open tasks of every council in scope falling due between the two days, not reminded yet. */
    List<PlanTask> dueSoonUnreminded(LocalDate from, LocalDate to) {
        return jdbc.sql("select " + COLUMNS + " " + """
                         from plan_task where status in ('OPEN', 'IN_PROGRESS') and reminded_due_soon_at is null
                          and due_on between ? and ? order by council_id, due_on""")
                .params(Date.valueOf(from), Date.valueOf(to))
                .query((rs, n) -> task(rs, List.of()))
                .list();
    }

    /** Open tasks of every council in scope past their due date, not reminded yet. */
    List<PlanTask> overdueUnreminded(LocalDate today) {
        return jdbc.sql("select " + COLUMNS + " " + """
                         from plan_task where status in ('OPEN', 'IN_PROGRESS') and reminded_overdue_at is null
                          and due_on < ? order by council_id, due_on""")
                .params(Date.valueOf(today))
                .query((rs, n) -> task(rs, List.of()))
                .list();
    }

    void markRemindedDueSoon(TaskId id, Instant at) {
        jdbc.sql("update plan_task set reminded_due_soon_at = ? where id = ?")
                .params(Timestamp.from(at), id.value())
                .update();
    }

    void markRemindedOverdue(TaskId id, Instant at) {
        jdbc.sql("update plan_task set reminded_overdue_at = ? where id = ?")
                .params(Timestamp.from(at), id.value())
                .update();
    }

    /** A new due date forgets the reminders of the old one. */
    void forgetReminders(TaskId id) {
        jdbc.sql("update plan_task set reminded_due_soon_at = null, reminded_overdue_at = null where id = ?")
                .params(id.value())
                .update();
    }

    /** Demo content only: a task as if created earlier with an earlier due date. */
    void backdate(TaskId id, LocalDate createdOn, LocalDate dueOn) {
        jdbc.sql("update plan_task set created_on = ?, due_on = ? where id = ?")
                .params(Date.valueOf(createdOn), Date.valueOf(dueOn), id.value())
                .update();
    }

    void insertEvidence(CouncilId council, TaskId task, TaskEvidence evidence) {
        jdbc.sql("""
                        insert into plan_task_evidence (id, council_id, task_id, kind, reference, title, added_by, added_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        evidence.id(),
                        council.value(),
                        task.value(),
                        evidence.kind().name(),
                        evidence.reference(),
                        evidence.title(),
                        evidence.addedBy(),
                        Timestamp.from(evidence.addedAt()))
                .update();
    }

    boolean deleteEvidence(TaskId task, UUID evidence) {
        return jdbc.sql("delete from plan_task_evidence where task_id = ? and id = ?")
                        .params(task.value(), evidence)
                        .update()
                == 1;
    }

    void insertHistory(CouncilId council, TaskId task, String by, Instant at, String what, @Nullable String detail) {
        jdbc.sql("""
                        insert into plan_task_history (id, council_id, task_id, at, by, what, detail)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(Arrays.asList(
                        UUID.randomUUID(),
                        council.value(),
                        task.value(),
                        Timestamp.from(at),
                        by,
                        what,
                        detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000)))
                .update();
    }

    List<TaskHistoryEntry> history(TaskId task) {
        return jdbc.sql("select at, by, what, detail from plan_task_history where task_id = ? order by at, what")
                .params(task.value())
                .query((rs, n) -> new TaskHistoryEntry(
                        rs.getTimestamp("at").toInstant(),
                        rs.getString("by"),
                        rs.getString("what"),
                        rs.getString("detail")))
                .list();
    }

    private List<PlanTask> withEvidence(List<PlanTask> tasks) {
        if (tasks.isEmpty()) {
            return tasks;
        }
        var byTask = new HashMap<UUID, List<TaskEvidence>>();
        jdbc.sql("""
                        select task_id, id, kind, reference, title, added_by, added_at from plan_task_evidence
                         where council_id = ? order by added_at""").params(tasks.getFirst().council().value()).query(rs -> {
            byTask.computeIfAbsent(rs.getObject("task_id", UUID.class), k -> new ArrayList<>())
                    .add(new TaskEvidence(
                            rs.getObject("id", UUID.class),
                            EvidenceKind.valueOf(rs.getString("kind")),
                            rs.getString("reference"),
                            rs.getString("title"),
                            rs.getString("added_by"),
                            rs.getTimestamp("added_at").toInstant()));
        });
        return tasks.stream()
                .map(t -> byTask.containsKey(t.id().value()) ? with(t, byTask.get(t.id().value())) : t)
                .toList();
    }

    private static PlanTask with(PlanTask t, List<TaskEvidence> evidence) {
        return new PlanTask(
                t.id(),
                t.council(),
                t.plan(),
                t.planVersion(),
                t.text(),
                t.serves(),
                t.assignee(),
                t.dueOn(),
                t.status(),
                t.note(),
                t.completedOn(),
                t.isPublic(),
                t.createdOn(),
                t.createdBy(),
                t.updatedAt(),
                evidence);
    }

    private static PlanTask task(ResultSet rs, List<TaskEvidence> evidence) throws SQLException {
        UUID plan = rs.getObject("plan_id", UUID.class);
        String serves = rs.getString("serves");
        Date completed = rs.getDate("completed_on");
        Integer version = rs.getObject("plan_version", Integer.class);
        return new PlanTask(
                new TaskId(rs.getObject("id", UUID.class)),
                new CouncilId(rs.getObject("council_id", UUID.class)),
                plan == null ? null : new PlanId(plan),
                version,
                rs.getString("text"),
                serves == null ? null : TargetCode.valueOf(serves),
                new Assignee(
                        ResponsibleBody.valueOf(rs.getString("body")),
                        rs.getObject("body_id", UUID.class),
                        rs.getString("body_name"),
                        rs.getObject("assignee_delegate_id", UUID.class),
                        rs.getObject("assignee_user_id", UUID.class),
                        rs.getString("assignee_name")),
                rs.getDate("due_on").toLocalDate(),
                TaskStatus.valueOf(rs.getString("status")),
                rs.getString("note"),
                completed == null ? null : completed.toLocalDate(),
                rs.getBoolean("is_public"),
                rs.getDate("created_on").toLocalDate(),
                rs.getString("created_by"),
                rs.getTimestamp("updated_at").toInstant(),
                evidence);
    }
}
