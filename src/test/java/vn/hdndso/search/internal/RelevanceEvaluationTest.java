package vn.hdndso.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apache.lucene.search.ScoreDoc;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import vn.hdndso.search.SearchItem;

/**
 * The relevance of the ranking on a known-item set built from real documents (136 resolutions and
 * decisions, 4,211 articles of the legal code): each query is a title or a sentence typed with or
 * without diacritics, with typos or with OCR damage, and must find its one document. Reports
 * MRR@10 and recall@10 per kind of query for the product and for a plain BM25 over syllables and
 * syllable pairs ({@link PlainBm25}) on the same items; the build fails when the product ranks
 * below that reference, with diacritics, without them, or over all queries, and below the floors
 * (docs/search.md, "Relevance").
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RelevanceEvaluationTest {

    /** Floors: the measurement of 2026-12-07 minus a margin (docs/search.md). */
    static final double MRR_FLOOR = 0.82;

    static final double RECALL_FLOOR = 0.93;

    private SearchIndex index;
    private PlainBm25 reference;
    private List<KnownItems.Query> queries;

    @BeforeAll
    void indexTheDocuments(@TempDir Path dir) {
        index = new SearchIndex(dir.resolve("index"));
        List<SearchItem> items = KnownItems.items();
        items.forEach(item -> index.putUncommitted(item, 1));
        index.commit();
        reference = new PlainBm25(items);
        queries = KnownItems.queries(items);
    }

    @AfterAll
    void close() {
        index.close();
    }

    /** Reciprocal rank and hit over some queries. */
    record Score(int queries, double reciprocalRanks, int found) {
        static final Score NONE = new Score(0, 0, 0);

        Score plus(int rank) {
            return new Score(queries + 1, reciprocalRanks + (rank > 0 ? 1.0 / rank : 0), found + (rank > 0 ? 1 : 0));
        }

        Score plus(Score other) {
            return new Score(queries + other.queries, reciprocalRanks + other.reciprocalRanks, found + other.found);
        }

        double mrr() {
            return queries == 0 ? 0 : reciprocalRanks / queries;
        }

        double recall() {
            return queries == 0 ? 0 : (double) found / queries;
        }
    }

    /** The scores of the product and of the reference over one group of queries. */
    record Pair(Score product, Score reference) {
        static final Pair NONE = new Pair(Score.NONE, Score.NONE);

        Pair plus(Pair other) {
            return new Pair(product.plus(other.product), reference.plus(other.reference));
        }

        String line(String name) {
            return String.format(
                    "  %-15s %4d  MRR@10 %.3f / %.3f  recall@10 %.3f / %.3f%n",
                    name, product.queries(), product.mrr(), reference.mrr(), product.recall(), reference.recall());
        }
    }

    @Test
    void findsTheKnownItemsAtLeastAsWellAsPlainBm25() {
        Map<String, Pair> byKind = new TreeMap<>();
        for (KnownItems.Query query : queries) {
            var one = new Pair(
                    Score.NONE.plus(rank(query, this::productTop10)), Score.NONE.plus(rank(query, reference::top10)));
            byKind.merge(query.kind(), one, Pair::plus);
        }
        Pair marks = sum(byKind, kind -> kind.endsWith("-marks"));
        Pair noMarks = sum(byKind, kind -> !kind.endsWith("-marks"));
        Pair all = marks.plus(noMarks);
        var report = new StringBuilder("Relevance on the known-item set ("
                + index.count()
                + " items), product / plain BM25:\n"
                + String.format("  %-15s %4s%n", "queries", "n"));
        byKind.forEach((kind, pair) -> report.append(pair.line(kind)));
        report.append(marks.line("with marks"));
        report.append(noMarks.line("without marks"));
        report.append(all.line("all"));
        System.out.println(report);

        assertThat(all.product().queries()).isGreaterThan(400);
        for (Pair group : List.of(marks, noMarks, all)) {
            assertThat(group.product().mrr())
                    .as(report.toString())
                    .isGreaterThanOrEqualTo(group.reference().mrr());
            assertThat(group.product().recall())
                    .as(report.toString())
                    .isGreaterThanOrEqualTo(group.reference().recall());
        }
        assertThat(all.product().mrr()).as(report.toString()).isGreaterThanOrEqualTo(MRR_FLOOR);
        assertThat(all.product().recall()).as(report.toString()).isGreaterThanOrEqualTo(RECALL_FLOOR);
    }

    private static Pair sum(Map<String, Pair> byKind, Predicate<String> kinds) {
        return byKind.entrySet().stream()
                .filter(e -> kinds.test(e.getKey()))
                .map(Map.Entry::getValue)
                .reduce(Pair.NONE, Pair::plus);
    }

    /** The rank (1-10) of the query's target, 0 when it is not in the first ten. */
    private static int rank(KnownItems.Query query, Function<String, List<String>> top10) {
        return top10.apply(query.text()).indexOf(query.target()) + 1;
    }

    /** The product's ten best: the query plan of the search, ranked as the search ranks. */
    private List<String> productTop10(String text) {
        return index.read(searcher -> {
            try {
                var plan = QueryPlanner.plan(ParsedQuery.of(text), QueryPlanner.knownIn(searcher));
                var keys = new ArrayList<String>();
                for (ScoreDoc doc : searcher.search(plan, 10).scoreDocs) {
                    keys.add(searcher.storedFields().document(doc.doc).get(IndexFields.KEY));
                }
                return keys;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
