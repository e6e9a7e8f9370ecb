package vn.hdndso.oversight.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
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
import vn.hdndso.oversight.NewRecommendation;
import vn.hdndso.oversight.NewTopic;
import vn.hdndso.oversight.OversightTopic;
import vn.hdndso.oversight.OversightTopics;
import vn.hdndso.shared.BusinessRuleException;
import vn.hdndso.shared.InvalidInputException;

/**
 * An oversight topic in the workspace: the office or the owning committee's members create it and
 * record visits, findings and recommendations; the addressed unit's officers respond.
 */
@Controller
@RequestMapping("/app/councils/{slug}/oversight/topics")
class TopicPagesController {

    private final StaffPage page;
    private final OversightTopics topics;
    private final QuestionPagesController questionPages;

    TopicPagesController(StaffPage page, OversightTopics topics, QuestionPagesController questionPages) {
        this.page = page;
        this.topics = topics;
        this.questionPages = questionPages;
    }

    @PostMapping
    @PreAuthorize(TopicApiController.WORKERS)
    String create(
            @PathVariable String slug,
            @RequestParam(required = false) @Nullable String title,
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(required = false) @Nullable UUID committee,
            @RequestParam(required = false) @Nullable String plan,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Council council = page.open(slug, model);
        OversightTopic topic;
        try {
            topic = topics.create(council.id(), new NewTopic(title, year, committee, plan, List.of(), null));
        } catch (InvalidInputException | BusinessRuleException e) {
            page.refused(e, "topic", model, response);
            return questionPages.show(slug, model);
        }
        redirect.addFlashAttribute("notice", "oversight.notice.topic");
        return "redirect:/app/councils/" + slug + "/oversight/topics/" + topic.id();
    }

    @GetMapping("/{id}")
    @PreAuthorize(QuestionApiController.STAFF)
    String show(@PathVariable String slug, @PathVariable UUID id, Model model) {
        Council council = page.open(slug, model);
        model.addAttribute("topic", topics.require(council.id(), id));
        return "oversight/staff-topic";
    }

    @PostMapping("/{id}/activities")
    @PreAuthorize(TopicApiController.WORKERS)
    String activity(
            @PathVariable String slug,
            @PathVariable UUID id,
            @RequestParam(required = false) OversightTopic.@Nullable ActivityKind kind,
            @RequestParam(required = false) @Nullable LocalDate day,
            @RequestParam(required = false) @Nullable String text,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Council council = page.open(slug, model);
        try {
            topics.record(council.id(), id, kind, day, text);
        } catch (InvalidInputException | BusinessRuleException e) {
            page.refused(e, "activity", model, response);
            return show(slug, id, model);
        }
        redirect.addFlashAttribute("notice", "oversight.notice.saved");
        return "redirect:/app/councils/" + slug + "/oversight/topics/" + id;
    }

    @PostMapping("/{id}/recommendations")
    @PreAuthorize(TopicApiController.WORKERS)
    String recommend(
            @PathVariable String slug,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String text,
            @RequestParam(required = false) @Nullable UUID ownerUnitId,
            @RequestParam(required = false) @Nullable String ownerName,
            @RequestParam(required = false) @Nullable String dueOn,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Council council = page.open(slug, model);
        try {
            topics.recommend(council.id(), id, new NewRecommendation(text, ownerUnitId, ownerName, dueOn));
        } catch (InvalidInputException | BusinessRuleException e) {
            page.refused(e, "recommendation", model, response);
            return show(slug, id, model);
        }
        redirect.addFlashAttribute("notice", "oversight.notice.saved");
        return "redirect:/app/councils/" + slug + "/oversight/topics/" + id;
    }

    @PostMapping("/{id}/recommendations/{recommendation}/responses")
    @PreAuthorize(QuestionApiController.ANSWERERS)
    String respond(
            @PathVariable String slug,
            @PathVariable UUID id,
            @PathVariable UUID recommendation,
            @RequestParam(required = false) @Nullable String text,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Council council = page.open(slug, model);
        try {
            topics.respond(council.id(), recommendation, text);
        } catch (InvalidInputException | BusinessRuleException e) {
            page.refused(e, "response-" + recommendation, model, response);
            return show(slug, id, model);
        }
        redirect.addFlashAttribute("notice", "oversight.notice.saved");
        return "redirect:/app/councils/" + slug + "/oversight/topics/" + id;
    }

    @PostMapping("/{id}/recommendations/{recommendation}/done")
    @PreAuthorize(TopicApiController.WORKERS)
    String done(
            @PathVariable String slug,
            @PathVariable UUID id,
            @PathVariable UUID recommendation,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Council council = page.open(slug, model);
        try {
            topics.markDone(council.id(), recommendation, null);
        } catch (InvalidInputException | BusinessRuleException e) {
            page.refused(e, "done-" + recommendation, model, response);
            return show(slug, id, model);
        }
        redirect.addFlashAttribute("notice", "oversight.notice.saved");
        return "redirect:/app/councils/" + slug + "/oversight/topics/" + id;
    }
}
