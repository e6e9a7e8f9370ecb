package vn.hdndso.oversight.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.ArrayList;
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
import vn.hdndso.oversight.AnswerMode;
import vn.hdndso.oversight.NewAnswer;
import vn.hdndso.oversight.NewQuestion;
import vn.hdndso.oversight.OversightTopics;
import vn.hdndso.oversight.Questions;
import vn.hdndso.shared.BusinessRuleException;
import vn.hdndso.shared.InvalidInputException;

/**
 * The workspace tab "Giám sát & chất vấn": delegates ask, the addressed unit's officers answer with
 * commitments, the office records commitments met; the topics are listed with their own pages
 * ({@link TopicPagesController}). An executive officer sees only what is addressed to their unit.
 */
@Controller
@RequestMapping("/app/councils/{slug}/oversight")
class QuestionPagesController {

    private final StaffPage page;
    private final Questions questions;
    private final OversightTopics topics;

    QuestionPagesController(StaffPage page, Questions questions, OversightTopics topics) {
        this.page = page;
        this.questions = questions;
        this.topics = topics;
    }

    @GetMapping
    @PreAuthorize(QuestionApiController.STAFF)
    String show(@PathVariable String slug, Model model) {
        Council council = page.open(slug, model);
        model.addAttribute("questions", questions.list(council.id()));
        model.addAttribute("report", questions.commitmentReport(council.id()));
        model.addAttribute("topics", topics.list(council.id()));
        return "oversight/staff";
    }

    @PostMapping("/questions")
    @PreAuthorize(QuestionApiController.ASKERS)
    String ask(
            @PathVariable String slug,
            @RequestParam(required = false) @Nullable String text,
            @RequestParam(required = false) @Nullable UUID addressedTo,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Council council = page.open(slug, model);
        try {
            questions.ask(council.id(), new NewQuestion(text, addressedTo, null, null));
        } catch (InvalidInputException | BusinessRuleException e) {
            page.refused(e, "ask", model, response);
            model.addAttribute("askText", text == null ? "" : text);
            return show(slug, model);
        }
        redirect.addFlashAttribute("notice", "oversight.notice.asked");
        return "redirect:/app/councils/" + slug + "/oversight";
    }

    @PostMapping("/questions/{id}/answer")
    @PreAuthorize(QuestionApiController.ANSWERERS)
    String answer(
            @PathVariable String slug,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String text,
            @RequestParam(name = "commitmentText", required = false) @Nullable List<String> commitmentTexts,
            @RequestParam(name = "commitmentDue", required = false) @Nullable List<String> commitmentDues,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Council council = page.open(slug, model);
        List<NewAnswer.NewCommitment> commitments = new ArrayList<>();
        List<String> texts = commitmentTexts == null ? List.of() : commitmentTexts;
        List<String> dues = commitmentDues == null ? List.of() : commitmentDues;
        for (int i = 0; i < Math.max(texts.size(), dues.size()); i++) {
            String t = i < texts.size() ? texts.get(i) : "";
            String d = i < dues.size() ? dues.get(i) : "";
            if (!t.isBlank() || !d.isBlank()) {
                commitments.add(new NewAnswer.NewCommitment(t, d));
            }
        }
        try {
            questions.answer(council.id(), id, new NewAnswer(text, commitments, AnswerMode.WRITTEN, null, null));
        } catch (InvalidInputException | BusinessRuleException e) {
            page.refused(e, "answer-" + id, model, response);
            return show(slug, model);
        }
        redirect.addFlashAttribute("notice", "oversight.notice.answered");
        return "redirect:/app/councils/" + slug + "/oversight#question-" + id;
    }

    @PostMapping("/questions/{id}/commitments/{commitmentId}/met")
    @PreAuthorize(QuestionApiController.OFFICE)
    String met(
            @PathVariable String slug,
            @PathVariable UUID id,
            @PathVariable UUID commitmentId,
            @RequestParam(required = false) @Nullable LocalDate metOn,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Council council = page.open(slug, model);
        try {
            questions.markMet(council.id(), id, commitmentId, metOn);
        } catch (InvalidInputException | BusinessRuleException e) {
            page.refused(e, "met-" + commitmentId, model, response);
            return show(slug, model);
        }
        redirect.addFlashAttribute("notice", "oversight.notice.met");
        return "redirect:/app/councils/" + slug + "/oversight#question-" + id;
    }
}
