package vn.hdndso.petitions.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Duplicate aggregation at scale, without the database: a full clustering run over synthetic
 * petitions (paraphrases of the labelled sample placed in the 3,321 communes and wards), the time
 * to suggest duplicates for one new petition against the whole index, and B-cubed precision and
 * recall of the clustering against the known requests. Not part of the test suite (the name does
 * not match Surefire's patterns); see bench/petitions/README.md:
 *
 * <pre>./mvnw -B test -Dtest=AggregationBenchmark -Dbench.petitions=1000000</pre>
 */
class AggregationBenchmark {

    @Test
    void clustersAndSuggests() throws Exception {
        int n = Integer.getInteger("bench.petitions", 100_000);
        double threshold = Double.parseDouble(System.getProperty("bench.threshold", "0.6"));
        var synthetic = new SyntheticPetitions(42);
        int councils = synthetic.councils();
        int perCouncil = Math.max(1, n / councils);
        int total = perCouncil * councils;
        int[] truth = new int[total];
        int[] predicted = new int[total];
        DuplicateIndex[] indexes = new DuplicateIndex[councils];
        AtomicInteger clusterIds = new AtomicInteger();
        AtomicLong generationNanos = new AtomicLong();

        // each council's petitions are clustered in that council's index (tenants never mix);
        // councils run in parallel on the available cores
        long start = System.nanoTime();
        IntStream.range(0, councils).parallel().forEach(c -> {
            var random = new Random(42L + c);
            var index = new DuplicateIndex();
            Map<Integer, Integer> global = new HashMap<>();
            int local = 0;
            for (int k = 0; k < perCouncil; k++) {
                int i = c * perCouncil + k;
                long g = System.nanoTime();
                var petition = synthetic.nextIn(c, random);
                generationNanos.addAndGet(System.nanoTime() - g);
                truth[i] = petition.request();
                Set<String> fingerprint = TextFeatures.fingerprint(petition.text());
                var best = index.similar(fingerprint, threshold, 1);
                int cluster = best.isEmpty() ? local++ : best.get(0).cluster();
                predicted[i] = global.computeIfAbsent(cluster, x -> clusterIds.getAndIncrement());
                index.add(cluster, fingerprint);
            }
            indexes[c] = index;
        });
        double wall = (System.nanoTime() - start) / 1e9;
        int cores = Runtime.getRuntime().availableProcessors();
        double generation = generationNanos.get() / 1e9 / cores;

        // suggestions for new petitions against a council's full index
        int probes = 2000;
        long[] micros = new long[probes];
        var random = new Random(7);
        for (int p = 0; p < probes; p++) {
            int c = random.nextInt(councils);
            var petition = synthetic.nextIn(c, random);
            long t = System.nanoTime();
            indexes[c].similar(TextFeatures.fingerprint(petition.text()), 0.3, 5);
            micros[p] = (System.nanoTime() - t) / 1000;
        }
        Arrays.sort(micros);

        // B-cubed precision and recall over every petition
        Map<Long, Integer> both = new HashMap<>();
        Map<Integer, Integer> predictedSize = new HashMap<>();
        Map<Integer, Integer> trueSize = new HashMap<>();
        for (int i = 0; i < total; i++) {
            both.merge(((long) predicted[i] << 32) | truth[i], 1, Integer::sum);
            predictedSize.merge(predicted[i], 1, Integer::sum);
            trueSize.merge(truth[i], 1, Integer::sum);
        }
        double precision = 0;
        double recall = 0;
        for (int i = 0; i < total; i++) {
            int shared = both.getOrDefault(((long) predicted[i] << 32) | truth[i], 0);
            precision += (double) shared / predictedSize.getOrDefault(predicted[i], 1);
            recall += (double) shared / trueSize.getOrDefault(truth[i], 1);
        }
        precision /= total;
        recall /= total;

        System.out.printf(
                Locale.ROOT,
                "[bench] petitions=%d councils=%d requests=%d clusters=%d threshold=%.2f cores=%d clustering wall=%.1fs (incl. ~%.1fs generating text) → %.0f petitions/s%n",
                total,
                councils,
                trueSize.size(),
                clusterIds.get(),
                threshold,
                cores,
                wall,
                generation,
                total / wall);
        System.out.printf(
                Locale.ROOT,
                "[bench] suggest duplicates (one council's index of ~%d): p50=%.3fms p95=%.3fms p99=%.3fms max=%.2fms (%d probes)%n",
                perCouncil,
                micros[probes / 2] / 1000.0,
                micros[probes * 95 / 100] / 1000.0,
                micros[probes * 99 / 100] / 1000.0,
                micros[probes - 1] / 1000.0,
                probes);
        System.out.printf(
                Locale.ROOT,
                "[bench] B-cubed precision=%.3f recall=%.3f F1=%.3f%n",
                precision,
                recall,
                2 * precision * recall / (precision + recall));
    }
}
