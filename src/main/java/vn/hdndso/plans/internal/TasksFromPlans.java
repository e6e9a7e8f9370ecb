package vn.hdndso.plans.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.hdndso.identity.CurrentUser;
import vn.hdndso.plans.Assignee;
import vn.hdndso.plans.PlanId;
import vn.hdndso.plans.PlanReading;
import vn.hdndso.plans.PlanTask;
import vn.hdndso.plans.ResponsibleBody;
import vn.hdndso.plans.TargetCode;
import vn.hdndso.plans.TaskChange;
import vn.hdndso.plans.TaskId;
import vn.hdndso.plans.TaskStatus;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.VnText;
import vn.hdndso.shared.VnTime;
import vn.hdndso.shared.audit.AuditEvent;

/** The tasks a confirmed plan version names, kept in step with it across amendments. */
@Component
class TasksFromPlans {

    private final TaskRepository repository;
    private final TaskBodies bodies;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TasksFromPlans(TaskRepository repository, TaskBodies bodies, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.bodies = bodies;
        this.events = events;
        this.clock = clock;
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
        Map<ResponsibleBody, Assignee> mapped = new EnumMap<>(ResponsibleBody.class);
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
