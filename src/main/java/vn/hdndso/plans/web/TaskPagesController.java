package vn.hdndso.plans.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.plans.EvidenceKind;
import vn.hdndso.plans.NewEvidence;
import vn.hdndso.plans.PlanId;
import vn.hdndso.plans.PlanTask;
import vn.hdndso.plans.PlanTasks;
import vn.hdndso.plans.ResponsibleBody;
import vn.hdndso.plans.TaskChange;
import vn.hdndso.plans.TaskEvidence;
import vn.hdndso.plans.TaskId;
import vn.hdndso.plans.TaskQuery;
import vn.hdndso.plans.TaskStatus;
import vn.hdndso.shared.BusinessRuleException;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.VnTime;
import vn.hdndso.shared.web.FormErrors;

/**
 * The workspace pages of plan tasks: the lists (my tasks, overdue, due soon, all by body) and a
 * task's page, where whoever holds it records progress and evidence and the council office plans it.
 */
@Controller
@RequestMapping("/app/councils/{slug}/tasks")
class TaskPagesController {

    private static final String MEMBER = "@councilAccess.member()";

    private final Councils councils;
    private final PlanTasks tasks;
    private final MessageSource messages;
    private final Clock clock;

    TaskPagesController(Councils councils, PlanTasks tasks, MessageSource messages, Clock clock) {
        this.councils = councils;
        this.tasks = tasks;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * Which list: the signed-in user's tasks (the default when they hold any), the overdue, the
     * soon-due, or all grouped by body.
     */
    enum View {
        MINE,
        OVERDUE,
        SOON,
        ALL
    }

    /** A task as a list shows it. */
    record Row(PlanTask task, boolean overdue, long daysOverdue, boolean dueSoon) {}

    /** The tasks of one body in the list of all. */
    record Group(ResponsibleBody body, @Nullable String name, List<Row> rows) {}

    @GetMapping
    @PreAuthorize(MEMBER)
    String list(
            @PathVariable String slug,
            @RequestParam(required = false) @Nullable String view,
            @RequestParam(required = false) @Nullable UUID plan,
            Model model) {
        Council council = councils.requireBySlug(slug);
        PlanTasks.TaskCounts counts = tasks.counts(council.id());
        View shown = view == null && counts.mine() == 0 ? View.ALL : parse(view);
        LocalDate today = VnTime.today(clock);
        PlanId planId = plan == null ? null : new PlanId(plan);
        TaskQuery query = new TaskQuery(
                null,
                null,
                null,
                shown == View.OVERDUE ? TaskQuery.Due.OVERDUE : shown == View.SOON ? TaskQuery.Due.SOON : null,
                planId,
                shown == View.MINE);
        List<Row> rows = tasks.list(council.id(), query).stream()
                .filter(t -> shown == View.ALL || t.status() != TaskStatus.CANCELLED)
                .map(t -> new Row(
                        t, t.isOverdueOn(today), t.daysOverdueOn(today), t.isDueSoonOn(today, tasks.soonDays())))
                .toList();
        model.addAttribute("council", council);
        model.addAttribute("view", shown.name().toLowerCase(java.util.Locale.ROOT));
        model.addAttribute("plan", plan);
        model.addAttribute("rows", rows);
        model.addAttribute("groups", shown == View.ALL ? groups(rows) : List.of());
        model.addAttribute("counts", counts);
        model.addAttribute("soonDays", tasks.soonDays());
        return "plans/tasks";
    }

    private static View parse(@Nullable String view) {
        if (view == null) {
            return View.MINE;
        }
        try {
            return View.valueOf(view.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return View.MINE;
        }
    }

    /** By the plan's body in its order, then by the council body's name; tasks by due date within. */
    private static List<Group> groups(List<Row> rows) {
        Map<String, List<Row>> byBody = new LinkedHashMap<>();
        rows.stream()
                .sorted(Comparator.comparing((Row r) -> r.task().assignee().body())
                        .thenComparing(r -> String.valueOf(r.task().assignee().bodyName())))
                .forEach(r -> byBody.computeIfAbsent(
                                r.task().assignee().body().name() + "|"
                                        + r.task().assignee().bodyName(),
                                k -> new ArrayList<>())
                        .add(r));
        return byBody.values().stream()
                .map(list -> new Group(
                        list.getFirst().task().assignee().body(),
                        list.getFirst().task().assignee().bodyName(),
                        list))
                .toList();
    }

    /** What the progress form holds: the status chosen and the note as typed. */
    record UpdateForm(String status, String note) {}

    /** What the evidence form holds as typed. */
    record EvidenceForm(String kind, String reference, String title) {
        static final EvidenceForm EMPTY = new EvidenceForm("LINK", "", "");
    }

    /** What the planning form holds as typed. */
    record PlanningForm(String dueOn, String assignee) {}

    @GetMapping("/{id}")
    @PreAuthorize(MEMBER)
    String show(
            @PathVariable String slug,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String kind,
            @RequestParam(required = false) @Nullable String q,
            Model model) {
        Council council = councils.requireBySlug(slug);
        PlanTask task = tasks.require(council.id(), new TaskId(id));
        LocalDate today = VnTime.today(clock);
        boolean office = tasks.isOffice(council.id());
        boolean mayWork = tasks.mayWorkOn(council.id(), task);
        model.addAttribute("council", council);
        model.addAttribute("task", task);
        model.addAttribute(
                "row",
                new Row(
                        task,
                        task.isOverdueOn(today),
                        task.daysOverdueOn(today),
                        task.isDueSoonOn(today, tasks.soonDays())));
        model.addAttribute("office", office);
        model.addAttribute("mayWork", mayWork);
        model.addAttribute(
                "statuses",
                java.util.stream.Stream.concat(
                                java.util.stream.Stream.of(task.status()),
                                task.status().next().stream()
                                        .filter(s -> office || !task.status().officeOnly(s))
                                        .sorted())
                        .toList());
        model.addAttribute(
                "evidence",
                task.evidence().stream()
                        .map(e -> new EvidenceRow(e, TaskLinks.url(slug, e)))
                        .toList());
        model.addAttribute("history", tasks.history(council.id(), task.id()));
        model.addAttribute("kinds", EvidenceKind.values());
        model.addAttribute("recordKinds", List.of(EvidenceKind.DOCUMENT, EvidenceKind.SESSION, EvidenceKind.DATASET));
        EvidenceKind findKind = findKind(kind);
        String query = q == null ? "" : q;
        model.addAttribute("findKind", findKind.name());
        model.addAttribute("q", query);
        model.addAttribute(
                "found", q == null || !mayWork ? null : tasks.evidenceOptions(council.id(), findKind, query));
        model.addAttribute(
                "assignees",
                office
                        ? tasks.assigneeOptions(council.id()).stream()
                                .map(AssigneeRow::of)
                                .toList()
                        : List.of());
        model.asMap()
                .putIfAbsent(
                        "update", new UpdateForm(task.status().name(), Objects.requireNonNullElse(task.note(), "")));
        model.asMap().putIfAbsent("evidenceForm", EvidenceForm.EMPTY);
        model.asMap().putIfAbsent("planning", new PlanningForm(task.dueOn().toString(), ""));
        model.asMap().putIfAbsent("errors", FormErrors.NONE);
        return "plans/task";
    }

    /** An option of the planning form: its value, the plan's body it belongs to, its name if any. */
    record AssigneeRow(
            String value, ResponsibleBody body, @Nullable String label) {
        static AssigneeRow of(PlanTasks.AssigneeOption option) {
            TaskChange.AssigneeChoice choice = option.choice();
            String value = choice.bodyId() != null
                    ? "organ:" + choice.bodyId()
                    : choice.delegateId() != null
                            ? "delegate:" + choice.delegateId()
                            : "body:" + option.body().name();
            return new AssigneeRow(value, option.body(), option.label());
        }
    }

    /** A piece of evidence with where to see it. */
    record EvidenceRow(TaskEvidence evidence, @Nullable String url) {}

    private static EvidenceKind findKind(@Nullable String kind) {
        if (kind == null) {
            return EvidenceKind.DOCUMENT;
        }
        try {
            EvidenceKind k = EvidenceKind.valueOf(kind);
            return k.isRecord() ? k : EvidenceKind.DOCUMENT;
        } catch (IllegalArgumentException unknown) {
            return EvidenceKind.DOCUMENT;
        }
    }

    @PostMapping("/{id}")
    @PreAuthorize(MEMBER)
    String update(
            @PathVariable String slug,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable String note,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Council council = councils.requireBySlug(slug);
        String typed = note == null ? "" : note;
        try {
            tasks.change(council.id(), new TaskId(id), new TaskChange(TaskViews.status(status), typed, null, null));
            redirect.addFlashAttribute("notice", "tasks.notice.changed");
            return "redirect:/app/councils/" + slug + "/tasks/" + id;
        } catch (InvalidInputException | BusinessRuleException e) {
            refused(e, model, response);
            model.addAttribute("update", new UpdateForm(status == null ? "" : status, typed));
            return show(slug, id, null, null, model);
        }
    }

    @PostMapping("/{id}/planning")
    @PreAuthorize(PlanApiController.OFFICE)
    String plan(
            @PathVariable String slug,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String dueOn,
            @RequestParam(required = false) @Nullable String assignee,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Council council = councils.requireBySlug(slug);
        try {
            tasks.change(council.id(), new TaskId(id), new TaskChange(null, null, date(dueOn), assignee(assignee)));
            redirect.addFlashAttribute("notice", "tasks.notice.changed");
            return "redirect:/app/councils/" + slug + "/tasks/" + id;
        } catch (InvalidInputException | BusinessRuleException e) {
            refused(e, model, response);
            model.addAttribute(
                    "planning", new PlanningForm(dueOn == null ? "" : dueOn, assignee == null ? "" : assignee));
            return show(slug, id, null, null, model);
        }
    }

    private static @Nullable LocalDate date(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return vn.hdndso.shared.VnDates.parseDate(text);
        } catch (java.time.format.DateTimeParseException bad) {
            throw InvalidInputException.of("dueOn", "plans.review.date");
        }
    }

    /** An assignee option's value: "body:DELEGATE_GROUPS", "organ:{uuid}" or "delegate:{uuid}"; empty keeps it. */
    private static TaskChange.@Nullable AssigneeChoice assignee(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String[] parts = value.split(":", 2);
        try {
            return switch (parts[0]) {
                case "body" ->
                    new TaskChange.AssigneeChoice(TaskViews.body(parts[1], "assignee.body"), null, null, null);
                case "organ" -> new TaskChange.AssigneeChoice(null, UUID.fromString(parts[1]), null, null);
                case "delegate" -> new TaskChange.AssigneeChoice(null, null, UUID.fromString(parts[1]), null);
                default -> throw InvalidInputException.of("assignee.bodyId", "tasks.assignee.unknownBody");
            };
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException bad) {
            if (bad instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw InvalidInputException.of("assignee.bodyId", "tasks.assignee.unknownBody");
        }
    }

    @PostMapping("/{id}/evidence")
    @PreAuthorize(MEMBER)
    String addEvidence(
            @PathVariable String slug,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String kind,
            @RequestParam(required = false) @Nullable String reference,
            @RequestParam(required = false) @Nullable String title,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Council council = councils.requireBySlug(slug);
        try {
            tasks.addEvidence(
                    council.id(), new TaskId(id), new NewEvidence(TaskViews.evidenceKind(kind), reference, title));
            redirect.addFlashAttribute("notice", "tasks.notice.evidenceAdded");
            return "redirect:/app/councils/" + slug + "/tasks/" + id;
        } catch (InvalidInputException | BusinessRuleException e) {
            refused(e, model, response);
            model.addAttribute(
                    "evidenceForm",
                    new EvidenceForm(
                            kind == null ? "" : kind, reference == null ? "" : reference, title == null ? "" : title));
            return show(slug, id, null, null, model);
        }
    }

    @PostMapping("/{id}/evidence/{evidenceId}/remove")
    @PreAuthorize(MEMBER)
    String removeEvidence(
            @PathVariable String slug,
            @PathVariable UUID id,
            @PathVariable UUID evidenceId,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Council council = councils.requireBySlug(slug);
        try {
            tasks.removeEvidence(council.id(), new TaskId(id), evidenceId);
            redirect.addFlashAttribute("notice", "tasks.notice.evidenceRemoved");
            return "redirect:/app/councils/" + slug + "/tasks/" + id;
        } catch (BusinessRuleException e) {
            refused(e, model, response);
            return show(slug, id, null, null, model);
        }
    }

    private void refused(RuntimeException e, Model model, HttpServletResponse response) {
        FormErrors errors = e instanceof InvalidInputException invalid
                ? FormErrors.of(invalid, messages)
                : FormErrors.of((BusinessRuleException) e, messages);
        model.addAttribute("errors", errors);
        response.setStatus(errors.status().value());
    }
}
