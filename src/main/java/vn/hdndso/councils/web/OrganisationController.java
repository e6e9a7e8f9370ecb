package vn.hdndso.councils.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.hdndso.councils.BodyDetails;
import vn.hdndso.councils.BodyKind;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.CouncilBodies;
import vn.hdndso.councils.CouncilBody;
import vn.hdndso.councils.Memberships;
import vn.hdndso.councils.NewTerm;
import vn.hdndso.councils.Term;
import vn.hdndso.councils.Terms;
import vn.hdndso.shared.BusinessRuleException;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.web.FormErrors;

/**
 * The "Terms and organisation" tab: the council's terms, and the committees and delegate groups
 * of the current term in their order.
 */
@Controller
class OrganisationController {

    private final Workspace workspace;
    private final Terms terms;
    private final CouncilBodies bodies;
    private final Memberships memberships;

    OrganisationController(Workspace workspace, Terms terms, CouncilBodies bodies, Memberships memberships) {
        this.workspace = workspace;
        this.terms = terms;
        this.bodies = bodies;
        this.memberships = memberships;
    }

    record TermForm(
            @Nullable String name,
            @Nullable String startsOn,
            @Nullable String endsOn) {

        static final TermForm EMPTY = new TermForm(null, null, null);
    }

    record BodyForm(
            @Nullable String kind,
            @Nullable String name,
            @Nullable String symbol,
            @Nullable String description) {

        static BodyForm empty(BodyKind kind) {
            return new BodyForm(kind.name(), null, null, null);
        }
    }

    /** A body in the lists, with how many sit in it. */
    record BodyRow(CouncilBody body, long members) {}

    @GetMapping("/app/councils/{slug}/organisation")
    @PreAuthorize(StaffAccess.MEMBER)
    String organisation(@PathVariable String slug, Model model) {
        Council council = workspace.open(slug, model);
        model.addAttribute("terms", terms.of(council.id()));
        Map<UUID, Long> seats = memberships.ofCurrentTerm(council.id()).stream()
                .collect(Collectors.groupingBy(s -> s.body().id(), Collectors.counting()));
        List<BodyRow> rows = bodies.ofCurrentTerm(council.id()).stream()
                .map(b -> new BodyRow(b, seats.getOrDefault(b.id(), 0L)))
                .toList();
        model.addAttribute(
                "standing",
                rows.stream()
                        .filter(r -> r.body().kind() == BodyKind.STANDING_COMMITTEE)
                        .findFirst()
                        .orElse(null));
        model.addAttribute(
                "committees",
                rows.stream().filter(r -> r.body().kind() == BodyKind.COMMITTEE).toList());
        model.addAttribute(
                "groups",
                rows.stream()
                        .filter(r -> r.body().kind() == BodyKind.DELEGATE_GROUP)
                        .toList());
        model.addAttribute("currentTerm", terms.current(council.id()).orElse(null));
        model.asMap().putIfAbsent("termForm", TermForm.EMPTY);
        model.asMap().putIfAbsent("termErrors", FormErrors.NONE);
        model.asMap().putIfAbsent("committeeForm", BodyForm.empty(BodyKind.COMMITTEE));
        model.asMap().putIfAbsent("committeeErrors", FormErrors.NONE);
        model.asMap().putIfAbsent("groupForm", BodyForm.empty(BodyKind.DELEGATE_GROUP));
        model.asMap().putIfAbsent("groupErrors", FormErrors.NONE);
        return "councils/organisation";
    }

    @PostMapping("/app/councils/{slug}/terms")
    @PreAuthorize(StaffAccess.ADMINISTER)
    String createTerm(
            @PathVariable String slug,
            @ModelAttribute("termForm") TermForm form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Council council = workspace.open(slug, model);
        try {
            var input = new Input();
            var draft = new NewTerm(
                    form.name() == null ? "" : form.name(),
                    input.date("startsOn", form.startsOn()),
                    input.date("endsOn", form.endsOn()));
            input.throwIfFailed(draft::check);
            Term term = terms.create(council.id(), draft);
            Workspace.notice(redirect, "councils.notice.termCreated", term.name());
            return "redirect:/app/councils/" + slug + "/organisation";
        } catch (InvalidInputException | BusinessRuleException e) {
            workspace.refused(e, "termErrors", model, response);
            return organisation(slug, model);
        }
    }

    @PostMapping("/app/councils/{slug}/terms/{id}/current")
    @PreAuthorize(StaffAccess.ADMINISTER)
    String makeCurrent(@PathVariable String slug, @PathVariable UUID id, Model model, RedirectAttributes redirect) {
        Term term = terms.makeCurrent(workspace.open(slug, model).id(), id);
        Workspace.notice(redirect, "councils.notice.termMadeCurrent", term.name());
        return "redirect:/app/councils/" + slug + "/organisation";
    }

    @PostMapping("/app/councils/{slug}/bodies")
    @PreAuthorize(StaffAccess.MANAGE)
    String createBody(
            @PathVariable String slug,
            BodyForm form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Council council = workspace.open(slug, model);
        BodyKind kind =
                BodyKind.DELEGATE_GROUP.name().equals(form.kind()) ? BodyKind.DELEGATE_GROUP : BodyKind.COMMITTEE;
        String prefix = kind == BodyKind.COMMITTEE ? "committee" : "group";
        try {
            CouncilBody body = bodies.create(
                    council.id(),
                    kind,
                    new BodyDetails(form.name() == null ? "" : form.name(), form.symbol(), form.description()));
            Workspace.notice(redirect, "councils.notice.bodyCreated", body.name());
            return "redirect:/app/councils/" + slug + "/organisation";
        } catch (InvalidInputException | BusinessRuleException e) {
            model.addAttribute(prefix + "Form", form);
            workspace.refused(e, prefix + "Errors", model, response);
            return organisation(slug, model);
        }
    }

    @PostMapping("/app/councils/{slug}/bodies/{id}/move")
    @PreAuthorize(StaffAccess.MANAGE)
    String move(
            @PathVariable String slug,
            @PathVariable UUID id,
            @RequestParam CouncilBodies.Direction direction,
            Model model) {
        Council council = workspace.open(slug, model);
        bodies.move(council.id(), id, direction);
        return "redirect:/app/councils/" + slug + "/organisation#body-" + id;
    }
}
