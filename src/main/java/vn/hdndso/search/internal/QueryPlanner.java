package vn.hdndso.search.internal;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns a parsed query into a Lucene query ranked by BM25: one flat disjunction of term clauses
 * (no minimum match), which Lucene's MAXSCORE/WAND scoring can skip through, and which finds an
 * item even when OCR damage or typos spoil many of the query's words:
 *
 * <ul>
 *   <li>each word (stop words included: they carry weight in the pairs and cost little) matches
 *       its folded form in title and text, plus its exact form when typed with marks (so "hòa"
 *       ranks "hoà" above "hoa"), plus, for words of five letters or more that the index does not
 *       know, one edit away at a low weight (OCR damage and typos, without flooding results or
 *       slowing every query down);
 *   <li>each pair of neighbouring words adds the pair's score (folded), and when typed with marks
 *       the exact pair, so a phrase or a word of two syllables ("hội đồng") ranks above the same
 *       syllables scattered;
 *   <li>words in quotes must appear as that phrase (folded), in the title or the text.
 * </ul>
 *
 * The weights were set on the known-item set (RelevanceEvaluationTest): the pairs in the text say
 * most, a title match a little more than a text match of the same word, and the item must rank at
 * least as well as a plain BM25 over syllables and syllable pairs (docs/search.md, "Ranking").
 */
final class QueryPlanner {

    static final float TITLE = 0.3f;
    static final float TEXT = 0.5f;
    static final float EXACT = 2.0f;
    static final float FUZZY = 0.25f;
    static final float PAIR_TITLE = 1.0f;
    static final float PAIR_TEXT = 5.0f;
    static final float EXACT_PAIR = 2.0f;
    static final int FUZZY_MIN_LENGTH = 5;

    private QueryPlanner() {}

    /** The scored part of the query, with fuzzy matching for every long word (tests). */
    public static Query plan(ParsedQuery parsed) {
        return plan(parsed, word -> false);
    }

    /**
     * The scored part of the query; all items for an empty query.
     *
     * @param known whether the index holds a folded word (such words get no fuzzy variants)
     */
    public static Query plan(ParsedQuery parsed, java.util.function.Predicate<String> known) {
        if (parsed.isEmpty()) {
            return new MatchAllDocsQuery();
        }
        var words = new BooleanQuery.Builder();
        for (String word : parsed.loose()) {
            word(words, word, known);
        }
        List<String> all = parsed.words();
        for (int i = 0; i + 1 < all.size(); i++) {
            pair(words, all.get(i), all.get(i + 1));
        }
        BooleanQuery scored = words.build();
        if (parsed.phrases().isEmpty()) {
            return scored;
        }
        var query = new BooleanQuery.Builder();
        for (List<String> phrase : parsed.phrases()) {
            query.add(phrase(phrase), Occur.MUST);
        }
        if (!scored.clauses().isEmpty()) {
            query.add(scored, Occur.SHOULD);
        }
        return query.build();
    }

    /** Whether the index of a searcher holds a folded word (in a title or a text). */
    public static java.util.function.Predicate<String> knownIn(org.apache.lucene.search.IndexSearcher searcher) {
        var reader = searcher.getIndexReader();
        return folded -> {
            try {
                return reader.docFreq(new Term(IndexFields.TEXT + VietnameseAnalysis.FOLDED, folded)) > 0
                        || reader.docFreq(new Term(IndexFields.TITLE + VietnameseAnalysis.FOLDED, folded)) > 0;
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
    }

    private static void word(BooleanQuery.Builder any, String word, java.util.function.Predicate<String> known) {
        String folded = VietnameseText.folded(word);
        term(any, IndexFields.TITLE + VietnameseAnalysis.FOLDED, folded, TITLE);
        term(any, IndexFields.TEXT + VietnameseAnalysis.FOLDED, folded, TEXT);
        if (VietnameseText.hasMarks(word)) {
            String exact = VietnameseText.exact(word);
            term(any, IndexFields.TITLE + VietnameseAnalysis.EXACT, exact, TITLE * EXACT);
            term(any, IndexFields.TEXT + VietnameseAnalysis.EXACT, exact, TEXT * EXACT);
        }
        if (folded.length() >= FUZZY_MIN_LENGTH
                && !folded.chars().allMatch(Character::isDigit)
                && !known.test(folded)) {
            any.add(boost(fuzzy(IndexFields.TITLE + VietnameseAnalysis.FOLDED, folded), TITLE * FUZZY), Occur.SHOULD);
            any.add(boost(fuzzy(IndexFields.TEXT + VietnameseAnalysis.FOLDED, folded), TEXT * FUZZY), Occur.SHOULD);
        }
    }

    /** Two neighbouring words: their folded pair, and their exact pair when either has marks. */
    private static void pair(BooleanQuery.Builder any, String first, String second) {
        String folded = VietnameseText.folded(first) + " " + VietnameseText.folded(second);
        term(any, IndexFields.TITLE + VietnameseAnalysis.PAIRS, folded, PAIR_TITLE);
        term(any, IndexFields.TEXT + VietnameseAnalysis.PAIRS, folded, PAIR_TEXT);
        if (VietnameseText.hasMarks(first) || VietnameseText.hasMarks(second)) {
            String exact = VietnameseText.exact(first) + " " + VietnameseText.exact(second);
            term(any, IndexFields.TITLE + VietnameseAnalysis.EXACT_PAIRS, exact, PAIR_TITLE * EXACT_PAIR);
            term(any, IndexFields.TEXT + VietnameseAnalysis.EXACT_PAIRS, exact, PAIR_TEXT * EXACT_PAIR);
        }
    }

    private static void term(BooleanQuery.Builder any, String field, String term, float weight) {
        any.add(boost(new TermQuery(new Term(field, term)), weight), Occur.SHOULD);
    }

    private static Query fuzzy(String field, String folded) {
        return new FuzzyQuery(new Term(field, folded), 1, 1, 16, true);
    }

    private static Query phrase(List<String> words) {
        var any = new BooleanQuery.Builder();
        for (String field : new String[] {IndexFields.TITLE, IndexFields.TEXT}) {
            var folded = new PhraseQuery.Builder();
            var exact = new PhraseQuery.Builder();
            for (String word : words) {
                folded.add(new Term(field + VietnameseAnalysis.FOLDED, VietnameseText.folded(word)));
                exact.add(new Term(field + VietnameseAnalysis.EXACT, VietnameseText.exact(word)));
            }
            float weight = field.equals(IndexFields.TITLE) ? TITLE : TEXT;
            any.add(boost(folded.build(), weight), Occur.SHOULD);
            any.add(boost(exact.build(), weight * EXACT), Occur.SHOULD);
        }
        return any.build();
    }

    private static Query boost(Query query, float boost) {
        return boost == 1.0f ? query : new BoostQuery(query, boost);
    }

    /** The words whose matches a snippet marks: the query's words, folded, stop words aside. */
    public static List<String> markedWords(ParsedQuery parsed) {
        var marked = new ArrayList<String>();
        for (String word : parsed.words()) {
            String folded = VietnameseText.folded(word);
            if (!VietnameseAnalysis.isStopWord(folded) && !marked.contains(folded)) {
                marked.add(folded);
            }
        }
        return marked;
    }
}
