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
import vn.hdndso.shared.VnText;

/** The installation's front page: every council, with a search that forgives missing diacritics. */
@Controller
class FrontPageController {

    private static final int MAX_QUERY = 200;

    private final Councils councils;

    FrontPageController(Councils councils) {
        this.councils = councils;
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
        Map<String, Long> counts = councils.all().stream()
                .filter(c -> !c.isProvincial())
                .collect(Collectors.groupingBy(c -> c.type().name(), Collectors.counting()));
        model.addAttribute("q", query);
        model.addAttribute("councils", found);
        model.addAttribute("province", councils.provincial().orElse(null));
        model.addAttribute("total", councils.all().size());
        model.addAttribute("counts", counts);
        return htmx != null ? "portal/index :: council-list" : "portal/index";
    }
}
