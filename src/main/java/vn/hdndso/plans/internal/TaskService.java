package vn.hdndso.plans.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hdndso.councils.BodySeat;
import vn.hdndso.councils.Delegate;
import vn.hdndso.councils.Memberships;
import vn.hdndso.identity.CurrentUser;
import vn.hdndso.identity.Role;
import vn.hdndso.plans.Assignee;
import vn.hdndso.plans.EvidenceKind;
import vn.hdndso.plans.NewEvidence;
import vn.hdndso.plans.NewTask;
import vn.hdndso.plans.PlanId;
import vn.hdndso.plans.PlanReading;
import vn.hdndso.plans.PlanTask;
import vn.hdndso.plans.PlanTasks;
import vn.hdndso.plans.ResponsibleBody;
import vn.hdndso.plans.TargetCode;
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
import vn.hdndso.shared.VnText;
import vn.hdndso.shared.VnTime;
import vn.hdndso.shared.audit.AuditEvent;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;

/** Plan tasks: created from confirmed plans, added, changed, evidenced; in the caller's tenant scope. */
@Service
class TaskService implements PlanTasks {

    private final TaskRepository repository;
    private final TaskBodies bodies;
    private final EvidenceRecords records;
    private final Memberships memberships;
    private final TaskProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TaskService(
            TaskRepository repository,
            TaskBodies bodies,
            EvidenceRecords records,
            Memberships memberships,
            TaskProperties properties,
            ApplicationEventPublisher events,
            Clock clock) {
        this.repository = repository;
        this.bodies = bodies;
        this.records = records;
        this.memberships = memberships;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<PlanTask> list(CouncilId council, TaskQuery query) {
        LocalDate today = VnTime.today(clock);
        TaskActor actor = query.mine() ? actor(council) : TaskActor.NOBODY;
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
        TaskActor actor = actor(council);
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
        if (!actor(council).mayWorkOn(task)) {
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
        if (!actor(council).mayWorkOn(task)) {
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
        return actor(council).mayWorkOn(task);
    }

    @Override
    public boolean isOffice(CouncilId council) {
        if (CurrentUser.get().isEmpty() && isSystem()) {
            return staffScopeOf(council);
        }
        return CurrentUser.get().filter(u -> isOffice(u, council)).isPresent();
    }

    /** Work no request started (start-up, scheduled jobs), in a council's staff scope: acts as its office. */
    private static boolean isSystem() {
        return org.springframework.web.context.request.RequestContextHolder.getRequestAttributes() == null;
    }

    private static boolean isOffice(CurrentUser user, CouncilId council) {
        return staffScopeOf(council)
                && user.worksFor(council)
                && (user.isCityAdmin() || user.has(Role.COUNCIL_ADMIN) || user.has(Role.CLERK));
    }

    private static boolean staffScopeOf(CouncilId council) {
        return Tenancy.current() instanceof TenantScope.StaffCouncil staff
                && staff.council().equals(council);
    }

    @Override
    @Transactional(readOnly = true)
    public TaskCounts counts(CouncilId council) {
        LocalDate today = VnTime.today(clock);
        TaskActor actor = actor(council);
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

    /** The signed-in user as an actor on the council's tasks; nobody outside the council's staff scope. */
    TaskActor actor(CouncilId council) {
        CurrentUser user = CurrentUser.get().orElse(null);
        if (user == null && isSystem() && staffScopeOf(council)) {
            return TaskActor.SYSTEM;
        }
        if (user == null || !staffScopeOf(council) || !user.worksFor(council)) {
            return TaskActor.NOBODY;
        }
        UUID userId = user.id().value();
        Delegate delegate = bodies.delegateOf(council, userId).orElse(null);
        Set<UUID> bodyIds = new HashSet<>();
        Set<vn.hdndso.councils.BodyKind> kinds = new HashSet<>();
        if (delegate != null) {
            for (BodySeat seat : memberships.ofDelegate(council, delegate.id())) {
                bodyIds.add(seat.body().id());
                kinds.add(seat.body().kind());
            }
        }
        return new TaskActor(
                isOffice(user, council),
                userId,
                user.roles(),
                delegate == null ? null : delegate.id().value(),
                bodyIds,
                kinds);
    }

    private void requireOffice(CouncilId council) {
        if (!isOffice(council)) {
            throw new AccessDeniedException("only the council office adds tasks");
        }
    }

    /**
     * The tasks of a confirmed plan version: one per task and body. A task the previous version had
     * (same words, same body) keeps its status, note, evidence and history and is linked to the new
     * version; new ones are added, due by the deadline of the target they serve, else at the end of
     * the year; open tasks the new version no longer has are cancelled, with a history entry.
     */
    void fromPlan(CouncilId council, PlanId plan, int version, PlanReading reading) {
        LocalDate today = VnTime.today(clock);
        Instant now = Instant.now(clock);
        String by = CurrentUser.describe();
        Map<String, PlanTask> existing = repository.ofPlan(plan);
        Set<String> named = new HashSet<>();
        Map<ResponsibleBody, Assignee> mapped = new java.util.EnumMap<>(ResponsibleBody.class);
        for (PlanReading.Task task : reading.tasks()) {
            String text = VnText.normalize(task.text());
            if (text.isEmpty()) {
                continue;
            }
            text = text.length() > PlanTask.MAX_TEXT ? text.substring(0, PlanTask.MAX_TEXT) : text;
            String matchKey = matchKey(text);
            List<ResponsibleBody> taskBodies =
                    task.bodies().stream().sorted(Comparator.naturalOrder()).toList();
            for (ResponsibleBody body : taskBodies) {
                String key = body.name() + "|" + matchKey;
                if (!named.add(key)) {
                    continue;
                }
                PlanTask known = existing.get(key);
                if (known != null) {
                    relink(council, known, version, task.serves(), by, now);
                    continue;
                }
                Assignee assignee = mapped.computeIfAbsent(body, b -> bodies.map(council, b));
                PlanTask created = new PlanTask(
                        TaskId.random(),
                        council,
                        plan,
                        version,
                        text,
                        task.serves(),
                        assignee,
                        dueOn(reading, task.serves(), today),
                        TaskStatus.OPEN,
                        null,
                        null,
                        true,
                        today,
                        by,
                        now,
                        List.of());
                repository.insert(created, matchKey, now);
                repository.insertHistory(council, created.id(), by, now, "created", "v" + version);
            }
        }
        for (var entry : existing.entrySet()) {
            PlanTask gone = entry.getValue();
            if (!named.contains(entry.getKey()) && gone.status().isOpen()) {
                PlanTask cancelled = gone.changed(TaskChange.status(TaskStatus.CANCELLED, null), null, today);
                repository.update(cancelled, now);
                repository.insertHistory(council, gone.id(), by, now, "plan", "v" + version);
                repository.insertHistory(council, gone.id(), by, now, "status", TaskStatus.CANCELLED.name());
            }
        }
        events.publishEvent(AuditEvent.of(council, "plans.tasks.fromPlan", "plan", plan)
                .with("version", version)
                .with("tasks", named.size()));
    }

    private void relink(
            CouncilId council, PlanTask known, int version, @Nullable TargetCode serves, String by, Instant now) {
        if (Objects.equals(known.planVersion(), version) && Objects.equals(known.serves(), serves)) {
            return;
        }
        repository.update(
                new PlanTask(
                        known.id(),
                        known.council(),
                        known.plan(),
                        version,
                        known.text(),
                        serves,
                        known.assignee(),
                        known.dueOn(),
                        known.status(),
                        known.note(),
                        known.completedOn(),
                        true,
                        known.createdOn(),
                        known.createdBy(),
                        known.updatedAt(),
                        known.evidence()),
                now);
        repository.insertHistory(council, known.id(), by, now, "plan", "v" + version);
    }

    /** Two readings name the same task when their words fold alike. */
    static String matchKey(String text) {
        String key = String.join(" ", VnText.fold(text).split("[^a-z0-9]+")).strip();
        return key.length() > PlanTask.MAX_TEXT ? key.substring(0, PlanTask.MAX_TEXT) : key;
    }

    /**
     * The deadline of the target the task serves (the latest among the plan's targets of that
     * meaning), else the end of this year; never before today.
     */
    static LocalDate dueOn(PlanReading reading, @Nullable TargetCode serves, LocalDate today) {
        LocalDate endOfYear = LocalDate.of(today.getYear(), 12, 31);
        if (serves == null) {
            return endOfYear;
        }
        return reading.targets().stream()
                .filter(t -> t.code() == serves)
                .map(PlanReading.Target::deadline)
                .filter(Objects::nonNull)
                .map(Objects::requireNonNull)
                .max(Comparator.naturalOrder())
                .filter(d -> !d.isBefore(today))
                .orElse(endOfYear);
    }
}
