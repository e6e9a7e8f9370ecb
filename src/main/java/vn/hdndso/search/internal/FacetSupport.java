package vn.hdndso.search.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.CollectorManager;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.search.SearchResults;
import vn.hdndso.shared.CouncilId;

/** Facet counting for {@link vn.hdndso.search.Search}: the collector and the counts as results. */
final class FacetSupport {

    private FacetSupport() {}

    public static CollectorManager<?, ?> manager() {
        return FacetCounts.manager();
    }

    /** The counts collected by {@link #manager()}, most frequent first (years newest first). */
    public static SearchResults.Facets facets(Object collected, Councils councils) {
        FacetCounts counts = (FacetCounts) collected;
        List<SearchResults.Count> type = byCount(counts.type).stream()
                .map(e -> new SearchResults.Count(e.getKey(), e.getKey(), e.getValue()))
                .toList();
        List<SearchResults.Count> council = byCount(counts.council).stream()
                .map(e -> {
                    Council c = councils.findById(CouncilId.of(e.getKey())).orElse(null);
                    return new SearchResults.Count(
                            c == null ? e.getKey() : c.slug(), c == null ? e.getKey() : c.name(), e.getValue());
                })
                .toList();
        List<SearchResults.Count> field = byCount(counts.field).stream()
                .map(e -> new SearchResults.Count(e.getKey(), e.getKey(), e.getValue()))
                .toList();
        List<SearchResults.Count> year = counts.year.entrySet().stream()
                .sorted(Map.Entry.<Integer, Long>comparingByKey().reversed())
                .map(e -> new SearchResults.Count(String.valueOf(e.getKey()), String.valueOf(e.getKey()), e.getValue()))
                .toList();
        return new SearchResults.Facets(type, council, year, field);
    }

    private static List<Map.Entry<String, Long>> byCount(Map<String, Long> counts) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .toList();
    }
}
