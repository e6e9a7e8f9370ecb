package vn.hdndso.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import vn.hdndso.search.SearchItem;
import vn.hdndso.search.SearchRequest;

/**
 * Where a query's time goes (benchmark code): each phase of the production path timed alone over
 * the same query mix, for an anonymous viewer.
 */
final class SearchBenchmarkPhases {

    private SearchBenchmarkPhases() {}

    static void report(SearchIndex index, List<SearchBenchmark.Bench> mix, Reporter out) {
        var times = new LinkedHashMap<String, long[]>();
        String[] phases = {
            "plan (words known?)",
            "rank top 10, every match scored and counted",
            "rank top 10, skipping (MAXSCORE)",
            "rank top 100, skipping",
            "rank top 1000, skipping",
            "facet counts of every match",
            "stored fields + snippets of 10",
        };
        for (String phase : phases) {
            times.put(phase, new long[mix.size()]);
        }
        var matches = new long[mix.size()];
        index.read(searcher -> {
            try {
                for (int i = 0; i < mix.size(); i++) {
                    SearchRequest request = mix.get(i).request();
                    ParsedQuery parsed = ParsedQuery.of(request.q() == null ? "" : request.q());
                    long t0 = System.nanoTime();
                    Query scored = QueryPlanner.plan(parsed, QueryPlanner.knownIn(searcher));
                    Query query = new BooleanQuery.Builder()
                            .add(scored, Occur.MUST)
                            .add(filter(request), Occur.FILTER)
                            .build();
                    long t1 = System.nanoTime();
                    TopDocs all = searcher.search(query, new TopScoreDocCollectorManager(10, null, Integer.MAX_VALUE));
                    long t2 = System.nanoTime();
                    TopDocs top = searcher.search(query, new TopScoreDocCollectorManager(10, null, 10));
                    long t3 = System.nanoTime();
                    searcher.search(query, new TopScoreDocCollectorManager(100, null, 100));
                    long t3b = System.nanoTime();
                    searcher.search(query, new TopScoreDocCollectorManager(1000, null, 1000));
                    long t3c = System.nanoTime();
                    searcher.search(query, FacetCounts.manager());
                    long t4 = System.nanoTime();
                    List<String> marked = QueryPlanner.markedWords(parsed);
                    for (ScoreDoc doc : top.scoreDocs) {
                        var stored = searcher.storedFields().document(doc.doc);
                        Snippets.mark(stored.get(IndexFields.TITLE), marked);
                        Snippets.snippet(stored.get(IndexFields.TEXT), marked);
                    }
                    long t5 = System.nanoTime();
                    times.get(phases[0])[i] = t1 - t0;
                    times.get(phases[1])[i] = t2 - t1;
                    times.get(phases[2])[i] = t3 - t2;
                    times.get(phases[3])[i] = t3b - t3;
                    times.get(phases[4])[i] = t3c - t3b;
                    times.get(phases[5])[i] = t4 - t3c;
                    times.get(phases[6])[i] = t5 - t4;
                    matches[i] = all.totalHits.relation() == TotalHits.Relation.EQUAL_TO ? all.totalHits.value() : -1;
                }
                return null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        for (Map.Entry<String, long[]> e : times.entrySet()) {
            out.accept("phase %-45s %s", e.getKey(), SearchBenchmark.percentiles(e.getValue()));
        }
        long[] sorted = matches.clone();
        Arrays.sort(sorted);
        out.accept(
                "matches per query (visible, filtered): p50 %d  p95 %d  max %d",
                sorted[sorted.length / 2], sorted[(int) (sorted.length * 0.95)], sorted[sorted.length - 1]);
    }

    private static Query filter(SearchRequest request) {
        var filter = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(IndexFields.AUDIENCE, SearchItem.PUBLIC)), Occur.FILTER);
        if (request.type() != null) {
            filter.add(new TermQuery(new Term(IndexFields.TYPE, request.type())), Occur.FILTER);
        }
        if (request.year() != null) {
            filter.add(IntPoint.newExactQuery(IndexFields.YEAR, request.year()), Occur.FILTER);
        }
        return filter.build();
    }

    interface Reporter {
        void accept(String format, Object... args);
    }
}
