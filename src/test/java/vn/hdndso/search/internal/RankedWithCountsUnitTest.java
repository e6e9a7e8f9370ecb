package vn.hdndso.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hdndso.search.SearchItem;

/**
 * The one pass that ranks with skipping and counts: the top is the same as scoring every match;
 * the counts are exact up to the limit, and beyond it are those of the best results.
 */
class RankedWithCountsUnitTest {

    private static final String[] TYPES = {"document", "session", "petition"};

    private SearchIndex index;

    @BeforeEach
    void index(@TempDir Path dir) {
        index = new SearchIndex(dir);
        for (int i = 0; i < 600; i++) {
            // every item says "kế hoạch"; one in three "chuyển đổi số", one in five twice
            String text = "Kế hoạch năm " + (2000 + i % 25)
                    + (i % 3 == 0 ? " về chuyển đổi số" : " về giao thông nông thôn")
                    + (i % 5 == 0 ? "; chuyển đổi số là nhiệm vụ trọng tâm." : ".");
            index.putUncommitted(
                    new SearchItem(
                            TYPES[i % TYPES.length],
                            "i" + i,
                            KnownItems.COUNCIL,
                            "Kế hoạch số " + i,
                            text,
                            LocalDate.of(2010 + i % 7, 1, 1),
                            i % 2 == 0 ? "Giao thông" : "Ngân sách",
                            true,
                            Set.of(),
                            "/" + i),
                    1);
        }
        index.commit();
    }

    @AfterEach
    void close() {
        index.close();
    }

    @Test
    void underTheLimitEveryMatchIsCountedAndTheTopIsTheFullRanking() {
        Query query = query("chuyển đổi số");
        read(searcher -> {
            var ranked = RankedWithCounts.search(searcher, query, 10, 1000, 50);
            TopDocs full = searcher.search(query, new TopScoreDocCollectorManager(600, null, Integer.MAX_VALUE));
            assertThat(ranked.exact()).isTrue();
            assertThat(ranked.total()).isEqualTo(full.totalHits.value()).isEqualTo(600);
            assertThat(ranked.counts().type).containsEntry("document", 200L).containsEntry("petition", 200L);
            assertThat(ranked.counts().year).containsEntry(2010, 86L);
            assertThat(ranked.counts().field).containsEntry("Giao thông", 300L);
            assertThat(docs(ranked.top(), 10)).containsExactly(docs(full, 10));
        });
    }

    @Test
    void overTheLimitTheTopStaysTheSameAndTheCountsAreThoseOfTheBestResults() {
        Query query = query("chuyển đổi số");
        read(searcher -> {
            var ranked = RankedWithCounts.search(searcher, query, 10, 100, 150);
            TopDocs full = searcher.search(query, new TopScoreDocCollectorManager(600, null, Integer.MAX_VALUE));
            assertThat(ranked.exact()).isFalse();
            assertThat(ranked.total()).isEqualTo(100);
            // the 10 best, in the same order with the same scores, as when every match is scored
            assertThat(docs(ranked.top(), 10)).containsExactly(docs(full, 10));
            assertThat(scores(ranked.top(), 10))
                    .containsExactly(scores(full, 10), org.assertj.core.data.Offset.offset(1e-4f));
            // the counts are those of the 150 best
            var best = RankedWithCounts.countOf(searcher, Arrays.copyOf(full.scoreDocs, 150));
            assertThat(ranked.counts().type).isEqualTo(best.type);
            assertThat(ranked.counts().year).isEqualTo(best.year);
            assertThat(ranked.counts().type.values().stream()
                            .mapToLong(Long::longValue)
                            .sum())
                    .isEqualTo(150);
        });
    }

    @Test
    void aFirstMatchIsEnoughToKnowThatSomethingMatches() {
        read(searcher -> {
            assertThat(DidYouMean.anyMatch(searcher, query("giao thông"))).isTrue();
            assertThat(DidYouMean.anyMatch(searcher, new TermQuery(new Term(IndexFields.TEXT + "_f", "xyzzy"))))
                    .isFalse();
        });
    }

    private static Query query(String q) {
        Query scored = QueryPlanner.plan(ParsedQuery.of(q));
        return new BooleanQuery.Builder()
                .add(scored, Occur.MUST)
                .add(new TermQuery(new Term(IndexFields.AUDIENCE, SearchItem.PUBLIC)), Occur.FILTER)
                .build();
    }

    private static Integer[] docs(TopDocs top, int n) {
        return Arrays.stream(top.scoreDocs).limit(n).map(d -> d.doc).toArray(Integer[]::new);
    }

    private static float[] scores(TopDocs top, int n) {
        float[] scores = new float[Math.min(n, top.scoreDocs.length)];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = top.scoreDocs[i].score;
        }
        return scores;
    }

    private interface Check {
        void on(IndexSearcher searcher) throws IOException;
    }

    private void read(Check check) {
        index.read(searcher -> {
            try {
                check.on(searcher);
                return null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
