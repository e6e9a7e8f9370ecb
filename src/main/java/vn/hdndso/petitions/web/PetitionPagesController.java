package vn.hdndso.petitions.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
import vn.hdndso.councils.ExecutiveUnit;
import vn.hdndso.councils.ExecutiveUnits;
import vn.hdndso.petitions.AnswerClass;
import vn.hdndso.petitions.CompetentBodyKind;
import vn.hdndso.petitions.CompetentLevel;
import vn.hdndso.petitions.IssueRouting;
import vn.hdndso.petitions.IssueStatus;
import vn.hdndso.petitions.Petition;
import vn.hdndso.petitions.PetitionIssue;
import vn.hdndso.petitions.PetitionIssues;
import vn.hdndso.petitions.PetitionLinks;
import vn.hdndso.petitions.Petitions;
import vn.hdndso.petitions.VoterMeetings;
import vn.hdndso.shared.BusinessRuleException;
import vn.hdndso.shared.VnTime;
import vn.hdndso.shared.web.FlashActions;
import vn.hdndso.shared.web.Page;

/**
 * The staff pages of petitions: the dashboard with the issue list (and the overdue view), an
 * issue with its petitions, classification, duplicates, transfer, answer and publication. The
 * People's Committee officer sees the same list as an inbox and answers.
 */
@Controller
@RequestMapping("/app/councils/{slug}/petitions")
class PetitionPagesController {

    static final String STAFF = PetitionApiController.STAFF;
    static final String ANSWERS = IssueApiController.ANSWERS;

    private final Councils councils;
    private final java.time.Clock clock;
    private final PetitionIssues issues;
    private final Petitions petitions;
    private final VoterMeetings meetings;
    private final ExecutiveUnits units;
    private final MessageSource messages;
    private final IssueRouting routing;

    PetitionPagesController(
            Councils councils,
            PetitionIssues issues,
            Petitions petitions,
            VoterMeetings meetings,
            ExecutiveUnits units,
            MessageSource messages,
            IssueRouting routing,
            java.time.Clock clock) {
        this.routing = routing;
        this.councils = councils;
        this.clock = clock;
        this.issues = issues;
        this.petitions = petitions;
        this.meetings = meetings;
        this.units = units;
        this.messages = messages;
    }

    @GetMapping
    @PreAuthorize(ANSWERS)
    String list(
            @PathVariable String slug,
            @RequestParam(required = false) @Nullable IssueStatus status,
            @RequestParam(required = false) @Nullable String field,
            @RequestParam(required = false) @Nullable String view,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable Integer page,
            Model model) {
        Council council = councils.requireBySlug(slug);
        boolean overdue = "overdue".equals(view);
        boolean inbox = "inbox".equals(view);
        String f = field == null || field.isBlank() ? null : field;
        var filter = new PetitionIssues.Filter(status, f, overdue, inbox, false, q);
        Page<PetitionIssue> found = issues.list(council.id(), filter, new Page.Request(page, 50));
        model.addAttribute("council", council);
        model.addAttribute("issues", found);
        model.addAttribute("facade", issues);
        model.addAttribute("fields", issues.fields());
        model.addAttribute("statuses", IssueStatus.values());
        model.addAttribute("status", status);
        model.addAttribute("field", f == null ? "" : f);
        model.addAttribute("view", view == null ? "" : view);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("today", VnTime.today(clock));
        model.addAttribute("stats", issues.statistics(council.id(), filter, meetings.countByFormat(council.id())));
        return "petitions/staff-list";
    }

    @GetMapping("/issues/{id}")
    @PreAuthorize(ANSWERS)
    String issue(@PathVariable String slug, @PathVariable UUID id, Model model) {
        Council council = councils.requireBySlug(slug);
        PetitionIssue issue = issues.require(council.id(), id);
        List<Petition> members = petitions.ofIssue(council.id(), id);
        model.addAttribute("council", council);
        model.addAttribute("issue", issue);
        model.addAttribute("facade", issues);
        model.addAttribute("petitions", members);
        model.addAttribute("fields", issues.fields());
        model.addAttribute("levels", CompetentLevel.values());
        model.addAttribute("answerClasses", AnswerClass.values());
        model.addAttribute("bodyKinds", CompetentBodyKind.values());
        model.addAttribute(
                "units",
                units.of(council.id()).stream().filter(ExecutiveUnit::active).toList());
        model.addAttribute("today", VnTime.today(clock));
        model.addAttribute("defaultDeadline", VnTime.today(clock).plusDays(issues.answerDays()));
        model.addAttribute("proposal", routing.proposal(council.id(), id));
        model.addAttribute("trail", routing.trail(council.id(), id));
        model.addAttribute(
                "duplicates",
                members.isEmpty() || issue.answeredOn() != null
                        ? List.of()
                        : petitions.duplicatesOf(council.id(), members.get(0).id()));
        return "petitions/staff-issue";
    }

