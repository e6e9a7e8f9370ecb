package vn.hdndso.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import vn.hdndso.search.SearchItem;

/**
 * The relevance of the ranking on a known-item set built from real documents (136 resolutions and
 * decisions, 4,211 articles of the legal code): each query is a title or a sentence typed without
 * diacritics, with typos or with OCR damage, and must find its one document. Reports MRR@10 and
 * recall@10 per kind of query; the build fails below the floors set from the first honest
 * measurement (docs/search.md, "Relevance").
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RelevanceEvaluationTest {

    /** Floors: the first measurement (2026-11-25: MRR@10 0.674, recall@10 0.867 over 806 queries) minus a margin. */
    static final double MRR_FLOOR = 0.64;

    static final double RECALL_FLOOR = 0.84;

    private SearchIndex index;
    private List<KnownItems.Query> queries;

    @BeforeAll
    void indexTheDocuments(@TempDir Path dir) {
        index = new SearchIndex(dir.resolve("index"));
        List<SearchItem> items = KnownItems.items();
        items.forEach(item -> index.putUncommitted(item, 1));
        index.commit();
        queries = KnownItems.queries(items);
    }

    @AfterAll
    void close() {
        index.close();
    }

    /** Reciprocal rank and hit per kind of query. */
    record Score(int queries, double reciprocalRanks, int found) {
        Score plus(int rank) {
            return new Score(queries + 1, reciprocalRanks + (rank > 0 ? 1.0 / rank : 0), found + (rank > 0 ? 1 : 0));
        }

        double mrr() {
            return reciprocalRanks / queries;
        }

        double recall() {
            return (double) found / queries;
        }
    }

    @Test
    void findsTheKnownItemsNearTheTop() {
        Map<String, Score> byKind = new TreeMap<>();
        Score all = new Score(0, 0, 0);
        for (KnownItems.Query query : queries) {
            int rank = rank(query);
            byKind.merge(
                    query.kind(),
                    new Score(0, 0, 0).plus(rank),
                    (a, b) -> new Score(
                            a.queries() + b.queries(),
                            a.reciprocalRanks() + b.reciprocalRanks(),
                            a.found() + b.found()));
            all = all.plus(rank);
        }
        var report = new StringBuilder("Relevance on the known-item set (" + index.count() + " items):\n");
        byKind.forEach((kind, s) -> report.append(String.format(
                "  %-15s %4d queries  MRR@10 %.3f  recall@10 %.3f%n", kind, s.queries(), s.mrr(), s.recall())));
        report.append(String.format(
                "  %-15s %4d queries  MRR@10 %.3f  recall@10 %.3f", "all", all.queries(), all.mrr(), all.recall()));
        System.out.println(report);

        assertThat(all.queries()).isGreaterThan(400);
        assertThat(all.mrr()).as(report.toString()).isGreaterThanOrEqualTo(MRR_FLOOR);
        assertThat(all.recall()).as(report.toString()).isGreaterThanOrEqualTo(RECALL_FLOOR);
    }

    /** The rank (1-10) of the query's target, 0 when it is not in the first ten. */
    private int rank(KnownItems.Query query) {
        return index.read(searcher -> {
            try {
                var plan = QueryPlanner.plan(ParsedQuery.of(query.text()), QueryPlanner.knownIn(searcher));
                TopDocs top = searcher.search(plan, 10);
                ScoreDoc[] docs = top.scoreDocs;
                for (int i = 0; i < docs.length; i++) {
                    if (query.target()
                            .equals(searcher.storedFields()
                                    .document(docs[i].doc)
                                    .get(IndexFields.KEY))) {
                        return i + 1;
                    }
                }
                return 0;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
