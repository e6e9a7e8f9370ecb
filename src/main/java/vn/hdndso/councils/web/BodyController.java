package vn.hdndso.councils.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Objects;
import java.util.Set;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.hdndso.councils.BodyDetails;
import vn.hdndso.councils.BodySeat;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.CouncilBodies;
import vn.hdndso.councils.CouncilBody;
import vn.hdndso.councils.Delegate;
import vn.hdndso.councils.DelegateId;
import vn.hdndso.councils.Delegates;
import vn.hdndso.councils.MembershipRole;
import vn.hdndso.councils.Memberships;
import vn.hdndso.shared.BusinessRuleException;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.web.FormErrors;

/** One body's page: its details, who sits in it, seating and unseating delegates, deleting it. */
@Controller
class BodyController {

    private final Workspace workspace;
    private final CouncilBodies bodies;
    private final Memberships memberships;
    private final Delegates delegates;

    BodyController(Workspace workspace, CouncilBodies bodies, Memberships memberships, Delegates delegates) {
        this.workspace = workspace;
        this.bodies = bodies;
        this.memberships = memberships;
        this.delegates = delegates;
    }

    record DetailsForm(
            @Nullable String name,
            @Nullable String symbol,
            @Nullable String description) {

        static DetailsForm of(CouncilBody body) {
            return new DetailsForm(body.name(), body.symbol(), body.description());
        }
    }

    record SeatForm(@Nullable String delegateId, @Nullable String role) {}

    @GetMapping("/app/councils/{slug}/bodies/{id}")
    @PreAuthorize(StaffAccess.MEMBER)
    String body(@PathVariable String slug, @PathVariable UUID id, Model model) {
        Council council = workspace.open(slug, model);
        CouncilBody body = bodies.require(council.id(), id);
        List<BodySeat> seats = memberships.ofBody(council.id(), id);
        Set<DelegateId> seated = seats.stream().map(s -> s.delegate().id()).collect(Collectors.toSet());
        model.addAttribute("body", body);
        model.addAttribute("seats", seats);
        model.addAttribute(
                "candidates",
                delegates.ofCurrentTerm(council.id()).stream()
                        .filter(d -> d.active() && d.termId().equals(body.termId()) && !seated.contains(d.id()))
                        .toList());
        model.asMap().putIfAbsent("detailsForm", DetailsForm.of(body));
        model.asMap().putIfAbsent("detailsErrors", FormErrors.NONE);
        model.asMap().putIfAbsent("seatForm", new SeatForm(null, MembershipRole.MEMBER.name()));
        model.asMap().putIfAbsent("seatErrors", FormErrors.NONE);
        model.asMap().putIfAbsent("deleteErrors", FormErrors.NONE);
        return "councils/body";
    }

    @PostMapping("/app/councils/{slug}/bodies/{id}")
    @PreAuthorize(StaffAccess.MANAGE)
    String update(
            @PathVariable String slug,
            @PathVariable UUID id,
            @ModelAttribute("detailsForm") DetailsForm form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Council council = workspace.open(slug, model);
        try {
            CouncilBody body = bodies.update(
                    council.id(),
                    id,
                    new BodyDetails(form.name() == null ? "" : form.name(), form.symbol(), form.description()));
            Workspace.notice(redirect, "councils.notice.bodyUpdated", body.name());
            return "redirect:/app/councils/" + slug + "/bodies/" + id;
        } catch (InvalidInputException | BusinessRuleException e) {
            workspace.refused(e, "detailsErrors", model, response);
            return body(slug, id, model);
        }
    }

    @PostMapping("/app/councils/{slug}/bodies/{id}/members")
    @PreAuthorize(StaffAccess.MANAGE)
    String seat(
            @PathVariable String slug,
            @PathVariable UUID id,
            @ModelAttribute("seatForm") SeatForm form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Council council = workspace.open(slug, model);
        try {
            var input = new Input();
            UUID delegateId = input.id("delegateId", form.delegateId());
            MembershipRole role = input.choice("role", form.role(), MembershipRole.class);
            input.require("delegateId", delegateId);
            input.require("role", role);
            input.throwIfFailed();
            var seated = new DelegateId(Objects.requireNonNull(delegateId));
            memberships.add(council.id(), id, seated, Objects.requireNonNull(role));
            Delegate delegate = delegates.require(council.id(), seated);
            Workspace.notice(redirect, "councils.notice.seated", delegate.fullName());
            return "redirect:/app/councils/" + slug + "/bodies/" + id;
        } catch (InvalidInputException | BusinessRuleException e) {
            workspace.refused(e, "seatErrors", model, response);
            return body(slug, id, model);
        }
    }

    @PostMapping("/app/councils/{slug}/bodies/{id}/members/{delegateId}/remove")
    @PreAuthorize(StaffAccess.MANAGE)
    String unseat(
            @PathVariable String slug,
            @PathVariable UUID id,
            @PathVariable DelegateId delegateId,
            Model model,
            RedirectAttributes redirect) {
        Council council = workspace.open(slug, model);
        Delegate delegate = delegates.require(council.id(), delegateId);
        memberships.remove(council.id(), id, delegateId);
        Workspace.notice(redirect, "councils.notice.unseated", delegate.fullName());
        return "redirect:/app/councils/" + slug + "/bodies/" + id;
    }

    @PostMapping("/app/councils/{slug}/bodies/{id}/delete")
    @PreAuthorize(StaffAccess.MANAGE)
    String delete(
            @PathVariable String slug,
            @PathVariable UUID id,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Council council = workspace.open(slug, model);
        CouncilBody body = bodies.require(council.id(), id);
        try {
            bodies.delete(council.id(), id);
            Workspace.notice(redirect, "councils.notice.bodyDeleted", body.name());
            return "redirect:/app/councils/" + slug + "/organisation";
        } catch (BusinessRuleException e) {
            workspace.refused(e, "deleteErrors", model, response);
            return body(slug, id, model);
        }
    }
}
