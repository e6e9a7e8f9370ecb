package vn.hdndso.plans.internal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Weighted phrases (folded words) that point to one meaning, and how strongly a text carries them.
 *
 * @param <K> what the cues point to
 */
final class Cues<K> {

    private final Map<K, List<Cue>> byKey;

    private Cues(Map<K, List<Cue>> byKey) {
        this.byKey = byKey;
    }

    record Cue(List<String> words, double weight) {}

    static <K> Builder<K> builder() {
        return new Builder<>();
    }

    /** Each key's score for the text: the sum of its cues' weights, each times how much of it the text holds. */
    Map<K, Double> scores(Skeleton text) {
        var scores = new LinkedHashMap<K, Double>();
        byKey.forEach((key, cues) -> {
            double score = 0;
            for (Cue cue : cues) {
                score += cue.weight() * text.holds(cue.words());
            }
            scores.put(key, score);
        });
        return scores;
    }

    static final class Builder<K> {
        private final Map<K, List<Cue>> byKey = new LinkedHashMap<>();

        /** Cues for a key, as alternating phrase and weight: {@code "chu ky so", 3.0, "van ban", 1.0}. */
        Builder<K> cue(K key, Object... phrasesAndWeights) {
            var cues = new java.util.ArrayList<Cue>();
            for (int i = 0; i < phrasesAndWeights.length; i += 2) {
                String phrase = (String) phrasesAndWeights[i];
                double weight = ((Number) phrasesAndWeights[i + 1]).doubleValue();
                cues.add(new Cue(Arrays.asList(phrase.split(" ")), weight));
            }
            byKey.put(key, List.copyOf(cues));
            return this;
        }

        Cues<K> build() {
            return new Cues<>(Map.copyOf(byKey));
        }
    }
}
