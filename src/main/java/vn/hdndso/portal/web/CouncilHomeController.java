package vn.hdndso.portal.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.CouncilOrganisation;
import vn.hdndso.councils.Councils;

/** A council's public home: name, type, term, standing committee, committees, delegates. */
@Controller
class CouncilHomeController {

    private final Councils councils;
    private final CouncilOrganisation organisation;

    CouncilHomeController(Councils councils, CouncilOrganisation organisation) {
        this.councils = councils;
        this.organisation = organisation;
    }

    @GetMapping("/{slug:[a-z0-9-]+}")
    String home(@PathVariable String slug, Model model) {
        Council council = councils.requireBySlug(slug);
        model.addAttribute("profile", organisation.profile(council.id()));
        model.addAttribute("council", council);
        model.addAttribute("province", councils.provincial().orElse(null));
        return "portal/council";
    }
}
