package vn.hdndso.councils.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.hdndso.councils.BodySeat;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.CouncilBodies;
import vn.hdndso.councils.CouncilBody;
import vn.hdndso.councils.Delegate;
import vn.hdndso.councils.DelegateContact;
import vn.hdndso.councils.DelegateDetails;
import vn.hdndso.councils.DelegateId;
import vn.hdndso.councils.Delegates;
import vn.hdndso.councils.MandateEnd;
import vn.hdndso.councils.MembershipRole;
import vn.hdndso.councils.Memberships;
import vn.hdndso.councils.NewDelegate;
import vn.hdndso.shared.BusinessRuleException;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.VnText;
import vn.hdndso.shared.web.FormErrors;

/**
 * The "Delegates" tab: the list with a live filter by name, registering, editing, the detail
 * page with contact details for the council's office (each view audited), seats and the end of
 * a mandate.
 */
@Controller
class DelegateController {

    private final Workspace workspace;
    private final Delegates delegates;
    private final Memberships memberships;
    private final CouncilBodies bodies;

    DelegateController(Workspace workspace, Delegates delegates, Memberships memberships, CouncilBodies bodies) {
        this.workspace = workspace;
        this.delegates = delegates;
        this.memberships = memberships;
        this.bodies = bodies;
    }

    record DelegateForm(
            @Nullable String fullName,
            @Nullable String gender,
            @Nullable String birthYear,
            @Nullable String position,
            @Nullable String email,
            @Nullable String phone) {

        static final DelegateForm EMPTY = new DelegateForm(null, null, null, null, null, null);

        static DelegateForm of(DelegateDetails d) {
            return new DelegateForm(
                    d.fullName(),
                    d.gender() == null ? null : d.gender().name(),
                    d.birthYear() == null ? null : d.birthYear().toString(),
                    d.position(),
                    d.email(),
                    d.phone());
        }

        DelegateDetails details() {
            var input = new Input();
            var details = new DelegateDetails(
                    fullName == null ? "" : fullName,
                    input.choice("gender", gender, Delegate.Gender.class),
                    input.integer("birthYear", birthYear),
                    position,
                    email,
                    phone);
            input.throwIfFailed(details::check);
            return details;
        }
    }

    record EndForm(@Nullable String endedOn, @Nullable String reason) {}

    record SeatForm(@Nullable String bodyId, @Nullable String role) {}

    /** A delegate in the list with the seats they hold. */
    record Row(Delegate delegate, List<BodySeat> seats) {}

    @GetMapping("/app/councils/{slug}/delegates")
    @PreAuthorize(StaffAccess.MEMBER)
    String list(@PathVariable String slug, @RequestParam(required = false) @Nullable String q, Model model) {
        Council council = workspace.open(slug, model);
        String query = VnText.normalize(q);
        Map<DelegateId, List<BodySeat>> seats = memberships.ofCurrentTerm(council.id()).stream()
                .collect(Collectors.groupingBy(s -> s.delegate().id()));
        List<Row> rows = delegates.search(council.id(), query).stream()
                .map(d -> new Row(d, seats.getOrDefault(d.id(), List.of())))
                .toList();
        model.addAttribute("q", query);
        model.addAttribute("rows", rows);
        model.addAttribute(
                "activeCount", rows.stream().filter(r -> r.delegate().active()).count());
        return "councils/delegates";
    }

    @GetMapping("/app/councils/{slug}/delegates/new")
    @PreAuthorize(StaffAccess.MANAGE)
    String newDelegate(@PathVariable String slug, Model model) {
        workspace.open(slug, model);
        model.asMap().putIfAbsent("form", DelegateForm.EMPTY);
        model.asMap().putIfAbsent("errors", FormErrors.NONE);
        model.addAttribute("delegate", null);
        model.addAttribute("genders", Delegate.Gender.values());
        return "councils/delegate-form";
    }

    @PostMapping("/app/councils/{slug}/delegates")
    @PreAuthorize(StaffAccess.MANAGE)
    String register(
            @PathVariable String slug,
            @ModelAttribute("form") DelegateForm form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Council council = workspace.open(slug, model);
        try {
            Delegate created = delegates.register(council.id(), NewDelegate.of(form.details()));
            Workspace.notice(redirect, "councils.notice.delegateCreated", created.fullName());
            return "redirect:/app/councils/" + slug + "/delegates/" + created.id();
        } catch (InvalidInputException | BusinessRuleException e) {
            workspace.refused(e, "errors", model, response);
            return newDelegate(slug, model);
        }
    }

