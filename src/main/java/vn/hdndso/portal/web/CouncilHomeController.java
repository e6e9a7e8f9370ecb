package vn.hdndso.portal.web;

import java.time.Clock;
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
import vn.hdndso.indicators.Period;
import vn.hdndso.plans.PlanIndicators;
import vn.hdndso.plans.TargetProgress;
import vn.hdndso.shared.VnTime;

/**
 * A council's public home: name, type, term, the latest issued documents, the sections of its
 * site (documents, sessions, voters' petitions, open data, calendar, indicators), standing
 * committee, committees, delegate groups and delegates; and how its digital-transformation
 * indicators stand this year (how many met, on track, at risk, not met, without data), which the
 * page cache forgets whenever an event about the council's work commits.
 */
@Controller
class CouncilHomeController {

    static final int LATEST = 5;

    private final Councils councils;
    private final CouncilOrganisation organisation;
    private final PublishedDocuments documents;
    private final MessageSource messages;
    private final PlanIndicators indicators;
    private final Clock clock;

    CouncilHomeController(
            Councils councils,
            CouncilOrganisation organisation,
            PublishedDocuments documents,
            MessageSource messages,
            PlanIndicators indicators,
            Clock clock) {
        this.councils = councils;
        this.organisation = organisation;
        this.documents = documents;
        this.messages = messages;
        this.indicators = indicators;
        this.clock = clock;
    }

    @GetMapping("/{slug:[a-z0-9-]+}")
    String home(@PathVariable String slug, Model model) {
        Council council = councils.requireBySlug(slug);
        model.addAttribute("profile", organisation.profile(council.id()));
        model.addAttribute("council", council);
        model.addAttribute("province", councils.provincial().orElse(null));
        model.addAttribute("latest", documents.latest(council.id(), LATEST));
        Period year = Period.year(VnTime.today(clock).getYear());
        model.addAttribute("indicatorYear", Integer.toString(year.year()));
        model.addAttribute(
                "indicatorSummary",
                IndicatorSummary.of(indicators.progress(council.id(), year).stream()
                        .map(TargetProgress::status)
                        .toList()));
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
