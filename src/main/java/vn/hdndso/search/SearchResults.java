package vn.hdndso.search;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of results.
 *
 * @param total all matching items the viewer may see; when not {@code totalExact}, more than this
 * @param facets counts per filter value among all matches: {@code type}, {@code council} (slug),
 *     {@code year}, {@code field}; most frequent first. When not {@code totalExact}, among the
 *     {@value SearchRequest#MAX_RESULTS} best results (the ones that can be paged through)
 * @param didYouMean a corrected query that finds something when some words found nothing
 * @param totalExact whether every match was counted: a ranked query stops counting after 10,000
 *     matches, so that the ranking can skip what cannot reach the top
 */
public record SearchResults(
        String query,
        List<Hit> items,
        long total,
        long tookMs,
        int page,
        int size,
        Facets facets,
        @Nullable String didYouMean,
        boolean totalExact) {

    public SearchResults {
        items = List.copyOf(items);
    }

    public int pages() {
        long reachable = Math.min(total, SearchRequest.MAX_RESULTS);
        return (int) Math.max(1, (reachable + size - 1) / size);
    }

    /**
     * A result. {@code snippet} and {@code titleHtml} are HTML: text escaped, the matched words
     * in {@code <mark>}.
     */
    public record Hit(
            String type,
            String id,
            String title,
            String titleHtml,
            String council,
            String councilName,
            String url,
            String snippet,
            @Nullable LocalDate date,
            @Nullable String field,
            boolean isPublic,
            float score) {}

    public record Facets(List<Count> type, List<Count> council, List<Count> year, List<Count> field) {
        public Facets {
            type = List.copyOf(type);
            council = List.copyOf(council);
            year = List.copyOf(year);
            field = List.copyOf(field);
        }

        public static Facets none() {
            return new Facets(List.of(), List.of(), List.of(), List.of());
        }
    }

    /** A filter value with the number of matching items; {@code label} is for people. */
    public record Count(String value, String label, long count) {}
}
