package vn.hdndso.search.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import vn.hdndso.search.SearchItem;

/**
 * The reference the ranking must beat: a plain BM25 (k1 1.2, b 0.75) over one bag of terms per
 * item (title and text), the terms being every syllable and every pair of neighbouring syllables,
 * each folded and exact. No fields, no boosts, no stop words, no fuzzy matching, no minimum match.
 */
final class PlainBm25 {

    private final List<String> keys = new ArrayList<>();
    private final List<Integer> lengths = new ArrayList<>();
    private final Map<String, int[]> postings = new HashMap<>(); // [size, doc, tf, doc, tf, ...]
    private double averageLength;

    PlainBm25(List<SearchItem> items) {
        for (SearchItem item : items) {
            Map<String, Integer> tf = new HashMap<>();
            List<String> terms = terms(item.title() + "\n" + item.text());
            terms.forEach(t -> tf.merge(t, 1, Integer::sum));
            int doc = keys.size();
            keys.add(item.key());
            lengths.add(terms.size());
            tf.forEach((term, n) -> {
                int[] p = postings.computeIfAbsent(term, t -> new int[] {0, 0, 0, 0, 0});
                if (p[0] + 3 > p.length) {
                    p = postings.compute(term, (t, old) -> Arrays.copyOf(old, old.length * 2 + 1));
                }
                p[++p[0]] = doc;
                p[++p[0]] = n;
            });
            averageLength += terms.size();
        }
        averageLength /= keys.size();
    }

    /** The keys of the ten best items for a query. */
    List<String> top10(String query) {
        double[] scores = new double[keys.size()];
        for (String term : new LinkedHashSet<>(terms(query))) {
            int[] p = postings.get(term);
            if (p == null) {
                continue;
            }
            int df = p[0] / 2;
            double idf = Math.log(1 + (keys.size() - df + 0.5) / (df + 0.5));
            for (int i = 1; i < p[0]; i += 2) {
                double norm = 1.2 * (0.25 + 0.75 * lengths.get(p[i]) / averageLength);
                scores[p[i]] += idf * p[i + 1] * 2.2 / (p[i + 1] + norm);
            }
        }
        var order = new ArrayList<Integer>();
        for (int d = 0; d < scores.length; d++) {
            if (scores[d] > 0) {
                order.add(d);
            }
        }
        order.sort((a, b) -> Double.compare(scores[b], scores[a]));
        return order.stream().limit(10).map(keys::get).toList();
    }

    /** Syllables and syllable pairs, folded ("f:") and exact ("e:"). */
    static List<String> terms(String text) {
        var terms = new ArrayList<String>();
        String previousFolded = null;
        String previousExact = null;
        for (VietnameseAnalysis.Word word : VietnameseAnalysis.words(text)) {
            String folded = word.folded();
            String exact = VietnameseText.exact(word.text());
            terms.add("f:" + folded);
            terms.add("e:" + exact);
            if (previousFolded != null) {
                terms.add("F:" + previousFolded + " " + folded);
                terms.add("E:" + previousExact + " " + exact);
            }
            previousFolded = folded;
            previousExact = exact;
        }
        return terms;
    }
}
