package vn.hdndso.petitions.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hdndso.petitions.CompetentLevel;

/**
 * The time to classify one petition (field, level, complaint) with a council's model: the field
 * vocabulary, the keyword rules and {@code bench.confirmed} confirmed petitions learnt, as {@link
 * PetitionClassifier} holds it. Texts are the real petitions of the development set, with and
 * without diacritics. Not part of the test suite (the name does not match Surefire's patterns);
 * see bench/petitions/README.md:
 *
 * <pre>./mvnw -B test -Dtest=ClassificationBenchmark -Dbench.confirmed=20000 | grep '\[bench\]'</pre>
 */
class ClassificationBenchmark {

    @Test
    void classifiesOnePetition() throws Exception {
        int confirmed = Integer.getInteger("bench.confirmed", PetitionClassifier.MAX_EXAMPLES);
        int probes = Integer.getInteger("bench.probes", 20_000);
        List<RealPetitionSet.Item> items = RealPetitionSet.withFolded(RealPetitionSet.items());
        var synthetic = new SyntheticPetitions(7);
        long buildStart = System.nanoTime();
        var model = new FieldModel(TestProperties.defaults());
        List<PetitionTextUnitTest.Labelled> sample = PetitionTextUnitTest.sample();
        var random = new java.util.Random(7);
        for (int i = 0; i < confirmed; i++) {
            // synthetic confirmed petitions: paraphrases placed in communes, labelled by their group's field
            var s = synthetic.next(synthetic.groups());
            var l = sample.stream()
                    .filter(x -> x.group() == s.request() % synthetic.groups() + 1)
                    .findFirst()
                    .orElse(sample.get(i % sample.size()));
            model.learn(s.text(), l.field(), CompetentLevel.COMMUNE, random.nextInt(7) == 0);
        }
        double buildMs = (System.nanoTime() - buildStart) / 1e6;
        for (int i = 0; i < 2_000; i++) { // warm-up
            model.suggest(items.get(i % items.size()).text());
        }
        long[] nanos = new long[probes];
        for (int i = 0; i < probes; i++) {
            String text = items.get(i % items.size()).text();
            long t = System.nanoTime();
            model.suggest(text);
            nanos[i] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);
        List<String> line = new ArrayList<>();
        line.add(String.format("model with %d confirmed petitions built in %.0f ms", confirmed, buildMs));
        line.add(String.format(
                "classify: p50 %.3f ms, p95 %.3f ms, p99 %.3f ms, max %.3f ms (%d probes)",
                nanos[probes / 2] / 1e6,
                nanos[probes * 95 / 100] / 1e6,
                nanos[probes * 99 / 100] / 1e6,
                nanos[probes - 1] / 1e6,
                probes));
        line.add("load average (1 min) " + load());
        line.forEach(l -> System.out.println("[bench] " + l));
    }

    /** The machine's 1-minute load average: the machine is shared, so each figure carries it. */
    static String load() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg"))
                    .split(" ")[0];
        } catch (java.io.IOException e) {
            return "?";
        }
    }
}
