package vn.hdndso.petitions.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import vn.hdndso.petitions.CompetentLevel;
import vn.hdndso.shared.CouncilId;

/**
 * Each council's {@link FieldModel}, rebuilt from its confirmed petitions whenever their number
 * changed (so every confirmation teaches the next suggestion, a correction of the suggested field
 * three times as much). Call inside a transaction in the council's staff scope. Corrections are
 * learnt per council only: other councils' petitions are private texts their staff alone may
 * read (row-level security), so the city-wide knowledge is the shared field vocabulary.
 */
@Component
class PetitionClassifier {

    /** How many of the newest confirmed petitions a model learns from. */
    static final int MAX_EXAMPLES = 20_000;

    private record Cached(long confirmed, FieldModel model) {}

    private final PetitionsProperties properties;
    private final PetitionRepository petitions;
    private final Map<CouncilId, Cached> models = new ConcurrentHashMap<>();

    PetitionClassifier(PetitionsProperties properties, PetitionRepository petitions) {
        this.properties = properties;
        this.petitions = petitions;
    }

    public FieldModel.Suggestion suggest(CouncilId council, String text) {
        return model(council).suggest(text);
    }

    FieldModel model(CouncilId council) {
        long confirmed = petitions.confirmedCount(council);
        Cached cached = models.get(council);
        if (cached != null && cached.confirmed() == confirmed) {
            return cached.model();
        }
        FieldModel model = new FieldModel(properties);
        List<String[]> examples = petitions.confirmedExamples(council, MAX_EXAMPLES);
        for (String[] example : examples) {
            // a suggestion the clerk corrected teaches more than one the clerk only confirmed
            model.learn(example[0], example[1], CompetentLevel.valueOf(example[2]), !example[1].equals(example[3]));
        }
        models.put(council, new Cached(confirmed, model));
        return model;
    }
}
