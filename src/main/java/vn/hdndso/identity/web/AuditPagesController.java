package vn.hdndso.identity.web;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.identity.AuditTrail;

/**
 * A council's audit trail for its administrators: the latest entries and a check of the whole
 * chain. The check answers an htmx request with the result fragment; without JavaScript the same
 * form reloads the page with the result in place.
 */
@Controller
@RequestMapping("/app/councils/{slug}/audit")
@PreAuthorize("@councilAccess.has('COUNCIL_ADMIN')")
class AuditPagesController {

    static final int PAGE_ENTRIES = 200;

    private final Councils councils;
    private final AuditTrail trail;
    private final AuditWording wording;

    AuditPagesController(Councils councils, AuditTrail trail, AuditWording wording) {
        this.councils = councils;
        this.trail = trail;
        this.wording = wording;
    }

    @GetMapping
    String page(@PathVariable String slug, @RequestParam(required = false) @Nullable String verify, Model model) {
        Council council = councils.requireBySlug(slug);
        model.addAttribute("council", council);
        model.addAttribute(
                "entries",
                trail.latest(council.id(), PAGE_ENTRIES).stream()
                        .map(e -> wording.view(e, LocaleContextHolder.getLocale()))
                        .toList());
        if (verify != null) {
            model.addAttribute("verification", trail.verify(council.id()));
        }
        return "identity/audit";
    }

    @GetMapping("/verification")
    String verification(@PathVariable String slug, Model model) {
        Council council = councils.requireBySlug(slug);
        model.addAttribute("verification", trail.verify(council.id()));
        return "identity/audit :: verification";
    }
}