    @PostMapping("/issues/{id}/merge")
    @PreAuthorize(STAFF)
    String merge(
            @PathVariable String slug,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable UUID otherIssueId,
            RedirectAttributes redirect) {
        Council council = councils.requireBySlug(slug);
        return act(slug, id, "petitions.done.merged", redirect, () -> issues.merge(council.id(), id, otherIssueId));
    }

    @PostMapping("/issues/{id}/petitions/{petitionId}/split")
    @PreAuthorize(STAFF)
    String split(
            @PathVariable String slug,
            @PathVariable UUID id,
            @PathVariable UUID petitionId,
            RedirectAttributes redirect) {
        Council council = councils.requireBySlug(slug);
        try {
            PetitionIssue created = issues.split(council.id(), petitionId, null);
            redirect.addFlashAttribute("done", "petitions.done.split");
            return "redirect:" + PetitionLinks.staffIssue(slug, created.id());
        } catch (BusinessRuleException e) {
            return problem(slug, id, message(e.messageKey(), e.arguments()), redirect);
        }
    }

    @PostMapping("/issues/{id}/petitions/{petitionId}/classify")
    @PreAuthorize(STAFF)
    String classify(
            @PathVariable String slug,
            @PathVariable UUID id,
            @PathVariable UUID petitionId,
            @RequestParam(defaultValue = "") String field,
            @RequestParam(required = false) @Nullable CompetentLevel level,
            @RequestParam(defaultValue = "false") boolean complaint,
            RedirectAttributes redirect) {
        Council council = councils.requireBySlug(slug);
        return act(
                slug,
                id,
                "petitions.done.classified",
                redirect,
                () -> petitions.classify(council.id(), petitionId, field, level, complaint));
    }

    @PostMapping("/issues/{id}/transfer")
    @PreAuthorize(STAFF)
    String transfer(
            @PathVariable String slug,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable CompetentBodyKind bodyKind,
            @RequestParam(required = false) @Nullable UUID executiveUnitId,
            @RequestParam(defaultValue = "") String bodyName,
            @RequestParam(defaultValue = "") String deadline,
            @RequestParam(defaultValue = "") String reason,
            RedirectAttributes redirect) {
        Council council = councils.requireBySlug(slug);
        LocalDate due;
        try {
            due = deadline.isBlank() ? null : vn.hdndso.shared.VnDates.parseDate(deadline);
        } catch (DateTimeParseException e) {
            return problem(slug, id, message(vn.hdndso.shared.VnDates.INVALID), redirect);
        }
        return act(
                slug,
                id,
                "petitions.done.transferred",
                redirect,
                () -> routing.transfer(council.id(), id, bodyKind, executiveUnitId, bodyName, due, reason));
    }

    @PostMapping("/issues/{id}/answer")
    @PreAuthorize(ANSWERS)
    String answer(
            @PathVariable String slug,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable AnswerClass answerClass,
            @RequestParam(defaultValue = "") String answer,
            @RequestParam(defaultValue = "") String promisedOn,
            RedirectAttributes redirect) {
        Council council = councils.requireBySlug(slug);
        LocalDate promised;
        try {
            promised = promisedOn.isBlank() ? null : vn.hdndso.shared.VnDates.parseDate(promisedOn);
        } catch (DateTimeParseException e) {
            return problem(slug, id, message(vn.hdndso.shared.VnDates.INVALID), redirect);
        }
        return act(
                slug,
                id,
                "petitions.done.answered",
                redirect,
                () -> issues.answer(council.id(), id, answerClass, answer, promised));
    }

    @PostMapping("/issues/{id}/publish")
    @PreAuthorize(STAFF)
    String publish(@PathVariable String slug, @PathVariable UUID id, RedirectAttributes redirect) {
        Council council = councils.requireBySlug(slug);
        return act(slug, id, "petitions.done.published", redirect, () -> issues.publish(council.id(), id));
    }

    private String act(String slug, UUID id, String doneKey, RedirectAttributes redirect, Runnable action) {
        return FlashActions.run(back(slug, id), doneKey, redirect, messages, action);
    }

    private String problem(String slug, UUID id, String text, RedirectAttributes redirect) {
        return FlashActions.problem(back(slug, id), text, redirect);
    }

    private static String back(String slug, UUID id) {
        return PetitionLinks.staffIssue(slug, id);
    }

    private String message(String key, Object... arguments) {
        return java.util.Objects.requireNonNullElse(
                messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale()), key);
    }
}
