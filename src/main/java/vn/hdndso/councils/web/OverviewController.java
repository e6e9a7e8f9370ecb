package vn.hdndso.councils.web;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.hdndso.councils.BodyKind;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.CouncilBodies;
import vn.hdndso.councils.CouncilBody;
import vn.hdndso.councils.Delegate;
import vn.hdndso.councils.Delegates;
import vn.hdndso.councils.ExecutiveUnits;
import vn.hdndso.councils.Terms;

/** The first page of a council's workspace: what the council is, its current term, and counts. */
@Controller
class OverviewController {

    private final Workspace workspace;
    private final Terms terms;
    private final CouncilBodies bodies;
    private final Delegates delegates;
    private final ExecutiveUnits executiveUnits;

    OverviewController(
            Workspace workspace,
            Terms terms,
            CouncilBodies bodies,
            Delegates delegates,
            ExecutiveUnits executiveUnits) {
        this.workspace = workspace;
        this.terms = terms;
        this.bodies = bodies;
        this.delegates = delegates;
        this.executiveUnits = executiveUnits;
    }

    /** The counts of the overview. */
    record Counts(long activeDelegates, long endedDelegates, long committees, long groups, long executiveUnits) {}

    @GetMapping("/app/councils/{slug}")
    @PreAuthorize(StaffAccess.MEMBER)
    String overview(@PathVariable String slug, Model model) {
        Council council = workspace.open(slug, model);
        List<Delegate> people = delegates.ofCurrentTerm(council.id());
        List<CouncilBody> organs = bodies.ofCurrentTerm(council.id());
        model.addAttribute("term", terms.current(council.id()).orElse(null));
        model.addAttribute("termCount", terms.of(council.id()).size());
        model.addAttribute(
                "counts",
                new Counts(
                        people.stream().filter(Delegate::active).count(),
                        people.stream().filter(d -> !d.active()).count(),
                        organs.stream()
                                .filter(b -> b.kind() == BodyKind.COMMITTEE)
                                .count(),
                        organs.stream()
                                .filter(b -> b.kind() == BodyKind.DELEGATE_GROUP)
                                .count(),
                        executiveUnits.of(council.id()).size()));
        model.addAttribute("demo", people.stream().anyMatch(Delegate::demo));
        return "councils/overview";
    }
}
