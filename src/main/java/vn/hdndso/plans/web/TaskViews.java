package vn.hdndso.plans.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.hdndso.plans.EvidenceKind;
import vn.hdndso.plans.NewEvidence;
import vn.hdndso.plans.NewTask;
import vn.hdndso.plans.PlanTask;
import vn.hdndso.plans.ResponsibleBody;
import vn.hdndso.plans.TargetCode;
import vn.hdndso.plans.TaskChange;
import vn.hdndso.plans.TaskEvidence;
import vn.hdndso.plans.TaskHistoryEntry;
import vn.hdndso.plans.TaskStatus;
import vn.hdndso.shared.InvalidInputException;

/** The JSON shapes of plan tasks, and the parsing of what a request names by text. */
final class TaskViews {

    private TaskViews() {}

    /**
     * A task. The public gets its text, body, due date and status; the council's staff also the
     * person, note and evidence.
     */
    record TaskView(
            String id,
            @Nullable String planId,
            @Nullable Integer planVersion,
            String text,
            @Nullable String serves,
            String body,
            @Nullable String bodyId,
            @Nullable String bodyName,
            @Nullable String person,
            LocalDate dueOn,
            String status,
            boolean overdue,
            @Nullable String note,
            @Nullable LocalDate completedOn,
            LocalDate createdOn,
            @Nullable List<EvidenceView> evidence) {

        static TaskView of(PlanTask task, String slug, LocalDate today, boolean staff) {
            var a = task.assignee();
            return new TaskView(
                    task.id().toString(),
                    task.plan() == null ? null : task.plan().toString(),
                    task.planVersion(),
                    task.text(),
                    task.serves() == null ? null : task.serves().name(),
                    a.body().name(),
                    a.bodyId() == null ? null : a.bodyId().toString(),
                    a.bodyName(),
                    staff ? a.personName() : null,
                    task.dueOn(),
                    task.status().name(),
                    task.isOverdueOn(today),
                    staff ? task.note() : null,
                    task.completedOn(),
                    task.createdOn(),
                    staff
                            ? task.evidence().stream()
                                    .map(e -> EvidenceView.of(e, slug))
                                    .toList()
                            : null);
        }
    }

    record EvidenceView(
            String id,
            String kind,
            String reference,
            String title,
            @Nullable String url,
            String addedBy,
            Instant addedAt) {
        static EvidenceView of(TaskEvidence e, String slug) {
            return new EvidenceView(
                    e.id().toString(),
                    e.kind().name(),
                    e.reference(),
                    e.title(),
                    TaskLinks.url(slug, e),
                    e.addedBy(),
                    e.addedAt());
        }
    }

    record HistoryView(
            Instant at, String by, String what, @Nullable String detail) {
        static HistoryView of(TaskHistoryEntry h) {
            return new HistoryView(h.at(), h.by(), h.what(), h.detail());
        }
    }

    record AssigneeRequest(
            @Nullable String body,
            @Nullable UUID bodyId,
            @Nullable UUID delegateId,
            @Nullable UUID userId) {
        TaskChange.AssigneeChoice choice() {
            return new TaskChange.AssigneeChoice(
                    TaskViews.body(this.body, "assignee.body"), bodyId, delegateId, userId);
        }
    }

    /** {@code PATCH /tasks/{id}}: what is left out stays as it is. */
    record TaskPatch(
            @Nullable String status,
            @Nullable String note,
            @Nullable LocalDate dueOn,
            @Nullable AssigneeRequest assignee) {
        TaskChange change() {
            return new TaskChange(TaskViews.status(status), note, dueOn, assignee == null ? null : assignee.choice());
        }
    }

    /** {@code POST /tasks}. */
    record NewTaskRequest(
            @Nullable String text,
            @Nullable String serves,
            @Nullable LocalDate dueOn,
            @Nullable AssigneeRequest assignee) {
        NewTask task() {
            return new NewTask(text, target(serves), assignee == null ? null : assignee.choice(), dueOn);
        }
    }

    /** {@code POST /tasks/{id}/evidence}. */
    record EvidenceRequest(
            @Nullable String kind,
            @Nullable String reference,
            @Nullable String title) {
        NewEvidence evidence() {
            return new NewEvidence(evidenceKind(kind), reference, title);
        }
    }

    static @Nullable TaskStatus status(@Nullable String text) {
        return parse(TaskStatus.class, text, "status", "tasks.status.unknown");
    }

    static @Nullable ResponsibleBody body(@Nullable String text, String field) {
        return parse(ResponsibleBody.class, text, field, "tasks.body.unknown");
    }

    static @Nullable TargetCode target(@Nullable String text) {
        return parse(TargetCode.class, text, "serves", "tasks.serves.unknown");
    }

    static @Nullable EvidenceKind evidenceKind(@Nullable String text) {
        return parse(EvidenceKind.class, text, "kind", "tasks.evidence.kindUnknown");
    }

    private static <E extends Enum<E>> @Nullable E parse(
            Class<E> type, @Nullable String text, String field, String messageKey) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw InvalidInputException.of(field, messageKey, text);
        }
    }
}
