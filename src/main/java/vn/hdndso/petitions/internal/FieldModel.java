package vn.hdndso.petitions.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.hdndso.petitions.CompetentLevel;
import vn.hdndso.shared.VnText;

/**
 * The classifier of one council: a multinomial naive Bayes over the features of {@link
 * TextFeatures}, started from the field vocabulary ({@link FieldVocabulary}: each phrase a small
 * training example) and the keyword rules of the field tree, and taught by every petition a clerk
 * confirmed, a corrected suggestion counting more than a confirmed one. Words every petition uses
 * are left out. The competent level comes from keyword rules, then from what the clerks confirmed.
 * Complaints and denunciations are recognised by their words. A suggestion whose probability is
 * under the review threshold is shown to the clerk as one to check.
 */
final class FieldModel {

    /** What the model suggests for a text; {@code score} is the posterior probability of the field. */
    public record Suggestion(String field, CompetentLevel level, double score, boolean complaint) {}

    /** The total weight of one field's vocabulary, as if it were that many confirmed petitions. */
    static final double VOCABULARY_MASS = 100.0;

    /**
     * Under this posterior probability a suggestion is flagged for the clerk's review (see {@code
     * Petition.needsReview()}, which keeps the same number).
     */
    static final double REVIEW_BELOW = vn.hdndso.petitions.Petition.REVIEW_BELOW;

    /** How much more a clerk's correction of a suggestion teaches than a plain confirmation. */
    static final double CORRECTION_WEIGHT = 3.0;

    /**
     * The temperature of the field probabilities (see {@link NaiveBayes#predict(List, double)}),
     * chosen on the tuning part of the real petitions so that about half the wrong suggestions
     * fall under {@link #REVIEW_BELOW} while few right ones do.
     */
    static final double TEMPERATURE = 4.0;

    private final PetitionsProperties properties;
    private final Set<String> generic;
    private final NaiveBayes fields = new NaiveBayes(0.1, true);
    private final NaiveBayes levels = new NaiveBayes(0.5);
    private int learnt;

    public FieldModel(PetitionsProperties properties) {
        this(properties, FieldVocabulary.standard());
    }

    FieldModel(PetitionsProperties properties, FieldVocabulary vocabulary) {
        this.properties = properties;
        this.generic = vocabulary.generic();
        for (PetitionsProperties.Field field : properties.fields()) {
            List<String> phrases = new ArrayList<>(field.keywordList());
            phrases.addAll(vocabulary.phrases().getOrDefault(field.code(), List.of()));
            List<List<String>> examples = phrases.stream()
                    .map(phrase -> TextFeatures.classifierFeatures(phrase, generic))
                    .filter(features -> !features.isEmpty())
                    .toList();
            // every field's vocabulary weighs the same in total, so that a field with few phrases
            // is not favoured by every word it does not know (its smaller denominator)
            for (List<String> features : examples) {
                fields.learn(field.code(), features, VOCABULARY_MASS / examples.size());
            }
        }
    }

    /** Learns from a petition whose field and level a clerk confirmed. */
    public void learn(String text, String field, CompetentLevel level) {
        learn(text, field, level, false);
    }

    /** Learns from a confirmed petition; a corrected suggestion counts {@link #CORRECTION_WEIGHT} times. */
    public void learn(String text, String field, CompetentLevel level, boolean corrected) {
        List<String> features = TextFeatures.classifierFeatures(text, generic);
        fields.learn(field, features, corrected ? CORRECTION_WEIGHT : 1.0);
        levels.learn(level.name(), features, 1.0);
        learnt++;
    }

    public int learnt() {
        return learnt;
    }

    public Suggestion suggest(String text) {
        List<String> features = TextFeatures.classifierFeatures(text, generic);
        boolean complaint = mentions(text, properties.complaintKeywordList());
        String field = PetitionsProperties.OTHER_FIELD;
        double score = 0;
        if (features.stream().anyMatch(fields::knows)) {
            List<NaiveBayes.Scored> ranked = fields.predict(features, TEMPERATURE);
            if (!ranked.isEmpty()) {
                field = ranked.get(0).label();
                score = ranked.get(0).probability();
            }
        }
        return new Suggestion(field, level(text, features), score, complaint);
    }

    private CompetentLevel level(String text, List<String> features) {
        if (mentions(text, properties.centralKeywordList())) {
            return CompetentLevel.CENTRAL;
        }
        if (mentions(text, properties.cityKeywordList())) {
            return CompetentLevel.CITY;
        }
        if (levels.labels() > 1 && learnt >= 20) {
            List<NaiveBayes.Scored> ranked = levels.predict(features);
            if (!ranked.isEmpty() && ranked.get(0).probability() > 0.8) {
                return CompetentLevel.valueOf(ranked.get(0).label());
            }
        }
        return CompetentLevel.COMMUNE;
    }

    /**
     * Whether the text contains one of the phrases as whole syllables: with diacritics when the
     * text has them ("bộ" is not "bờ"), folded when it was typed without.
     */
    static boolean mentions(String text, List<String> phrases) {
        String joined = String.join(" ", TextFeatures.syllables(text));
        String foldedJoined = VnText.fold(joined);
        boolean plain = foldedJoined.equals(joined);
        String lower = " " + joined + " ";
        String folded = " " + foldedJoined + " ";
        for (String phrase : phrases) {
            String p = String.join(" ", TextFeatures.syllables(phrase));
            if (p.isBlank()) {
                continue;
            }
            if (plain ? folded.contains(" " + VnText.fold(p) + " ") : lower.contains(" " + p + " ")) {
                return true;
            }
        }
        return false;
    }
}
