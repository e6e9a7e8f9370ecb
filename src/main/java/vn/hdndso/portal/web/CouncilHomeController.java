package vn.hdndso.portal.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.CouncilOrganisation;
import vn.hdndso.councils.Councils;
import vn.hdndso.documents.PublishedDocuments;

/**
 * A council's public home: name, type, term, the latest issued documents, the sections of its
 * site (documents, sessions, voters' petitions, open data, calendar, indicators), standing
 * committee, committees, delegate groups and delegates.
 */
@Controller
class CouncilHomeController {

    static final int LATEST = 5;

    private final Councils councils;
    private final CouncilOrganisation organisation;
    private final PublishedDocuments documents;
    private final MessageSource messages;

    CouncilHomeController(
            Councils councils, CouncilOrganisation organisation, PublishedDocuments documents, MessageSource messages) {
        this.councils = councils;
        this.organisation = organisation;
        this.documents = documents;
        this.messages = messages;
    }

    @GetMapping("/{slug:[a-z0-9-]+}")
    String home(@PathVariable String slug, Model model) {
        Council council = councils.requireBySlug(slug);
        model.addAttribute("profile", organisation.profile(council.id()));
        model.addAttribute("council", council);
        model.addAttribute("province", councils.provincial().orElse(null));
        model.addAttribute("latest", documents.latest(council.id(), LATEST));
        model.addAttribute("atomFeed", "/" + council.slug() + "/feed.atom");
        model.addAttribute("calendarFeed", "/" + council.slug() + "/lich.ics");
        model.addAttribute(
                "pageDescription",
                messages.getMessage(
                        "portal.council.description",
                        new Object[] {council.name()},
                        council.name(),
                        LocaleContextHolder.getLocale()));
        return "portal/council";
    }
}
