package vn.hdndso.oversight.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
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
import vn.hdndso.documents.DocumentType;
import vn.hdndso.documents.OutgoingDocument;
import vn.hdndso.documents.OutgoingDocuments;
import vn.hdndso.identity.Role;
import vn.hdndso.oversight.OversightProgrammes;
import vn.hdndso.oversight.Viewer;
import vn.hdndso.shared.BusinessRuleException;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.VnTime;

/**
 * The yearly oversight programme in the workspace ({@code …/oversight/programme/{year}}): its Law
 * 87/2015 calendar, the proposals (entered by delegates, committee members, Front officers and the
 * office), and the office's adoption by an issued resolution; the same rules as the API.
 */
@Controller
@RequestMapping("/app/councils/{slug}/oversight/programme")
class ProgrammePagesController {

    private final StaffPage page;
    private final OversightProgrammes programmes;
    private final OutgoingDocuments documents;
    private final Clock clock;

    ProgrammePagesController(StaffPage page, OversightProgrammes programmes, OutgoingDocuments documents, Clock clock) {
        this.page = page;
        this.programmes = programmes;
        this.documents = documents;
        this.clock = clock;
    }

    /** The programme proposals are gathered for now: next year's. */
    @GetMapping
    @PreAuthorize(QuestionApiController.STAFF)
    String current(@PathVariable String slug) {
        return "redirect:/app/councils/" + slug + "/oversight/programme/"
                + (VnTime.today(clock).getYear() + 1);
    }

    @GetMapping("/{year}")
    @PreAuthorize(QuestionApiController.STAFF)
    String show(@PathVariable String slug, @PathVariable int year, Model model) {
        Council council = page.open(slug, model);
        Viewer viewer = (Viewer) java.util.Objects.requireNonNull(model.getAttribute("viewer"), "viewer");
        model.addAttribute("programme", programmes.of(council.id(), year));
        model.addAttribute("proposerKinds", OversightProgrammes.ProposerKind.values());
        model.addAttribute("ownKind", ownKind(viewer));
        model.addAttribute("canPropose", canPropose(viewer));
        model.addAttribute(
                "resolutions",
                viewer.isOffice()
                        ? documents.issued(council.id()).stream()
                                .filter(d -> d.type() == DocumentType.NGHI_QUYET)
                                .toList()
                        : List.<OutgoingDocument>of());
        return "oversight/programme";
    }

    @PostMapping("/{year}/proposals")
    @PreAuthorize(TopicApiController.PROPOSERS)
    String propose(
            @PathVariable String slug,
            @PathVariable int year,
            @RequestParam(required = false) @Nullable String title,
            @RequestParam(required = false) @Nullable String proposerKind,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Council council = page.open(slug, model);
        try {
            programmes.propose(council.id(), year, title, kind(proposerKind));
        } catch (InvalidInputException | BusinessRuleException e) {
            page.refused(e, "proposal", model, response);
            model.addAttribute("proposalTitle", title == null ? "" : title);
            return show(slug, year, model);
        }
        redirect.addFlashAttribute("notice", "oversight.programmePage.proposed");
        return "redirect:/app/councils/" + slug + "/oversight/programme/" + year + "#proposals";
    }

    @PostMapping("/{year}/adoption")
    @PreAuthorize(QuestionApiController.OFFICE)
    String adopt(
            @PathVariable String slug,
            @PathVariable int year,
            @RequestParam(required = false) @Nullable UUID resolutionDocumentId,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Council council = page.open(slug, model);
        try {
            programmes.adopt(council.id(), year, resolutionDocumentId);
        } catch (InvalidInputException | BusinessRuleException e) {
            page.refused(e, "adoption", model, response);
            return show(slug, year, model);
        }
        redirect.addFlashAttribute("notice", "oversight.programmePage.adopted");
        return "redirect:/app/councils/" + slug + "/oversight/programme/" + year;
    }

    /** The kind named in the form; an unknown one is left for the rule to refuse on its field. */
    private static OversightProgrammes.@Nullable ProposerKind kind(@Nullable String name) {
        if (name == null) {
            return null;
        }
        for (var k : OversightProgrammes.ProposerKind.values()) {
            if (k.name().equals(name)) {
                return k;
            }
        }
        return null;
    }

    private static boolean canPropose(Viewer viewer) {
        return viewer.isOffice()
                || viewer.roles().contains(Role.DELEGATE)
                || viewer.roles().contains(Role.COMMITTEE_MEMBER)
                || viewer.roles().contains(Role.FRONT_OFFICER);
    }

    /** The kind of proposer the person usually is, chosen first in the form. */
    private static OversightProgrammes.ProposerKind ownKind(Viewer viewer) {
        if (viewer.roles().contains(Role.FRONT_OFFICER) && !viewer.isOffice()) {
            return OversightProgrammes.ProposerKind.FRONT;
        }
        if (viewer.roles().contains(Role.COMMITTEE_MEMBER) && !viewer.isOffice()) {
            return OversightProgrammes.ProposerKind.COMMITTEE;
        }
        return OversightProgrammes.ProposerKind.DELEGATE;
    }
}
