package vn.hdndso.search.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The Vietnamese analysis chain of the index. Words are cut by Unicode word boundaries (UAX #29,
 * which keeps a word's combining marks with it), then each field keeps one form:
 *
 * <ul>
 *   <li>{@code *_e} exact: marks kept, tone placement unified ("hoà" = "hòa"), lower case;
 *   <li>{@code *_f} folded: no marks, đ → d ("Nghi quyét" finds "Nghị quyết");
 *   <li>{@code *_s} folded syllable pairs ("ke hoach", "hoach chuyen"), so that words of more
 *       than one syllable and phrases rank above scattered syllables;
 *   <li>{@code *_x} exact syllable pairs ("kê1 hoach5"), so that a phrase typed with its marks
 *       ranks the items spelling it so first.
 * </ul>
 *
 * Stop words (a conservative list of function words, {@code search/stopwords-vi.txt}) stay in the
 * index so that pairs and phrases keep them; the query leaves them out of its single-word clauses.
 */
final class VietnameseAnalysis {

    public static final String EXACT = "_e";
    public static final String FOLDED = "_f";
    public static final String PAIRS = "_s";
    public static final String EXACT_PAIRS = "_x";

    private static final Set<String> STOP_WORDS = loadStopWords();

    private VietnameseAnalysis() {}

    /** The analyzer for every field: chosen by the field's suffix. */
    public static Analyzer perField() {
        Analyzer exact = new FormAnalyzer(VietnameseFormFilter.Form.EXACT, false);
        Analyzer folded = new FormAnalyzer(VietnameseFormFilter.Form.FOLDED, false);
        Analyzer pairs = new FormAnalyzer(VietnameseFormFilter.Form.FOLDED, true);
        Analyzer exactPairs = new FormAnalyzer(VietnameseFormFilter.Form.EXACT, true);
        Analyzer keyword = new StandardAnalyzer();
        Map<String, Analyzer> bySuffix = Map.of(EXACT, exact, FOLDED, folded, PAIRS, pairs, EXACT_PAIRS, exactPairs);
        return new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
            @Override
            protected Analyzer getWrappedAnalyzer(String fieldName) {
                int cut = fieldName.lastIndexOf('_');
                Analyzer chosen = cut < 0 ? null : bySuffix.get(fieldName.substring(cut));
                return chosen == null ? keyword : chosen;
            }
        };
    }

    /** Folded stop words ("cua", "va", "cac", ...). */
    public static boolean isStopWord(String foldedWord) {
        return STOP_WORDS.contains(foldedWord);
    }

    /** A word of a text with its position in the text (for highlighting). */
    public record Word(String text, String folded, int start, int end) {}

    /** The words of a text in order, each with its folded form and offsets. */
    public static List<Word> words(String text) {
        var words = new ArrayList<Word>();
        try (Tokenizer tokenizer = new StandardTokenizer()) {
            tokenizer.setReader(new java.io.StringReader(text));
            CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = tokenizer.addAttribute(OffsetAttribute.class);
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                words.add(new Word(
                        term.toString(), VietnameseText.folded(term), offset.startOffset(), offset.endOffset()));
            }
            tokenizer.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    /** The tokens an analyzer makes of a text for a field. */
    public static List<String> tokens(Analyzer analyzer, String field, String text) {
        var tokens = new ArrayList<String>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    private static Set<String> loadStopWords() {
        try (InputStream in = VietnameseAnalysis.class.getResourceAsStream("/search/stopwords-vi.txt")) {
            if (in == null) {
                throw new IllegalStateException("search/stopwords-vi.txt missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(VietnameseText::folded)
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class FormAnalyzer extends Analyzer {
        private final VietnameseFormFilter.Form form;
        private final boolean pairs;

        FormAnalyzer(VietnameseFormFilter.Form form, boolean pairs) {
            this.form = form;
            this.pairs = pairs;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            var tokenizer = new StandardTokenizer();
            tokenizer.setMaxTokenLength(64);
            TokenStream stream = new VietnameseFormFilter(tokenizer, form);
            if (pairs) {
                var shingles = new ShingleFilter(stream, 2, 2);
                shingles.setOutputUnigrams(false);
                stream = shingles;
            }
            return new TokenStreamComponents(tokenizer, stream);
        }
    }
}
