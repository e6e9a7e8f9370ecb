package vn.hdndso.plans.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hdndso.identity.CurrentUser;
import vn.hdndso.plans.Assignee;
import vn.hdndso.plans.EvidenceKind;
import vn.hdndso.plans.NewEvidence;
import vn.hdndso.plans.NewTask;
import vn.hdndso.plans.PlanTask;
import vn.hdndso.plans.PlanTasks;
import vn.hdndso.plans.TaskChange;
import vn.hdndso.plans.TaskEvidence;
import vn.hdndso.plans.TaskHistoryEntry;
import vn.hdndso.plans.TaskId;
import vn.hdndso.plans.TaskQuery;
import vn.hdndso.plans.TaskStatus;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.NotFoundException;
import vn.hdndso.shared.PublicContentChanged;
import vn.hdndso.shared.VnTime;
import vn.hdndso.shared.audit.AuditEvent;

/**
 * Plan tasks: listed, added, changed and evidenced, in the caller's tenant scope. Who the caller is
 * to a task: {@link TaskActors}; the tasks a confirmed plan names: {@link TasksFromPlans}.
 */
@Service
class TaskService implements PlanTasks {

    private final TaskRepository repository;
    private final TaskBodies bodies;
    private final EvidenceRecords records;
    private final TaskActors actors;
    private final TaskProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TaskService(
            TaskRepository repository,
            TaskBodies bodies,
            EvidenceRecords records,
            TaskActors actors,
            TaskProperties properties,
            ApplicationEventPublisher events,
            Clock clock) {
        this.repository = repository;
        this.bodies = bodies;
        this.records = records;
        this.actors = actors;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<PlanTask> list(CouncilId council, TaskQuery query) {
        LocalDate today = VnTime.today(clock);
        TaskActor actor = query.mine() ? actors.actor(council) : TaskActor.NOBODY;
        return repository.list(council).stream()
                .filter(t -> query.body() == null || t.assignee().body() == query.body())
                .filter(t -> query.bodyId() == null
                        || query.bodyId().equals(t.assignee().bodyId()))
                .filter(t -> query.status() == null || t.status() == query.status())
                .filter(t -> query.plan() == null || query.plan().equals(t.plan()))
                .filter(t -> query.due() == null
                        || (query.due() == TaskQuery.Due.OVERDUE
                                ? t.isOverdueOn(today)
                                : t.isDueSoonOn(today, properties.soonDays())))
                .filter(t -> !query.mine() || actor.holds(t))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public PlanTask require(CouncilId council, TaskId id) {
        return repository.find(council, id).orElseThrow(() -> new NotFoundException("tasks.notFound", id));
    }

    @Override
    @Transactional
    public PlanTask add(CouncilId council, NewTask task) {
        requireOffice(council);
        LocalDate today = VnTime.today(clock);
        var problems = new InvalidInputException.Collector();
        String text = PlanTask.checkedText(task.text(), problems);
        PlanTask.checkDue(task.dueOn(), today, problems);
        if (task.assignee() == null) {
            problems.add("assignee.body", "tasks.assignee.bodyRequired");
        }
        problems.throwIfAny();
        Assignee assignee = bodies.resolve(council, Objects.requireNonNull(task.assignee(), "checked"));
        Instant now = Instant.now(clock);
        String by = CurrentUser.describe();
        PlanTask created = new PlanTask(
                TaskId.random(),
                council,
                null,
                null,
                text,
                task.serves(),
                assignee,
                Objects.requireNonNull(task.dueOn(), "checked"),
                TaskStatus.OPEN,
                null,
                null,
                false,
                today,
                by,
                now,
                List.of());
        repository.insert(created, null, now);
        repository.insertHistory(council, created.id(), by, now, "created", text);
        events.publishEvent(AuditEvent.of(council, "plans.task.added", "task", created.id()));
        return require(council, created.id());
    }

    @Override
    @Transactional
    public PlanTask change(CouncilId council, TaskId id, TaskChange change) {
        PlanTask before = require(council, id);
        TaskActor actor = actors.actor(council);
        if (!actor.mayWorkOn(before)) {
            throw new AccessDeniedException("not the caller's task");
        }
        TaskStatus to = change.status();
        boolean officeMove =
                to != null && to != before.status() && before.status().officeOnly(to);
        if (!actor.office() && (change.touchesPlanning() || officeMove)) {
            throw new AccessDeniedException("only the council office plans and cancels tasks");
        }
        Assignee assignee = change.assignee() == null ? null : bodies.resolve(council, change.assignee());
        LocalDate today = VnTime.today(clock);
        PlanTask after = before.changed(change, assignee, today);
        Instant now = Instant.now(clock);
        repository.update(after, now);
        if (!after.dueOn().equals(before.dueOn())) {
            repository.forgetReminders(id);
        }
        record(council, before, after, now);
        if (before.isPublic() && after.status() != before.status()) {
            events.publishEvent(new PublicContentChanged(council, PublicContentChanged.COUNCIL));
        }
        return require(council, id);
    }

    private void record(CouncilId council, PlanTask before, PlanTask after, Instant now) {
        String by = CurrentUser.describe();
        var audit = AuditEvent.of(council, "plans.task.changed", "task", after.id());
        if (after.status() != before.status()) {
            repository.insertHistory(
                    council, after.id(), by, now, "status", after.status().name());
            audit = audit.with("status", after.status().name());
        }
        if (!Objects.equals(after.note(), before.note())) {
            repository.insertHistory(council, after.id(), by, now, "note", after.note());
            audit = audit.with("note", "changed");
        }
        if (!after.dueOn().equals(before.dueOn())) {
            repository.insertHistory(
                    council, after.id(), by, now, "due", after.dueOn().toString());
            audit = audit.with("dueOn", after.dueOn());
        }
        if (!after.assignee().equals(before.assignee())) {
            repository.insertHistory(council, after.id(), by, now, "assignee", describe(after.assignee()));
            audit = audit.with("assignee", after.assignee().body().name());
        }
        events.publishEvent(audit);
    }

    /** The assignee as the history keeps it: the body's own name or the plan's, and the person. */
    private static String describe(Assignee assignee) {
        String body = assignee.bodyName() != null
                ? assignee.bodyName()
                : assignee.body().name();
        return assignee.personName() == null ? body : body + " · " + assignee.personName();
    }

    @Override
    @Transactional
    public PlanTask addEvidence(CouncilId council, TaskId id, NewEvidence evidence) {
        PlanTask task = require(council, id);
        if (!actors.actor(council).mayWorkOn(task)) {
            throw new AccessDeniedException("not the caller's task");
        }
        Instant now = Instant.now(clock);
        String by = CurrentUser.describe();
        TaskEvidence stored = records.resolve(council, evidence, by, now);
        boolean duplicate = task.evidence().stream()
                .anyMatch(e -> e.kind() == stored.kind() && e.reference().equals(stored.reference()));
        if (duplicate) {
            throw InvalidInputException.of("reference", "tasks.evidence.duplicate");
        }
        repository.insertEvidence(council, id, stored);
        repository.insertHistory(council, id, by, now, "evidenceAdded", stored.title());
        events.publishEvent(AuditEvent.of(council, "plans.task.evidenceAdded", "task", id)
                .with("kind", stored.kind().name())
                .with("reference", stored.reference()));
        return require(council, id);
    }

    @Override
    @Transactional
    public PlanTask removeEvidence(CouncilId council, TaskId id, UUID evidenceId) {
        PlanTask task = require(council, id);
        if (!actors.actor(council).mayWorkOn(task)) {
            throw new AccessDeniedException("not the caller's task");
        }
        TaskEvidence evidence = task.evidence().stream()
                .filter(e -> e.id().equals(evidenceId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("tasks.evidence.unknown", evidenceId));
        task.checkEvidenceRemovable(evidenceId);
        repository.deleteEvidence(id, evidenceId);
        Instant now = Instant.now(clock);
        repository.insertHistory(council, id, CurrentUser.describe(), now, "evidenceRemoved", evidence.title());
        events.publishEvent(AuditEvent.of(council, "plans.task.evidenceRemoved", "task", id)
                .with("reference", evidence.reference()));
        return require(council, id);
    }

    @Override
    @Transactional(readOnly = true)
    public List<TaskHistoryEntry> history(CouncilId council, TaskId id) {
        require(council, id);
        return repository.history(id);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean mayWorkOn(CouncilId council, PlanTask task) {
        return actors.actor(council).mayWorkOn(task);
    }

    @Override
    public boolean isOffice(CouncilId council) {
        return actors.isOffice(council);
    }

    @Override
    @Transactional(readOnly = true)
    public TaskCounts counts(CouncilId council) {
        LocalDate today = VnTime.today(clock);
        TaskActor actor = actors.actor(council);
        List<PlanTask> open = repository.list(council).stream()
                .filter(t -> t.status().isOpen())
                .toList();
        return new TaskCounts(
                open.size(),
                open.stream().filter(t -> t.isOverdueOn(today)).count(),
                open.stream()
                        .filter(t -> t.isDueSoonOn(today, properties.soonDays()))
                        .count(),
                open.stream().filter(actor::holds).count(),
                open.stream()
                        .filter(actor::holds)
                        .filter(t -> t.isOverdueOn(today))
                        .count());
    }

    @Override
    @Transactional(readOnly = true)
    public List<AssigneeOption> assigneeOptions(CouncilId council) {
        return bodies.options(council);
    }

    @Override
    @Transactional(readOnly = true)
    public List<EvidenceOption> evidenceOptions(CouncilId council, EvidenceKind kind, String query) {
        return records.options(council, kind, query);
    }

    @Override
    public int soonDays() {
        return properties.soonDays();
    }

    private void requireOffice(CouncilId council) {
        if (!isOffice(council)) {
            throw new AccessDeniedException("only the council office adds tasks");
        }
    }
}
