package vn.hdndso.petitions.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.hdndso.shared.VnText;

/**
 * Duplicate suggestion for a new petition with a city's worth of open issues: {@code bench.issues}
 * synthetic open issues (default 1,000,000) made from the real voters' petitions of
 * {@code petitions/real/voter-petitions-dev.tsv} (words dropped, a place added, a third folded to
 * ASCII), spread over {@code bench.councils} councils (default 115, the test installation's city),
 * each council with its own {@link DuplicateIndex} as {@code DuplicateFinder} keeps it. A probe is
 * a fresh variant of a real petition in a random council, timed as the intake does it: fingerprint
 * the text, then ask the council's index for the best 16 issues at the suggestion threshold (0.3).
 * The reference is what reading every open issue per request amounts to without the database: the
 * same similarity against every issue of the council. Not part of the test suite:
 *
 * <pre>./mvnw -B test -Dtest=DuplicateSuggestionBenchmark -Dbench.issues=1000000 | grep '\[bench\]'</pre>
 */
class DuplicateSuggestionBenchmark {

    private static final String[] PLACES = {"thôn", "tổ dân phố", "xóm", "khu", "ấp"};
    private static final String[] FILLERS = {"đề nghị", "kiến nghị", "cử tri phản ánh", "nhân dân mong muốn", ""};

    @Test
    void suggestsDuplicatesAmongAMillionOpenIssues() throws Exception {
        int issues = Integer.getInteger("bench.issues", 1_000_000);
        int councils = Integer.getInteger("bench.councils", 115);
        int probes = Integer.getInteger("bench.probes", 5_000);
        List<String> real =
                RealPetitionSet.items().stream().map(RealPetitionSet.Item::text).toList();
        var random = new Random(17);
        String loadBefore = ClassificationBenchmark.load();
        long buildStart = System.nanoTime();
        DuplicateIndex[] indexes = new DuplicateIndex[councils];
        List<List<Set<String>>> issuesOf = new ArrayList<>();
        for (int c = 0; c < councils; c++) {
            indexes[c] = new DuplicateIndex();
            issuesOf.add(new ArrayList<>());
        }
        for (int i = 0; i < issues; i++) {
            int c = i % councils;
            Set<String> fingerprint = TextFeatures.fingerprint(variant(real.get(random.nextInt(real.size())), random));
            indexes[c].add(issuesOf.get(c).size(), fingerprint);
            issuesOf.get(c).add(fingerprint);
        }
        double buildSeconds = (System.nanoTime() - buildStart) / 1e9;

        String[] texts = new String[probes];
        int[] councilOf = new int[probes];
        for (int i = 0; i < probes; i++) {
            texts[i] = variant(real.get(random.nextInt(real.size())), random);
            councilOf[i] = random.nextInt(councils);
        }
        for (int i = 0; i < Math.min(1_000, probes); i++) { // warm-up
            indexes[councilOf[i]].similar(TextFeatures.fingerprint(texts[i]), 0.3, 16);
        }
        long[] nanos = new long[probes];
        int found = 0;
        for (int i = 0; i < probes; i++) {
            long t = System.nanoTime();
            var matches = indexes[councilOf[i]].similar(TextFeatures.fingerprint(texts[i]), 0.3, 16);
            nanos[i] = System.nanoTime() - t;
            if (!matches.isEmpty()) {
                found++;
            }
        }
        Arrays.sort(nanos);

        // the reference, and how often the index finds the best issue a full scan finds (≥ 0.6)
        int scans = Math.min(300, probes);
        long[] scanNanos = new long[scans];
        int bestAbove = 0;
        int bestFound = 0;
        for (int i = 0; i < scans; i++) {
            long t = System.nanoTime();
            Set<String> fingerprint = TextFeatures.fingerprint(texts[i]);
            double best = 0;
            int bestIssue = -1;
            List<Set<String>> all = issuesOf.get(councilOf[i]);
            for (int k = 0; k < all.size(); k++) {
                double s = TextFeatures.similarity(fingerprint, all.get(k));
                if (s > best) {
                    best = s;
                    bestIssue = k;
                }
            }
            scanNanos[i] = System.nanoTime() - t;
            if (best >= 0.6) {
                bestAbove++;
                int wanted = bestIssue;
                double wantedScore = best;
                if (indexes[councilOf[i]].similar(fingerprint, 0.3, 16).stream()
                        .anyMatch(m -> m.cluster() == wanted || m.similarity() >= wantedScore)) {
                    bestFound++;
                }
            }
        }
        Arrays.sort(scanNanos);
        String loadAfter = ClassificationBenchmark.load();
        report(
                "%d open issues in %d councils (%d per council) from %d real petitions, indexed in %.1f s",
                issues, councils, issues / councils, real.size(), buildSeconds);
        report(
                "suggest (fingerprint + index, 16 best at ≥ 0.3): p50 %.3f ms, p95 %.3f ms, p99 %.3f ms, max %.3f ms (%d probes, %d with a suggestion)",
                ms(nanos[probes / 2]),
                ms(nanos[probes * 95 / 100]),
                ms(nanos[probes * 99 / 100]),
                ms(nanos[probes - 1]),
                probes,
                found);
        report(
                "reference, every open issue of the council compared in memory: p50 %.3f ms, p99 %.3f ms (%d probes); index/reference at p50 = %.4f",
                ms(scanNanos[scans / 2]),
                ms(scanNanos[scans * 99 / 100]),
                scans,
                (double) nanos[probes / 2] / scanNanos[scans / 2]);
        report(
                "the index returns the full scan's best issue (or one as similar) for %d of %d probes whose best is ≥ 0.6",
                bestFound, bestAbove);
        report("load average (1 min) %s → %s", loadBefore, loadAfter);
    }

    /** A real petition as another voter might say it. */
    static String variant(String text, Random random) {
        String[] words = text.split("\\s+");
        StringBuilder out = new StringBuilder(FILLERS[random.nextInt(FILLERS.length)]);
        double drop = 0.05 + random.nextDouble() * 0.25;
        for (String word : words) {
            if (random.nextDouble() >= drop) {
                out.append(' ').append(word);
            }
        }
        out.append(' ')
                .append(PLACES[random.nextInt(PLACES.length)])
                .append(' ')
                .append(1 + random.nextInt(30));
        String variant = out.toString().strip();
        return random.nextInt(3) == 0 ? VnText.fold(variant) : variant;
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static void report(String format, Object... args) {
        System.out.println("[bench] " + String.format(Locale.ROOT, format, args));
    }
}
