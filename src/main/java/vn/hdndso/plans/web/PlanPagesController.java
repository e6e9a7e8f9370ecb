package vn.hdndso.plans.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.identity.CouncilAccess;
import vn.hdndso.plans.Plan;
import vn.hdndso.plans.PlanId;
import vn.hdndso.plans.PlanTasks;
import vn.hdndso.plans.PlanTexts;
import vn.hdndso.plans.Plans;
import vn.hdndso.plans.ReportingFrequency;
import vn.hdndso.plans.ResponsibleBody;
import vn.hdndso.plans.TargetCode;
import vn.hdndso.plans.TaskQuery;
import vn.hdndso.shared.BusinessRuleException;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.web.FormErrors;

/**
 * The clerk's pages of a council's plans: upload a Kế hoạch, review what was read (each target's
 * meaning, threshold and deadline; each task's bodies), confirm, amend. Every account of the council
 * may look; the council office changes.
 */
@Controller
@RequestMapping("/app/councils/{slug}/plans")
class PlanPagesController {

    private static final String MEMBER = "@councilAccess.member()";

    private final Councils councils;
    private final Plans plans;
    private final PlanTasks tasks;
    private final CouncilAccess access;
    private final MessageSource messages;
    private final PlanTexts texts;

    PlanPagesController(
            Councils councils,
            Plans plans,
            PlanTasks tasks,
            CouncilAccess access,
            MessageSource messages,
            PlanTexts texts) {
        this.councils = councils;
        this.plans = plans;
        this.tasks = tasks;
        this.access = access;
        this.messages = messages;
        this.texts = texts;
    }

    /** The council, and whether the caller is of the council office (who may change plans). */
    private Council open(String slug, Model model) {
        Council council = councils.requireBySlug(slug);
        model.addAttribute("council", council);
        model.addAttribute("canManage", access.has("COUNCIL_ADMIN", "CLERK"));
        return council;
    }

    @GetMapping
    @PreAuthorize(MEMBER)
    String list(@PathVariable String slug, Model model) {
        Council council = open(slug, model);
        model.addAttribute("plans", plans.list(council.id()));
        model.asMap().putIfAbsent("uploadErrors", FormErrors.NONE);
        return "plans/list";
    }

    @PostMapping
    @PreAuthorize(PlanApiController.OFFICE)
    String upload(
            @PathVariable String slug,
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect)
            throws IOException {
        Council council = councils.requireBySlug(slug);
        try {
            byte[] content = file == null ? new byte[0] : file.getBytes();
            String name = file == null ? "" : String.valueOf(file.getOriginalFilename());
            Plan plan = plans.read(council.id(), name, content);
            redirect.addFlashAttribute("notice", "plans.notice.read");
            return "redirect:/app/councils/" + slug + "/plans/" + plan.id();
        } catch (InvalidInputException e) {
            FormErrors errors = FormErrors.of(e, messages);
            model.addAttribute("uploadErrors", errors);
            response.setStatus(errors.status().value());
            return list(slug, model);
        }
    }

    @GetMapping("/{id}")
    @PreAuthorize(MEMBER)
    String show(@PathVariable String slug, @PathVariable UUID id, Model model) {
        Council council = open(slug, model);
        Plan plan = plans.require(council.id(), new PlanId(id));
        model.addAttribute("plan", plan);
        model.addAttribute("versions", plans.history(council.id(), plan.id()));
        model.addAttribute(
                "planTasks",
                tasks.list(council.id(), new TaskQuery(null, null, null, null, plan.id(), false))
                        .size());
        model.addAttribute(
                "planOverdue",
                tasks.list(council.id(), new TaskQuery(null, null, null, TaskQuery.Due.OVERDUE, plan.id(), false))
                        .size());
        model.addAttribute("codes", TargetCode.values());
        model.addAttribute("bodies", ResponsibleBody.values());
        model.addAttribute("frequencies", ReportingFrequency.values());
        PlanTexts.RestoredReading restored =
                texts.restored(council.id(), plan.id()).orElse(null);
        model.addAttribute("restored", restored);
        model.addAttribute("restoredText", restoredText(plan, restored));
        model.asMap().putIfAbsent("form", PlanForm.of(plan.title(), plan.reading()));
        model.asMap().putIfAbsent("errors", FormErrors.NONE);
        return "plans/plan";
    }

    /** Each target's and task's words as read → restored, for the rows whose words are still those read. */
    private static Map<String, String> restoredText(Plan plan, PlanTexts.@Nullable RestoredReading restored) {
        Map<String, String> byText = new HashMap<>();
        if (restored != null) {
            var targets = plan.reading().targets();
            for (int i = 0; i < targets.size() && i < restored.targets().size(); i++) {
                byText.put(targets.get(i).text(), restored.targets().get(i));
            }
            var tasks = plan.reading().tasks();
            for (int i = 0; i < tasks.size() && i < restored.tasks().size(); i++) {
                byText.put(tasks.get(i).text(), restored.tasks().get(i));
            }
        }
        return byText;
    }

    @PostMapping("/{id}/review")
    @PreAuthorize(PlanApiController.OFFICE)
    String review(
            @PathVariable String slug,
            @PathVariable UUID id,
            @RequestParam MultiValueMap<String, String> submitted,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Council council = councils.requireBySlug(slug);
        PlanForm form = PlanForm.of(submitted);
        try {
            plans.review(council.id(), new PlanId(id), form.review());
            redirect.addFlashAttribute("notice", "plans.notice.reviewed");
            return "redirect:/app/councils/" + slug + "/plans/" + id;
        } catch (InvalidInputException | BusinessRuleException e) {
            refused(e, model, response);
            model.addAttribute("form", form);
            return show(slug, id, model);
        }
    }

    @PostMapping("/{id}/confirm")
    @PreAuthorize(PlanApiController.OFFICE)
    String confirm(
            @PathVariable String slug,
            @PathVariable UUID id,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(
                slug,
                id,
                model,
                response,
                redirect,
                "plans.notice.confirmed",
                () -> plans.confirm(councils.requireBySlug(slug).id(), new PlanId(id)));
    }

    @PostMapping("/{id}/amendments")
    @PreAuthorize(PlanApiController.OFFICE)
    String amend(
            @PathVariable String slug,
            @PathVariable UUID id,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(
                slug,
                id,
                model,
                response,
                redirect,
                "plans.notice.amended",
                () -> plans.amend(councils.requireBySlug(slug).id(), new PlanId(id)));
    }

    private String act(
            String slug,
            UUID id,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            String notice,
            Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", notice);
            return "redirect:/app/councils/" + slug + "/plans/" + id;
        } catch (BusinessRuleException e) {
            refused(e, model, response);
            return show(slug, id, model);
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
