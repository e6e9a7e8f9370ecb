package vn.hdndso.petitions.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Multinomial naive Bayes over string features with Laplace smoothing. Learns from weighted
 * examples; predicts a ranked list of labels with posterior probabilities. Not thread-safe while
 * learning; safe to share for prediction once built.
 */
final class NaiveBayes {

    /** A label and how sure the model is (posterior probability, 0–1). */
    public record Scored(String label, double probability) {}

    private final double alpha;
    private final boolean uniformPrior;
    private final Map<String, Double> documents = new HashMap<>();
    private final Map<String, Double> totals = new HashMap<>();
    private final Map<String, Map<String, Double>> counts = new HashMap<>();
    private final Map<String, Boolean> vocabulary = new HashMap<>();
    private double allDocuments;

    public NaiveBayes(double alpha) {
        this(alpha, false);
    }

    /**
     * @param uniformPrior every label equally likely before the text is read (when the examples'
     *     counts say nothing about how often a label occurs, e.g. keyword lists)
     */
    public NaiveBayes(double alpha, boolean uniformPrior) {
        this.alpha = alpha;
        this.uniformPrior = uniformPrior;
    }

    public void learn(String label, List<String> features, double weight) {
        documents.merge(label, weight, Double::sum);
        allDocuments += weight;
        Map<String, Double> labelCounts = counts.computeIfAbsent(label, l -> new HashMap<>());
        for (String feature : features) {
            labelCounts.merge(feature, weight, Double::sum);
            totals.merge(label, weight, Double::sum);
            vocabulary.put(feature, Boolean.TRUE);
        }
    }

    public boolean knows(String feature) {
        return vocabulary.containsKey(feature);
    }

    public int labels() {
        return documents.size();
    }

    /** Labels ranked by posterior probability; empty before anything was learnt. */
    public List<Scored> predict(List<String> features) {
        return predict(features, 1.0);
    }

    /**
     * Labels ranked by posterior probability, the log-likelihoods divided by {@code temperature}
     * first: naive Bayes counts every feature as independent evidence and is overconfident on long
     * texts; a temperature above 1 gives probabilities that say how sure the ranking really is
     * (the ranking itself does not change).
     */
    public List<Scored> predict(List<String> features, double temperature) {
        if (documents.isEmpty()) {
            return List.of();
        }
        int v = vocabulary.size();
        Map<String, Double> logs = new HashMap<>();
        double max = Double.NEGATIVE_INFINITY;
        for (var entry : documents.entrySet()) {
            String label = entry.getKey();
            Map<String, Double> labelCounts = counts.getOrDefault(label, Map.of());
            double denominator = Math.log(totals.getOrDefault(label, 0.0) + alpha * v);
            double log = uniformPrior ? 0 : Math.log(entry.getValue() / allDocuments);
            for (String feature : features) {
                if (vocabulary.containsKey(feature)) {
                    log += Math.log(labelCounts.getOrDefault(feature, 0.0) + alpha) - denominator;
                }
            }
            logs.put(label, log);
            max = Math.max(max, log);
        }
        double sum = 0;
        for (double log : logs.values()) {
            sum += Math.exp((log - max) / temperature);
        }
        List<Scored> ranked = new ArrayList<>();
        for (var entry : logs.entrySet()) {
            ranked.add(new Scored(entry.getKey(), Math.exp((entry.getValue() - max) / temperature) / sum));
        }
        ranked.sort(Comparator.comparingDouble(Scored::probability).reversed());
        return ranked;
    }
}
