package vn.hdndso.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.jspecify.annotations.Nullable;

/**
 * "Có phải bạn muốn tìm": replaces words the index does not know by the closest word it does know
 * (folded), and offers the result only if it finds something the viewer may see, so that a
 * suggestion never reveals a word only a private item contains. Whether it finds something is
 * asked of the first match alone (no count of every match).
 */
final class DidYouMean {

    private DidYouMean() {}

    static @Nullable String suggest(IndexSearcher searcher, ParsedQuery parsed, Query visible) throws IOException {
        var known = QueryPlanner.knownIn(searcher);
        DirectSpellChecker spell = null;
        var corrected = new ArrayList<String>();
        boolean changed = false;
        for (String word : parsed.words()) {
            String folded = VietnameseText.folded(word);
            if (folded.length() < 3 || folded.chars().anyMatch(Character::isDigit) || known.test(folded)) {
                corrected.add(word);
                continue;
            }
            if (spell == null) {
                spell = new DirectSpellChecker();
                spell.setMinPrefix(1);
            }
            Term term = new Term(IndexFields.TEXT + VietnameseAnalysis.FOLDED, folded);
            SuggestWord[] suggestions =
                    spell.suggestSimilar(term, 1, searcher.getIndexReader(), SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
            if (suggestions.length == 0) {
                corrected.add(word);
            } else {
                corrected.add(suggestions[0].string);
                changed = true;
            }
        }
        if (!changed) {
            return null;
        }
        String suggestion = String.join(" ", corrected);
        Query check = new BooleanQuery.Builder()
                .add(QueryPlanner.plan(ParsedQuery.of(suggestion), known), Occur.MUST)
                .add(visible, Occur.FILTER)
                .build();
        return anyMatch(searcher, check) ? suggestion : null;
    }

    /** Whether a query matches anything: stops at the first match. */
    static boolean anyMatch(IndexSearcher searcher, Query query) throws IOException {
        return searcher.search(query, new CollectorManager<FirstMatch, Boolean>() {
            @Override
            public FirstMatch newCollector() {
                return new FirstMatch();
            }

            @Override
            public Boolean reduce(Collection<FirstMatch> collectors) {
                return collectors.stream().anyMatch(c -> c.found);
            }
        });
    }

    private static final class FirstMatch implements Collector {
        boolean found;

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) {
            if (found) {
                throw new CollectionTerminatedException();
            }
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {}

                @Override
                public void collect(int doc) {
                    found = true;
                    throw new CollectionTerminatedException();
                }
            };
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
