package vn.hdndso.search.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.hdndso.search.IndexAdministration;
import vn.hdndso.search.Search;
import vn.hdndso.search.SearchRequest;
import vn.hdndso.search.SearchResults;
import vn.hdndso.search.Viewer;

/**
 * The city administrator's page of the search index: how many items it holds and a rebuild from
 * the database with a progress bar (htmx polls the progress fragment; without JavaScript the page
 * refreshes itself while a rebuild runs).
 */
@Controller
@RequestMapping("/app/search")
@PreAuthorize("hasRole('CITY_ADMIN')")
class SearchAdminController {

    private final IndexAdministration index;
    private final Search search;

    SearchAdminController(IndexAdministration index, Search search) {
        this.index = index;
        this.search = search;
    }

    /** How many items of each type (every source) the index holds, most first. */
    private java.util.List<SearchResults.Count> byType() {
        return search.search(SearchRequest.of(""), Viewer.cityAdministrator())
                .facets()
                .type();
    }

    @GetMapping
    String show(Model model) {
        model.addAttribute("items", index.items());
        model.addAttribute("byType", byType());
        model.addAttribute("progress", index.progress());
        return "search/admin";
    }

    @GetMapping("/progress")
    String progress(Model model) {
        model.addAttribute("items", index.items());
        model.addAttribute("byType", byType());
        model.addAttribute("progress", index.progress());
        return "search/admin :: progress";
    }

    @PostMapping("/rebuild")
    String start(
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model,
            RedirectAttributes redirect) {
        boolean started = index.start();
        if (htmx != null) {
            model.addAttribute("items", index.items());
            model.addAttribute("byType", byType());
            model.addAttribute("byType", byType());
            model.addAttribute("progress", index.progress());
            model.addAttribute("alreadyRunning", !started);
            return "search/admin :: progress";
        }
        redirect.addFlashAttribute("alreadyRunning", !started);
        return "redirect:/app/search";
    }
}
