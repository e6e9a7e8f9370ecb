package vn.hdndso.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FilterScorable;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;

/**
 * The ranked top of a query and the facet counts of its matches in one pass that lets Lucene skip
 * (MAXSCORE/WAND): every match is counted (total and facets) until {@link #EXACT_LIMIT} matches
 * were seen; from there on the ranking only visits items that can still enter the top, so the
 * counts of the rest are unknown. Then the total says "more than {@link #EXACT_LIMIT}" and the
 * facet counts are those of the {@link #COUNTED_TOP} best results (the ones a visitor can page
 * through).
 */
final class RankedWithCounts {

    /** Matches counted exactly (total and facets) before the ranking starts to skip. */
    static final int EXACT_LIMIT = 10_000;

    /** Beyond {@link #EXACT_LIMIT} matches, the facets count the results ranked this high. */
    static final int COUNTED_TOP = vn.hdndso.search.SearchRequest.MAX_RESULTS;

    /**
     * The outcome.
     *
     * @param top the ranked top (at least as many as asked for)
     * @param total every match; when not {@code exact}, more than this many
     * @param exact whether the total and the facet counts cover every match
     */
    record Result(TopDocs top, long total, boolean exact, FacetCounts counts) {}

    private RankedWithCounts() {}

    static Result search(IndexSearcher searcher, Query query, int want) throws IOException {
        return search(searcher, query, want, EXACT_LIMIT, COUNTED_TOP);
    }

    /** As {@link #search(IndexSearcher, Query, int)} with other bounds (tests). */
    static Result search(IndexSearcher searcher, Query query, int want, int exactLimit, int countedTop)
            throws IOException {
        var ranking = new TopScoreDocCollectorManager(Math.max(want, countedTop), null, exactLimit);
        Collected collected = searcher.search(query, new Manager(ranking));
        TopDocs top = collected.top();
        if (collected.exact()) {
            return new Result(top, top.totalHits.value(), true, collected.counts());
        }
        // skipping starts only after more than exactLimit matches were counted
        ScoreDoc[] counted = Arrays.copyOf(top.scoreDocs, Math.min(countedTop, top.scoreDocs.length));
        return new Result(top, exactLimit, false, countOf(searcher, counted));
    }

    /** The facet counts of some items (by document id). */
    static FacetCounts countOf(IndexSearcher searcher, ScoreDoc[] docs) throws IOException {
        ScoreDoc[] byDoc = docs.clone();
        Arrays.sort(byDoc, Comparator.comparingInt(d -> d.doc));
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        var counter = new FacetCounts.Counter();
        int i = 0;
        while (i < byDoc.length) {
            LeafReaderContext context = leaves.get(ReaderUtil.subIndex(byDoc[i].doc, leaves));
            LeafCollector leaf = counter.getLeafCollector(context);
            int end = context.docBase + context.reader().maxDoc();
            for (; i < byDoc.length && byDoc[i].doc < end; i++) {
                leaf.collect(byDoc[i].doc - context.docBase);
            }
            leaf.finish();
        }
        return counter.counts;
    }

    private record Collected(TopDocs top, boolean exact, FacetCounts counts) {}

    private static final class Manager implements CollectorManager<Pass, Collected> {
        private final TopScoreDocCollectorManager ranking;

        Manager(TopScoreDocCollectorManager ranking) {
            this.ranking = ranking;
        }

        @Override
        public Pass newCollector() throws IOException {
            return new Pass(ranking.newCollector());
        }

        @Override
        public Collected reduce(Collection<Pass> passes) throws IOException {
            var tops = new ArrayList<TopScoreDocCollector>();
            var counts = new ArrayList<FacetCounts.Counter>();
            boolean exact = true;
            for (Pass p : passes) {
                tops.add(p.ranking);
                counts.add(p.counter);
                exact &= !p.skipping;
            }
            TopDocs top = ranking.reduce(tops);
            exact &= top.totalHits.relation() == TotalHits.Relation.EQUAL_TO;
            return new Collected(top, exact, FacetCounts.manager().reduce(counts));
        }
    }

    /** Ranks and counts; stops counting once the ranking starts to skip. */
    private static final class Pass implements Collector {
        final TopScoreDocCollector ranking;
        final FacetCounts.Counter counter = new FacetCounts.Counter();
        boolean skipping;

        Pass(TopScoreDocCollector ranking) {
            this.ranking = ranking;
        }

        @Override
        public ScoreMode scoreMode() {
            return ranking.scoreMode();
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            LeafCollector ranked = ranking.getLeafCollector(context);
            LeafCollector counted = counter.getLeafCollector(context);
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) throws IOException {
                    ranked.setScorer(new FilterScorable(scorer) {
                        @Override
                        public void setMinCompetitiveScore(float minScore) throws IOException {
                            if (minScore > 0) {
                                skipping = true;
                            }
                            in.setMinCompetitiveScore(minScore);
                        }
                    });
                }

                @Override
                public void collect(int doc) throws IOException {
                    if (!skipping) {
                        counted.collect(doc);
                    }
                    ranked.collect(doc);
                }

                @Override
                public void finish() throws IOException {
                    counted.finish();
                    ranked.finish();
                }
            };
        }
    }
}
