package vn.hdndso.oversight.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.hdndso.councils.BodyKind;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.CouncilBodies;
import vn.hdndso.councils.Councils;
import vn.hdndso.councils.ExecutiveUnit;
import vn.hdndso.identity.Role;
import vn.hdndso.oversight.OversightViewers;
import vn.hdndso.oversight.Viewer;
import vn.hdndso.shared.BusinessRuleException;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.VnTime;
import vn.hdndso.shared.web.FormErrors;

/** What the oversight workspace pages need: the council, the viewer and what they may do, choices, errors. */
@Component
class StaffPage {

    private final Councils councils;
    private final OversightViewers viewers;
    private final vn.hdndso.councils.ExecutiveUnits units;
    private final CouncilBodies bodies;
    private final MessageSource messages;
    private final Clock clock;

    StaffPage(
            Councils councils,
            OversightViewers viewers,
            vn.hdndso.councils.ExecutiveUnits units,
            CouncilBodies bodies,
            MessageSource messages,
            Clock clock) {
        this.councils = councils;
        this.viewers = viewers;
        this.units = units;
        this.bodies = bodies;
        this.messages = messages;
        this.clock = clock;
    }

    Council open(String slug, Model model) {
        Council council = councils.requireBySlug(slug);
        Viewer viewer = viewers.current(council.id());
        model.addAttribute("council", council);
        model.addAttribute("viewer", viewer);
        model.addAttribute("today", VnTime.today(clock));
        model.addAttribute(
                "canAsk",
                viewer.isOffice()
                        || viewer.roles().contains(Role.DELEGATE)
                        || viewer.roles().contains(Role.COMMITTEE_MEMBER));
        model.addAttribute("canWork", viewer.isOffice() || viewer.roles().contains(Role.COMMITTEE_MEMBER));
        model.addAttribute(
                "units",
                units.of(council.id()).stream().filter(ExecutiveUnit::active).toList());
        model.addAttribute(
                "owners",
                bodies.ofCurrentTerm(council.id()).stream()
                        .filter(b -> b.kind() != BodyKind.DELEGATE_GROUP)
                        .filter(b -> b.kind() == BodyKind.STANDING_COMMITTEE
                                ? viewer.isOffice()
                                : viewer.worksOnTopicsOf(b.id()))
                        .toList());
        model.asMap().putIfAbsent("errors", FormErrors.NONE);
        return council;
    }

    /** The errors of a refused form under {@code errors}, with the id of the form they belong to. */
    void refused(RuntimeException e, String form, Model model, HttpServletResponse response) {
        FormErrors errors = switch (e) {
            case InvalidInputException invalid -> FormErrors.of(invalid, messages);
            case BusinessRuleException rule -> FormErrors.of(rule, messages);
            default -> throw e;
        };
        model.addAttribute("errors", errors);
        model.addAttribute("errorForm", form);
        response.setStatus(errors.status().value());
    }
}
