package vn.hdndso.petitions.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Held-out evaluations of the naive Bayes learner, shared by the unit test (which asserts floors)
 * and the benchmark report: the legal articles of the national code (Pháp điển) by topic, and a
 * labelled sample of petitions by field.
 */
final class ClassifierEvaluation {

    /** A labelled text. */
    record Example(String label, String text) {}

    /** Accuracy on the test part and the sizes of both parts. */
    record Result(double accuracy, int train, int test, int labels) {}

    static final Path PHAPDIEN = Path.of("testdata/documents/phapdien-articles.jsonl");

    private ClassifierEvaluation() {}

    static List<Example> phapdien() throws IOException {
        var json = JsonMapper.builder().build();
        List<Example> out = new ArrayList<>();
        for (String line : Files.readAllLines(PHAPDIEN)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode node = json.readTree(line);
            out.add(new Example(
                    node.get("topic_slug").asString(),
                    node.get("article_title").asString() + ". "
                            + node.get("text").asString()));
        }
        return out;
    }

    /** Every fifth example (by position) is held out; the learner never sees it. */
    static Result evaluate(List<Example> examples, double alpha) {
        var model = new NaiveBayes(alpha);
        List<Example> test = new ArrayList<>();
        int train = 0;
        for (int i = 0; i < examples.size(); i++) {
            Example e = examples.get(i);
            if (i % 5 == 4) {
                test.add(e);
            } else {
                model.learn(e.label(), TextFeatures.classifierFeatures(e.text()), 1.0);
                train++;
            }
        }
        int right = 0;
        for (Example e : test) {
            var ranked = model.predict(TextFeatures.classifierFeatures(e.text()));
            if (!ranked.isEmpty() && ranked.get(0).label().equals(e.label())) {
                right++;
            }
        }
        return new Result((double) right / test.size(), train, test.size(), model.labels());
    }

    /** The field model (keyword rules, then learning) on a labelled petition sample, held out as above. */
    static Result evaluatePetitions(PetitionsProperties properties, List<Example> examples, boolean learn) {
        var model = new FieldModel(properties);
        List<Example> test = new ArrayList<>();
        int train = 0;
        for (int i = 0; i < examples.size(); i++) {
            Example e = examples.get(i);
            if (i % 5 == 4) {
                test.add(e);
            } else if (learn) {
                model.learn(e.text(), e.label(), vn.hdndso.petitions.CompetentLevel.COMMUNE);
                train++;
            }
        }
        int right = 0;
        for (Example e : test) {
            if (model.suggest(e.text()).field().equals(e.label())) {
                right++;
            }
        }
        return new Result(
                (double) right / test.size(),
                train,
                test.size(),
                properties.fields().size());
    }
}
