package vn.hdndso.petitions.internal;

import java.util.List;
import vn.hdndso.petitions.CompetentLevel;
import vn.hdndso.shared.VnText;

/**
 * The classifier of one council: a multinomial naive Bayes over the features of {@link
 * TextFeatures}, started from the keyword rules of the field tree (each keyword a small training
 * example) and taught by every petition a clerk confirmed. The competent level comes from keyword
 * rules, then from what the clerks confirmed. Complaints and denunciations are recognised by
 * their words.
 */
final class FieldModel {

    /** What the model suggests for a text; {@code score} is the posterior probability of the field. */
    public record Suggestion(String field, CompetentLevel level, double score, boolean complaint) {}

    private static final double KEYWORD_WEIGHT = 2.0;

    private final PetitionsProperties properties;
    private final NaiveBayes fields = new NaiveBayes(0.1, true);
    private final NaiveBayes levels = new NaiveBayes(0.5);
    private int learnt;

    public FieldModel(PetitionsProperties properties) {
        this.properties = properties;
        for (PetitionsProperties.Field field : properties.fields()) {
            for (String keyword : field.keywordList()) {
                fields.learn(field.code(), TextFeatures.classifierFeatures(keyword), KEYWORD_WEIGHT);
            }
        }
    }

    /** Learns from a petition whose field and level a clerk confirmed. */
    public void learn(String text, String field, CompetentLevel level) {
        List<String> features = TextFeatures.classifierFeatures(text);
        fields.learn(field, features, 1.0);
        levels.learn(level.name(), features, 1.0);
        learnt++;
    }

    public int learnt() {
        return learnt;
    }

    public Suggestion suggest(String text) {
        List<String> features = TextFeatures.classifierFeatures(text);
        boolean complaint = mentions(text, properties.complaintKeywordList());
        String field = PetitionsProperties.OTHER_FIELD;
        double score = 0;
        if (features.stream().anyMatch(fields::knows)) {
            List<NaiveBayes.Scored> ranked = fields.predict(features);
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
