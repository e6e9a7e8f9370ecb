package vn.hdndso.petitions.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
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
import vn.hdndso.petitions.CompetentBodyKind;
import vn.hdndso.petitions.CompetentLevel;
import vn.hdndso.petitions.IssueRouting;
import vn.hdndso.petitions.PetitionIssues;
import vn.hdndso.shared.web.FlashActions;

/**
 * The council's default receiving bodies in the workspace: the clerk reads them, the council's
 * administrator sets or removes one per field and competent level.
 */
@Controller
@RequestMapping("/app/councils/{slug}/petitions/routing")
class RoutingPagesController {

    private final Councils councils;
    private final IssueRouting routing;
    private final PetitionIssues issues;
    private final ExecutiveUnits units;
    private final MessageSource messages;

    RoutingPagesController(
            Councils councils,
            IssueRouting routing,
            PetitionIssues issues,
            ExecutiveUnits units,
            MessageSource messages) {
        this.councils = councils;
        this.routing = routing;
        this.issues = issues;
        this.units = units;
        this.messages = messages;
    }

    /** One field's defaults by level (null where none is set). */
    record FieldRoutes(PetitionIssues.Field field, Map<CompetentLevel, IssueRouting.@Nullable Route> byLevel) {}

    @GetMapping
    @PreAuthorize(IssueApiController.STAFF)
    String page(@PathVariable String slug, Model model) {
        Council council = councils.requireBySlug(slug);
        List<IssueRouting.Route> all = routing.routes(council.id());
        List<FieldRoutes> table = issues.fields().stream()
                .map(f -> {
                    Map<CompetentLevel, IssueRouting.@Nullable Route> byLevel = new LinkedHashMap<>();
                    for (CompetentLevel level : CompetentLevel.values()) {
                        byLevel.put(
                                level,
                                all.stream()
                                        .filter(r -> r.field().equals(f.code()) && r.level() == level)
                                        .findFirst()
                                        .orElse(null));
                    }
                    return new FieldRoutes(f, byLevel);
                })
                .toList();
        model.addAttribute("council", council);
        model.addAttribute("table", table);
        model.addAttribute("fields", issues.fields());
        model.addAttribute("levels", CompetentLevel.values());
        model.addAttribute("bodyKinds", CompetentBodyKind.values());
        model.addAttribute(
                "units",
                units.of(council.id()).stream().filter(ExecutiveUnit::active).toList());
        return "petitions/staff-routing";
    }

    @PostMapping
    @PreAuthorize(RoutingApiController.ADMIN)
    String save(
            @PathVariable String slug,
            @RequestParam(defaultValue = "") String field,
            @RequestParam(required = false) @Nullable CompetentLevel level,
            @RequestParam(required = false) @Nullable CompetentBodyKind bodyKind,
            @RequestParam(required = false) @Nullable UUID executiveUnitId,
            @RequestParam(defaultValue = "") String bodyName,
            RedirectAttributes redirect) {
        Council council = councils.requireBySlug(slug);
        return FlashActions.run(
                back(slug),
                "routing.route.saved",
                redirect,
                messages,
                () -> routing.saveRoute(
                        council.id(),
                        field,
                        level,
                        bodyKind,
                        bodyKind == CompetentBodyKind.EXECUTIVE_UNIT ? executiveUnitId : null,
                        bodyName));
    }

    @PostMapping("/remove")
    @PreAuthorize(RoutingApiController.ADMIN)
    String remove(
            @PathVariable String slug,
            @RequestParam String field,
            @RequestParam CompetentLevel level,
            RedirectAttributes redirect) {
        Council council = councils.requireBySlug(slug);
        return FlashActions.run(
                back(slug),
                "routing.route.removed",
                redirect,
                messages,
                () -> routing.removeRoute(council.id(), field, level));
    }

    private static String back(String slug) {
        return "/app/councils/" + slug + "/petitions/routing";
    }
}
