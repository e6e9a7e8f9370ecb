package vn.hdndso.portal.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.documents.PublishedDocuments;
import vn.hdndso.shared.VnText;

/**
 * The installation's front page: every council (with a filter that forgives missing diacritics),
 * the latest issued resolutions and documents across councils, and the site-wide search box.
 */
@Controller
class FrontPageController {

    private static final int MAX_QUERY = 200;
    static final int LATEST = 8;

    private final Councils councils;
    private final PublishedDocuments documents;

    FrontPageController(Councils councils, PublishedDocuments documents) {
        this.councils = councils;
        this.documents = documents;
    }

    @GetMapping("/")
    String index(
            @RequestParam(required = false) @Nullable String q,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            Model model) {
        String query = q == null ? "" : VnText.normalize(q);
        if (query.length() > MAX_QUERY) {
            query = query.substring(0, MAX_QUERY);
        }
        List<Council> found = councils.search(query);
        model.addAttribute("q", query);
        model.addAttribute("councils", found);
        if (htmx != null) {
            return "portal/index :: council-list";
        }
        Map<String, Long> counts = councils.all().stream()
                .filter(c -> !c.isProvincial())
                .collect(Collectors.groupingBy(c -> c.type().name(), Collectors.counting()));
        Map<vn.hdndso.shared.CouncilId, Council> byId =
                councils.all().stream().collect(Collectors.toMap(Council::id, c -> c));
        model.addAttribute("province", councils.provincial().orElse(null));
        model.addAttribute("total", councils.all().size());
        model.addAttribute("counts", counts);
        model.addAttribute(
                "latest",
                documents.latestOfAllCouncils(LATEST).stream()
                        .flatMap(d -> java.util.Optional.ofNullable(byId.get(d.council()))
                                .map(council -> new CouncilDocument(council, d))
                                .stream())
                        .toList());
        model.addAttribute("atomFeed", "/feed.atom");
        return "portal/index";
    }

    /** An issued document with the council that issued it. */
    record CouncilDocument(Council council, vn.hdndso.documents.OutgoingDocument document) {}
}
