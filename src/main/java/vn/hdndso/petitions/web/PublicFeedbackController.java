package vn.hdndso.petitions.web;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.petitions.PetitionIssues;
import vn.hdndso.petitions.PetitionLinks;
import vn.hdndso.petitions.Petitions;
import vn.hdndso.petitions.PublicPetitionFigures;
import vn.hdndso.petitions.VoterFeedback;
import vn.hdndso.shared.BusinessRuleException;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.NotFoundException;

/**
 * The public side of closing the loop: the rating and reopening forms of the tracking page, and the
 * council's petition figures with their charts and CSV.
 */
@Controller
class PublicFeedbackController {

    private final Councils councils;
    private final VoterFeedback feedback;
    private final PublicPetitionFigures figures;
    private final PetitionIssues issues;
    private final Petitions petitions;
    private final MessageSource messages;

    PublicFeedbackController(
            Councils councils,
            Petitions petitions,
            VoterFeedback feedback,
            PublicPetitionFigures figures,
            PetitionIssues issues,
            MessageSource messages) {
        this.councils = councils;
        this.petitions = petitions;
        this.feedback = feedback;
        this.figures = figures;
        this.issues = issues;
        this.messages = messages;
    }

    @PostMapping("/{slug:[a-z0-9-]+}/kien-nghi/tra-cuu/{code}/danh-gia")
    String rate(
            @PathVariable String slug,
            @PathVariable String code,
            @RequestParam(required = false) @Nullable Boolean satisfied,
            @RequestParam(defaultValue = "") String comment,
            RedirectAttributes redirect) {
        requireOwn(slug, code);
        return act(slug, code, "feedback.rate.done", redirect, () -> feedback.rate(code, satisfied, comment));
    }

    @PostMapping("/{slug:[a-z0-9-]+}/kien-nghi/tra-cuu/{code}/mo-lai")
    String reopen(
            @PathVariable String slug,
            @PathVariable String code,
            @RequestParam(defaultValue = "") String reason,
            RedirectAttributes redirect) {
        requireOwn(slug, code);
        return act(slug, code, "feedback.reopen.done", redirect, () -> feedback.reopen(code, reason));
    }

    /** A code of another council is not found on this council's pages. */
    private void requireOwn(String slug, String code) {
        Council council = councils.requireBySlug(slug);
        petitions
                .track(code)
                .filter(s -> s.councilSlug().equals(council.slug()))
                .orElseThrow(() -> new NotFoundException("petitions.tracking.notFound", code));
    }

    private String act(String slug, String code, String doneKey, RedirectAttributes redirect, Runnable action) {
        String back = "redirect:" + PetitionLinks.tracking(slug, code.replaceAll("[\\s-]", "")) + "#feedback";
        try {
            action.run();
            redirect.addFlashAttribute("feedbackDone", FiguresText.text(messages, doneKey));
        } catch (InvalidInputException e) {
            var first = e.problems().get(0);
            redirect.addFlashAttribute(
                    "feedbackProblem", FiguresText.text(messages, first.messageKey(), first.arguments()));
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("feedbackProblem", FiguresText.text(messages, e.messageKey(), e.arguments()));
        }
        return back;
    }

    @GetMapping("/{slug:[a-z0-9-]+}/kien-nghi/thong-ke")
    String figures(@PathVariable String slug, Model model, jakarta.servlet.http.HttpServletResponse response) {
        // counts move with every petition, most of which change nothing public: kept a minute at most
        response.setHeader(org.springframework.http.HttpHeaders.CACHE_CONTROL, "public, max-age=60");
        Council council = councils.requireBySlug(slug);
        var f = figures.figures(council.id());
        var rows = FiguresText.rows(f, issues, messages);
        model.addAttribute("council", council);
        model.addAttribute("figures", f);
        model.addAttribute("rows", rows);
        model.addAttribute(
                "fieldChart",
                FigureBars.render(
                        "by-field",
                        FiguresText.bars(rows, "field"),
                        FiguresText.text(messages, "figures.byField"),
                        FiguresText.text(messages, "figures.byField.desc", council.name())));
        model.addAttribute(
                "channelChart",
                FigureBars.render(
                        "by-channel",
                        FiguresText.bars(rows, "channel"),
                        FiguresText.text(messages, "figures.byChannel"),
                        FiguresText.text(messages, "figures.byChannel.desc", council.name())));
        model.addAttribute(
                "statusChart",
                FigureBars.render(
                        "by-status",
                        FiguresText.bars(rows, "status"),
                        FiguresText.text(messages, "figures.byStatus"),
                        FiguresText.text(messages, "figures.byStatus.desc", council.name())));
        model.addAttribute(
                "timeChart",
                FigureBars.render(
                        "on-time",
                        java.util.List.of(
                                new FigureBars.Bar(FiguresText.text(messages, "figures.onTime"), f.answeredOnTime()),
                                new FigureBars.Bar(
                                        FiguresText.text(messages, "figures.late"), f.answered() - f.answeredOnTime()),
                                new FigureBars.Bar(FiguresText.text(messages, "figures.reopened"), f.reopened())),
                        FiguresText.text(messages, "figures.onTimeChart"),
                        FiguresText.text(messages, "figures.onTimeChart.desc", f.onTimePercent())));
        return "petitions/figures";
    }

    @GetMapping(value = "/{slug:[a-z0-9-]+}/kien-nghi/thong-ke.csv", produces = "text/csv")
    ResponseEntity<String> csv(@PathVariable String slug) {
        return FeedbackApiController.csvOf(councils.requireBySlug(slug), figures, issues, messages);
    }
}
