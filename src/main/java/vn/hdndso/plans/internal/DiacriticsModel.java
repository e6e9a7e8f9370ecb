package vn.hdndso.plans.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import vn.hdndso.shared.VnText;

/**
 * How often each Vietnamese syllable and each pair of adjacent syllables occurs in a real corpus of
 * resolutions and legal-code articles (built by {@code DiacriticsModelBuilder} into {@code
 * plans/diacritics-model.tsv.gz}), indexed by the syllable's form without diacritics: "nam" → năm,
 * nam, nằm, nấm …
 */
final class DiacriticsModel {

    static final String RESOURCE = "/plans/diacritics-model.tsv.gz";

    private final Map<String, Integer> syllables = new HashMap<>();
    private final Map<String, Integer> pairs = new HashMap<>();
    private final Map<String, List<String>> formsByKey = new HashMap<>();
    private final Map<Integer, List<String>> keysByLength = new HashMap<>();
    private long total;

    private DiacriticsModel() {}

    static DiacriticsModel load() {
        try (InputStream in = DiacriticsModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DiacriticsModel read(InputStream gzipped) throws IOException {
        var model = new DiacriticsModel();
        try (var lines =
                new BufferedReader(new InputStreamReader(new GZIPInputStream(gzipped), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("#") || line.isEmpty()) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f[0].equals("1") && f.length == 3) {
                    int count = Integer.parseInt(f[2]);
                    model.syllables.put(f[1], count);
                    model.total += count;
                } else if (f[0].equals("2") && f.length == 4) {
                    model.pairs.put(f[1] + ' ' + f[2], Integer.parseInt(f[3]));
                }
            }
        }
        model.syllables.forEach((syllable, count) -> model.formsByKey
                .computeIfAbsent(key(syllable), k -> new ArrayList<>())
                .add(syllable));
        model.formsByKey
                .values()
                .forEach(forms -> forms.sort(Comparator.comparing((String s) -> -model.syllables.getOrDefault(s, 0))
                        .thenComparing(s -> s)));
        model.formsByKey
                .keySet()
                .forEach(k -> model.keysByLength
                        .computeIfAbsent(k.length(), n -> new ArrayList<>())
                        .add(k));
        model.keysByLength.values().forEach(keys -> keys.sort(Comparator.naturalOrder()));
        return model;
    }

    /** A syllable's form without diacritics, lower case ASCII. */
    static String key(String syllable) {
        return VnText.fold(syllable);
    }

    /** The syllables written {@code key} without diacritics, most frequent first. */
    List<String> forms(String key) {
        return formsByKey.getOrDefault(key, List.of());
    }

    /** How often the syllables written {@code key} occur, all forms together. */
    int keyCount(String key) {
        return forms(key).stream().mapToInt(s -> syllables.getOrDefault(s, 0)).sum();
    }

    /** The keys of {@code length} letters, for looking up keys near a damaged one. */
    List<String> keysOfLength(int length) {
        return keysByLength.getOrDefault(length, List.of());
    }

    /** log P(syllable | previous): pair counts interpolated with the syllable's own frequency. */
    double logProbability(String syllable, String previous) {
        double alone = (syllables.getOrDefault(syllable, 0) + 0.5) / (total + 0.5 * syllables.size());
        int before = previous.isEmpty() ? 0 : syllables.getOrDefault(previous, 0);
        if (before == 0) {
            return Math.log(alone);
        }
        double together = (double) pairs.getOrDefault(previous + ' ' + syllable, 0) / before;
        return Math.log(0.8 * together + 0.2 * alone);
    }
}