    /** The detail page; the council's office sees the contact details, and that read is audited. */
    @GetMapping("/app/councils/{slug}/delegates/{id}")
    @PreAuthorize(StaffAccess.MEMBER)
    String delegate(@PathVariable String slug, @PathVariable DelegateId id, Model model) {
        Council council = workspace.open(slug, model);
        Delegate delegate = delegates.require(council.id(), id);
        List<BodySeat> seats = memberships.ofDelegate(council.id(), id);
        Set<UUID> seatedIn = seats.stream().map(s -> s.body().id()).collect(Collectors.toSet());
        model.addAttribute("delegate", delegate);
        model.addAttribute("seats", seats);
        model.addAttribute(
                "openBodies",
                bodies.ofCurrentTerm(council.id()).stream()
                        .filter(b -> b.termId().equals(delegate.termId()) && !seatedIn.contains(b.id()))
                        .toList());
        model.addAttribute("roles", MembershipRole.values());
        DelegateContact contact =
                workspace.canManage() ? delegates.readContact(council.id(), id).orElse(null) : null;
        model.addAttribute("contact", contact);
        model.asMap().putIfAbsent("endForm", new EndForm(null, null));
        model.asMap().putIfAbsent("endErrors", FormErrors.NONE);
        model.asMap().putIfAbsent("seatForm", new SeatForm(null, MembershipRole.MEMBER.name()));
        model.asMap().putIfAbsent("seatErrors", FormErrors.NONE);
        return "councils/delegate";
    }

    /** The edit form, filled in with the contact details (an audited read). */
    @GetMapping("/app/councils/{slug}/delegates/{id}/edit")
    @PreAuthorize(StaffAccess.MANAGE)
    String edit(@PathVariable String slug, @PathVariable DelegateId id, Model model) {
        Council council = workspace.open(slug, model);
        Delegate delegate = delegates.require(council.id(), id);
        model.addAttribute("delegate", delegate);
        if (!model.containsAttribute("form")) {
            DelegateContact contact = delegates.readContact(council.id(), id).orElse(null);
            model.addAttribute("form", DelegateForm.of(DelegateDetails.of(delegate, contact)));
        }
        model.asMap().putIfAbsent("errors", FormErrors.NONE);
        model.addAttribute("genders", Delegate.Gender.values());
        return "councils/delegate-form";
    }

    @PostMapping("/app/councils/{slug}/delegates/{id}")
    @PreAuthorize(StaffAccess.MANAGE)
    String save(
            @PathVariable String slug,
            @PathVariable DelegateId id,
            @ModelAttribute("form") DelegateForm form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Council council = workspace.open(slug, model);
        try {
            Delegate changed = delegates.edit(council.id(), id, current -> form.details());
            Workspace.notice(redirect, "councils.notice.delegateUpdated", changed.fullName());
            return "redirect:/app/councils/" + slug + "/delegates/" + id;
        } catch (InvalidInputException | BusinessRuleException e) {
            workspace.refused(e, "errors", model, response);
            return edit(slug, id, model);
        }
    }

    @PostMapping("/app/councils/{slug}/delegates/{id}/end")
    @PreAuthorize(StaffAccess.MANAGE)
    String endMandate(
            @PathVariable String slug,
            @PathVariable DelegateId id,
            @ModelAttribute("endForm") EndForm form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Council council = workspace.open(slug, model);
        try {
            var input = new Input();
            var end = new MandateEnd(input.date("endedOn", form.endedOn()), form.reason() == null ? "" : form.reason());
            input.throwIfFailed(end::check);
            Delegate ended = delegates.endMandate(council.id(), id, end);
            Workspace.notice(redirect, "councils.notice.mandateEnded", ended.fullName());
            return "redirect:/app/councils/" + slug + "/delegates/" + id;
        } catch (InvalidInputException | BusinessRuleException e) {
            workspace.refused(e, "endErrors", model, response);
            return delegate(slug, id, model);
        }
    }

    @PostMapping("/app/councils/{slug}/delegates/{id}/seats")
    @PreAuthorize(StaffAccess.MANAGE)
    String seat(
            @PathVariable String slug,
            @PathVariable DelegateId id,
            @ModelAttribute("seatForm") SeatForm form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Council council = workspace.open(slug, model);
        try {
            var input = new Input();
            UUID bodyId = input.id("bodyId", form.bodyId());
            MembershipRole role = input.choice("role", form.role(), MembershipRole.class);
            input.require("bodyId", bodyId);
            input.require("role", role);
            input.throwIfFailed();
            CouncilBody body = bodies.require(council.id(), Objects.requireNonNull(bodyId));
            memberships.add(council.id(), bodyId, id, Objects.requireNonNull(role));
            Workspace.notice(redirect, "councils.notice.seatedIn", body.name());
            return "redirect:/app/councils/" + slug + "/delegates/" + id;
        } catch (InvalidInputException | BusinessRuleException e) {
            workspace.refused(e, "seatErrors", model, response);
            return delegate(slug, id, model);
        }
    }

    @PostMapping("/app/councils/{slug}/delegates/{id}/seats/{bodyId}/remove")
    @PreAuthorize(StaffAccess.MANAGE)
    String unseat(
            @PathVariable String slug,
            @PathVariable DelegateId id,
            @PathVariable UUID bodyId,
            Model model,
            RedirectAttributes redirect) {
        Council council = workspace.open(slug, model);
        CouncilBody body = bodies.require(council.id(), bodyId);
        memberships.remove(council.id(), bodyId, id);
        Workspace.notice(redirect, "councils.notice.unseatedFrom", body.name());
        return "redirect:/app/councils/" + slug + "/delegates/" + id;
    }
}
