package vn.hdndso.plans.web;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.identity.CouncilAccess;
import vn.hdndso.plans.PlanId;
import vn.hdndso.plans.PlanTask;
import vn.hdndso.plans.PlanTasks;
import vn.hdndso.plans.ResponsibleBody;
import vn.hdndso.plans.TaskId;
import vn.hdndso.plans.TaskQuery;
import vn.hdndso.plans.web.TaskViews.EvidenceRequest;
import vn.hdndso.plans.web.TaskViews.HistoryView;
import vn.hdndso.plans.web.TaskViews.NewTaskRequest;
import vn.hdndso.plans.web.TaskViews.TaskPatch;
import vn.hdndso.plans.web.TaskViews.TaskView;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.VnTime;
import vn.hdndso.shared.web.Page;

/**
 * The tasks of a council's plans. The tasks of confirmed plans are public (text, body, due date,
 * status); the council's staff see everything. The council office adds and plans tasks; whoever
 * holds a task records its progress and evidence.
 */
@RestController
@RequestMapping("/api/v1/councils/{slug}/tasks")
class TaskApiController {

    private static final String MEMBER = "@councilAccess.member()";

    private final Councils councils;
    private final PlanTasks tasks;
    private final CouncilAccess access;
    private final Clock clock;

    TaskApiController(Councils councils, PlanTasks tasks, CouncilAccess access, Clock clock) {
        this.councils = councils;
        this.tasks = tasks;
        this.access = access;
        this.clock = clock;
    }

    /**
     * Filters: {@code body} (a plan's body, e.g. {@code DELEGATE_GROUPS}, or the id of a council body
     * or executive unit), {@code status}, {@code due=overdue|soon}, {@code mine=true} (the signed-in
     * user's tasks; nobody's for an anonymous caller), {@code plan}.
     */
    @GetMapping
    Page<TaskView> list(
            @PathVariable String slug,
            @RequestParam(required = false) @Nullable String body,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable String due,
            @RequestParam(required = false) @Nullable String mine,
            @RequestParam(required = false) @Nullable String plan,
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable Integer size) {
        Council council = councils.requireBySlug(slug);
        TaskQuery query = new TaskQuery(
                bodyKind(body),
                bodyId(body),
                TaskViews.status(status),
                due(due),
                plan == null || plan.isBlank() ? null : new PlanId(uuid(plan, "plan")),
                "true".equalsIgnoreCase(mine));
        LocalDate today = VnTime.today(clock);
        boolean staff = access.member();
        List<TaskView> views = tasks.list(council.id(), query).stream()
                .map(t -> TaskView.of(t, slug, today, staff))
                .toList();
        return Page.of(views, new Page.Request(page, size), 100);
    }

    @GetMapping("/{id}")
    TaskView one(@PathVariable String slug, @PathVariable UUID id) {
        Council council = councils.requireBySlug(slug);
        return view(slug, tasks.require(council.id(), new TaskId(id)));
    }

    @GetMapping("/{id}/history")
    @PreAuthorize(MEMBER)
    List<HistoryView> history(@PathVariable String slug, @PathVariable UUID id) {
        Council council = councils.requireBySlug(slug);
        return tasks.history(council.id(), new TaskId(id)).stream()
                .map(HistoryView::of)
                .toList();
    }

    @PostMapping
    @PreAuthorize(PlanApiController.OFFICE)
    ResponseEntity<TaskView> add(@PathVariable String slug, @RequestBody NewTaskRequest request) {
        Council council = councils.requireBySlug(slug);
        PlanTask task = tasks.add(council.id(), request.task());
        return ResponseEntity.created(URI.create("/api/v1/councils/" + slug + "/tasks/" + task.id()))
                .body(view(slug, task));
    }

    @PatchMapping("/{id}")
    @PreAuthorize(MEMBER)
    TaskView change(@PathVariable String slug, @PathVariable UUID id, @RequestBody TaskPatch patch) {
        Council council = councils.requireBySlug(slug);
        return view(slug, tasks.change(council.id(), new TaskId(id), patch.change()));
    }

    @PostMapping("/{id}/evidence")
    @PreAuthorize(MEMBER)
    ResponseEntity<TaskView> addEvidence(
            @PathVariable String slug, @PathVariable UUID id, @RequestBody EvidenceRequest request) {
        Council council = councils.requireBySlug(slug);
        PlanTask task = tasks.addEvidence(council.id(), new TaskId(id), request.evidence());
        return ResponseEntity.created(URI.create("/api/v1/councils/" + slug + "/tasks/" + task.id()))
                .body(view(slug, task));
    }

    @DeleteMapping("/{id}/evidence/{evidenceId}")
    @PreAuthorize(MEMBER)
    ResponseEntity<Void> removeEvidence(
            @PathVariable String slug, @PathVariable UUID id, @PathVariable UUID evidenceId) {
        Council council = councils.requireBySlug(slug);
        tasks.removeEvidence(council.id(), new TaskId(id), evidenceId);
        return ResponseEntity.noContent().build();
    }

    private TaskView view(String slug, PlanTask task) {
        return TaskView.of(task, slug, VnTime.today(clock), access.member());
    }

    private static @Nullable ResponsibleBody bodyKind(@Nullable String body) {
        return body == null || isUuid(body) ? null : TaskViews.body(body, "body");
    }

    private static @Nullable UUID bodyId(@Nullable String body) {
        return body != null && isUuid(body) ? UUID.fromString(body) : null;
    }

    private static TaskQuery.@Nullable Due due(@Nullable String due) {
        if (due == null || due.isBlank()) {
            return null;
        }
        return switch (due.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "overdue" -> TaskQuery.Due.OVERDUE;
            case "soon" -> TaskQuery.Due.SOON;
            default -> throw InvalidInputException.of("due", "tasks.due.filterUnknown", due);
        };
    }

    private static boolean isUuid(String text) {
        try {
            UUID.fromString(text);
            return text.length() == 36;
        } catch (IllegalArgumentException notAnId) {
            return false;
        }
    }

    private static UUID uuid(String text, String field) {
        if (!isUuid(text)) {
            throw InvalidInputException.of(field, "tasks.badId", text);
        }
        return UUID.fromString(text);
    }
}
