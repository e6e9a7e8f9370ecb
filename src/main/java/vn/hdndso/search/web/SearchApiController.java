package vn.hdndso.search.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hdndso.search.Search;
import vn.hdndso.search.SearchRequest;
import vn.hdndso.search.SearchResults;
import vn.hdndso.shared.InvalidInputException;

/** {@code GET /api/v1/search}: public items without login; an account's own council's private items too. */
@RestController
@Tag(name = "Search")
class SearchApiController {

    private final SearchViewers viewers;

    static final Set<String> PARAMETERS = Set.of("q", "council", "type", "year", "field", "page", "size", "lang");

    private final Search search;

    SearchApiController(Search search, SearchViewers viewers) {
        this.viewers = viewers;
        this.search = search;
    }

    /** One result (API.md "Search"), with the date, field and visibility as extras. */
    record Item(
            String type,
            String id,
            String title,
            String council,
            String councilName,
            String url,
            String snippet,
            @Nullable LocalDate date,
            @Nullable String field,
            boolean isPublic) {}

    /**
     * A page of results; {@code total} is exact when {@code totalExact}; else more than
     * {@code total} (10,000) items match and the facets count the 1,000 best results.
     */
    record Response(
            List<Item> items,
            long total,
            boolean totalExact,
            long tookMs,
            int page,
            int size,
            SearchResults.Facets facets,
            @Nullable String didYouMean) {}

    @GetMapping("/api/v1/search")
    @Operation(
            summary = "Search documents (and later sessions, petitions) of every council",
            description = "Vietnamese with or without diacritics; words in double quotes must appear as a phrase."
                    + " Filters: council (slug), type, year, field. The snippet is HTML: escaped text with the"
                    + " matched words in <mark>. Public items only without login. Over 10,000 matches the"
                    + " ranking stops counting: totalExact is then false, more than total items match and the facets"
                    + " count the 1,000 best results (the ones that can be paged through).")
    Response search(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String council,
            @RequestParam(required = false) @Nullable String type,
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(required = false) @Nullable String field,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "10") int size,
            @RequestParam Map<String, String> all) {
        var unknown = new TreeSet<>(all.keySet());
        unknown.removeAll(PARAMETERS);
        if (!unknown.isEmpty()) {
            throw InvalidInputException.of(
                    unknown.first(),
                    "search.parameter.unknown",
                    unknown.first(),
                    String.join(", ", new TreeSet<>(PARAMETERS)));
        }
        SearchResults results =
                search.search(new SearchRequest(q, council, type, year, field, page, size), viewers.current());
        return new Response(
                results.items().stream()
                        .map(h -> new Item(
                                h.type(),
                                h.id(),
                                h.title(),
                                h.council(),
                                h.councilName(),
                                h.url(),
                                h.snippet(),
                                h.date(),
                                h.field(),
                                h.isPublic()))
                        .toList(),
                results.total(),
                results.totalExact(),
                results.tookMs(),
                results.page(),
                results.size(),
                results.facets(),
                results.didYouMean());
    }
}
