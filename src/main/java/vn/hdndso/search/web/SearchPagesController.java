package vn.hdndso.search.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.search.Search;
import vn.hdndso.search.SearchRequest;
import vn.hdndso.search.SearchResults;
import vn.hdndso.shared.InvalidInputException;

/**
 * The search pages: city-wide at {@code /tim-kiem} and per council at {@code /{slug}/tim-kiem}.
 * Plain GET forms and links (work without JavaScript); signed-in staff also find their council's
 * private items, marked as such.
 */
@Controller
class SearchPagesController {

    private final SearchViewers viewers;

    private final Search search;
    private final Councils councils;
    private final MessageSource messages;

    SearchPagesController(Search search, Councils councils, MessageSource messages, SearchViewers viewers) {
        this.viewers = viewers;
        this.search = search;
        this.councils = councils;
        this.messages = messages;
    }

    /** A filter value as a link: choosing it, or (when active) removing it. */
    record Chip(String label, long count, String href, boolean active) {}

    record ChipGroup(String name, String label, List<Chip> chips) {}

    record PageLink(int number, String href, boolean current) {}

    @GetMapping("/tim-kiem")
    String city(@RequestParam Map<String, String> params, Model model, Locale locale, HttpServletResponse response) {
        return page(null, params, model, locale, response);
    }

    @GetMapping("/{slug:[a-z0-9-]+}/tim-kiem")
    String council(
            @PathVariable String slug,
            @RequestParam Map<String, String> params,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        return page(councils.requireBySlug(slug), params, model, locale, response);
    }

    private String page(
            @Nullable Council council,
            Map<String, String> params,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        String base = council == null ? "/tim-kiem" : "/" + council.slug() + "/tim-kiem";
        Map<String, String> current = new LinkedHashMap<>();
        for (String name : List.of("q", "type", "council", "year", "field")) {
            String value = params.get(name);
            if (value != null && !value.isBlank() && !(council != null && name.equals("council"))) {
                current.put(name, value.strip());
            }
        }
        String q = current.getOrDefault("q", "");
        model.addAttribute("council", council);
        model.addAttribute("q", q);
        model.addAttribute("base", base);
        model.addAttribute("types", search.types());
        if (current.isEmpty()) {
            return "search/page";
        }
        List<String> errors = new ArrayList<>();
        Integer year = null;
        if (current.containsKey("year")) {
            try {
                year = Integer.valueOf(current.get("year"));
            } catch (NumberFormatException e) {
                errors.add(messages.getMessage("search.year.invalid", null, locale));
            }
        }
        int page = 1;
        try {
            page = Integer.parseInt(params.getOrDefault("page", "1").strip());
        } catch (NumberFormatException e) {
            errors.add(messages.getMessage("search.page.invalid", null, locale));
        }
        if (errors.isEmpty()) {
            try {
                var request = new SearchRequest(
                        q,
                        council != null ? council.slug() : current.get("council"),
                        current.get("type"),
                        year,
                        current.get("field"),
                        page,
                        SearchRequest.DEFAULT_SIZE);
                SearchResults results = search.search(request, viewers.current());
                model.addAttribute("results", results);
                model.addAttribute("groups", groups(results, current, base, council, locale));
                model.addAttribute("pages", pages(results, current, base));
                model.addAttribute("maxResults", SearchRequest.MAX_RESULTS);
                if (results.didYouMean() != null) {
                    Map<String, String> corrected = new LinkedHashMap<>(current);
                    corrected.put("q", results.didYouMean());
                    model.addAttribute("didYouMeanHref", href(base, corrected));
                }
            } catch (InvalidInputException e) {
                e.problems().forEach(p -> errors.add(messages.getMessage(p.messageKey(), p.arguments(), locale)));
            }
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("errors", errors);
        }
        return "search/page";
    }

    private List<ChipGroup> groups(
            SearchResults results, Map<String, String> current, String base, @Nullable Council council, Locale locale) {
        var groups = new ArrayList<ChipGroup>();
        add(groups, "type", results.facets().type(), current, base, locale, true);
        if (council == null) {
            add(groups, "council", results.facets().council(), current, base, locale, false);
        }
        add(groups, "year", results.facets().year(), current, base, locale, false);
        add(groups, "field", results.facets().field(), current, base, locale, false);
        return groups;
    }

    private void add(
            List<ChipGroup> groups,
            String name,
            List<SearchResults.Count> counts,
            Map<String, String> current,
            String base,
            Locale locale,
            boolean translate) {
        String chosen = current.get(name);
        if (counts.isEmpty() && chosen == null) {
            return;
        }
        var chips = new ArrayList<Chip>();
        boolean chosenShown = false;
        for (SearchResults.Count count : counts.subList(0, Math.min(12, counts.size()))) {
            boolean active = count.value().equals(chosen);
            chosenShown |= active;
            Map<String, String> next = new LinkedHashMap<>(current);
            next.remove("page");
            if (active) {
                next.remove(name);
            } else {
                next.put(name, count.value());
            }
            chips.add(new Chip(
                    label(name, count.value(), count.label(), translate, locale),
                    count.count(),
                    href(base, next),
                    active));
        }
        if (chosen != null && !chosenShown) {
            // a chosen filter stays visible (and removable) even when nothing matches it
            Map<String, String> next = new LinkedHashMap<>(current);
            next.remove(name);
            next.remove("page");
            String label = name.equals("council")
                    ? councils.findBySlug(chosen).map(c -> c.name()).orElse(chosen)
                    : chosen;
            chips.addFirst(new Chip(label(name, chosen, label, translate, locale), 0, href(base, next), true));
        }
        groups.add(new ChipGroup(name, messages.getMessage("search.facet." + name, null, locale), chips));
    }

    private String label(String facet, String value, String label, boolean translate, Locale locale) {
        return translate
                ? Objects.requireNonNullElse(
                        messages.getMessage("search." + facet + "." + value, null, label, locale), label)
                : label;
    }

    private static List<PageLink> pages(SearchResults results, Map<String, String> current, String base) {
        var links = new ArrayList<PageLink>();
        int last = results.pages();
        if (last <= 1) {
            return links;
        }
        int from = Math.max(1, results.page() - 3);
        int to = Math.min(last, from + 6);
        for (int p = from; p <= to; p++) {
            Map<String, String> next = new LinkedHashMap<>(current);
            if (p > 1) {
                next.put("page", String.valueOf(p));
            }
            links.add(new PageLink(p, href(base, next), p == results.page()));
        }
        return links;
    }

    private static String href(String base, Map<String, String> params) {
        var uri = UriComponentsBuilder.fromPath(base);
        params.forEach(uri::queryParam);
        return uri.encode().build().toUriString();
    }
}
