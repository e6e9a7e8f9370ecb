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
 * Turns a parsed query into a Lucene query ranked by BM25:
 *
 * <ul>
 *   <li>each word (stop words aside) matches its folded form in title and text, plus its exact
 *       form when typed with marks (so "hòa" ranks "hoà" above "hoa"), plus, for words of five
 *       letters or more that the index does not know, one edit away at a low weight (OCR damage
 *       and typos, without flooding results or slowing every query down);
 *   <li>most words must match: all of one or two, all but one of three or four, 70 % of more;
 *   <li>each pair of neighbouring words adds the pair's score (title ×3, text ×1.5), so a phrase
 *       or a word of two syllables ("hội đồng") ranks above the same syllables scattered;
 *   <li>words in quotes must appear as that phrase (folded), in the title or the text.
 * </ul>
 */
final class QueryPlanner {

    static final float TITLE = 2.0f;
    static final float TEXT = 1.0f;
    static final float EXACT = 0.75f;
    static final float FUZZY = 0.25f;
    static final float PAIR_TITLE = 3.0f;
    static final float PAIR_TEXT = 1.5f;
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
        var query = new BooleanQuery.Builder();
        List<String> core = parsed.loose().stream()
                .filter(w -> !VietnameseAnalysis.isStopWord(VietnameseText.folded(w)))
                .toList();
        if (core.isEmpty() && parsed.phrases().isEmpty()) {
            core = parsed.loose();
        }
        if (!core.isEmpty()) {
            var words = new BooleanQuery.Builder();
            for (String word : core) {
                words.add(word(word, known), Occur.SHOULD);
            }
            words.setMinimumNumberShouldMatch(mustMatch(core.size()));
            query.add(words.build(), Occur.MUST);
        }
        for (List<String> phrase : parsed.phrases()) {
            query.add(phrase(phrase), Occur.MUST);
        }
        List<String> all = parsed.words();
        for (int i = 0; i + 1 < all.size(); i++) {
            String pair = VietnameseText.folded(all.get(i)) + " " + VietnameseText.folded(all.get(i + 1));
            query.add(
                    boost(new TermQuery(new Term(IndexFields.TITLE + VietnameseAnalysis.PAIRS, pair)), PAIR_TITLE),
                    Occur.SHOULD);
            query.add(
                    boost(new TermQuery(new Term(IndexFields.TEXT + VietnameseAnalysis.PAIRS, pair)), PAIR_TEXT),
                    Occur.SHOULD);
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

    static int mustMatch(int words) {
        if (words <= 2) {
            return words;
        }
        if (words <= 4) {
            return words - 1;
        }
        return (int) Math.ceil(words * 0.7);
    }

    private static Query word(String word, java.util.function.Predicate<String> known) {
        String folded = VietnameseText.folded(word);
        var any = new BooleanQuery.Builder();
        any.add(
                boost(new TermQuery(new Term(IndexFields.TITLE + VietnameseAnalysis.FOLDED, folded)), TITLE),
                Occur.SHOULD);
        any.add(
                boost(new TermQuery(new Term(IndexFields.TEXT + VietnameseAnalysis.FOLDED, folded)), TEXT),
                Occur.SHOULD);
        if (VietnameseText.hasMarks(word)) {
            String exact = VietnameseText.exact(word);
            any.add(
                    boost(new TermQuery(new Term(IndexFields.TITLE + VietnameseAnalysis.EXACT, exact)), TITLE * EXACT),
                    Occur.SHOULD);
            any.add(
                    boost(new TermQuery(new Term(IndexFields.TEXT + VietnameseAnalysis.EXACT, exact)), TEXT * EXACT),
                    Occur.SHOULD);
        }
        if (folded.length() >= FUZZY_MIN_LENGTH
                && !folded.chars().allMatch(Character::isDigit)
                && !known.test(folded)) {
            any.add(boost(fuzzy(IndexFields.TITLE + VietnameseAnalysis.FOLDED, folded), TITLE * FUZZY), Occur.SHOULD);
            any.add(boost(fuzzy(IndexFields.TEXT + VietnameseAnalysis.FOLDED, folded), TEXT * FUZZY), Occur.SHOULD);
        }
        return any.build();
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
