package vn.hdndso.plans.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the syllable counts the diacritics restorer reads ({@code
 * src/main/resources/plans/diacritics-model.tsv.gz}) from the real Vietnamese corpus in {@code
 * testdata/documents}: the People's Council resolutions and the legal-code articles. The plans in
 * {@code testdata/plans} are left out, so the restorer can be measured on them. Run from the project
 * root: {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=vn.hdndso.plans.internal.DiacriticsModelBuilder}, or through
 * {@code DiacriticsUnitTest}, which checks the committed model is what this builds.
 */
final class DiacriticsModelBuilder {

    static final Path RESOLUTIONS = Path.of("testdata/documents/hdnd-resolutions");
    static final Path ARTICLES = Path.of("testdata/documents/phapdien-articles.jsonl");
    static final Path MODEL = Path.of("src/main/resources/plans/diacritics-model.tsv.gz");
    static final int MIN_COUNT = 2;

    private final Map<String, Integer> unigrams = new HashMap<>();
    private final Map<String, Integer> bigrams = new HashMap<>();

    public static void main(String[] args) throws IOException {
        byte[] model = build();
        Files.write(MODEL, model);
        System.out.println("wrote " + MODEL + " (" + model.length + " bytes)");
    }

    /** The model's bytes; the same corpus always gives the same bytes. */
    static byte[] build() throws IOException {
        var builder = new DiacriticsModelBuilder();
        try (Stream<Path> files = Files.list(RESOLUTIONS)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                builder.add(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        JsonMapper json = JsonMapper.builder().build();
        for (String line : Files.readAllLines(ARTICLES, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                JsonNode article = json.readTree(line);
                builder.add(article.path("article_title").asString(""));
                builder.add(article.path("text").asString(""));
            }
        }
        return builder.write();
    }

    void add(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        for (List<String> run : runs(nfc)) {
            String previous = null;
            for (String syllable : run) {
                unigrams.merge(syllable, 1, Integer::sum);
                if (previous != null) {
                    bigrams.merge(previous + " " + syllable, 1, Integer::sum);
                }
                previous = syllable;
            }
        }
    }

    /** Runs of lower-case words with nothing but spaces between them. */
    static List<List<String>> runs(String text) {
        List<List<String>> runs = new ArrayList<>();
        List<String> run = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '\n';
            if (Character.isLetter(c)) {
                word.append(c);
                continue;
            }
            if (!word.isEmpty()) {
                run.add(word.toString().toLowerCase(Locale.ROOT));
                word.setLength(0);
            }
            if (c != ' ' && !run.isEmpty()) {
                runs.add(run);
                run = new ArrayList<>();
            }
        }
        return runs;
    }

    /** Java's GZIP header carries no time stamp, so the bytes depend on the corpus only. */
    private byte[] write() throws IOException {
        var bytes = new java.io.ByteArrayOutputStream();
        try (OutputStream gzip = new GZIPOutputStream(bytes);
                PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(gzip, StandardCharsets.UTF_8))) {
            out.print(
                    "# syllable and syllable-pair counts for restoring Vietnamese diacritics; built by "
                            + "DiacriticsModelBuilder from testdata/documents (see testdata/README.md for sources and licences)\n");
            for (var e : new TreeMap<>(unigrams).entrySet()) {
                if (e.getValue() >= MIN_COUNT) {
                    out.print("1\t" + e.getKey() + "\t" + e.getValue() + "\n");
                }
            }
            for (var e : new TreeMap<>(bigrams).entrySet()) {
                if (e.getValue() >= MIN_COUNT) {
                    out.print("2\t" + e.getKey().replace(' ', '\t') + "\t" + e.getValue() + "\n");
                }
            }
        }
        return bytes.toByteArray();
    }
}
