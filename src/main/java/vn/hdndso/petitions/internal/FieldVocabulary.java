package vn.hdndso.petitions.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The phrases each field of the classifier starts from ({@code petitions/field-vocabulary.txt}):
 * the fields' administrative vocabulary and the names of the bodies that answer them, and the words
 * every petition uses (which say nothing about its field and are left out of the features).
 */
record FieldVocabulary(Map<String, List<String>> phrases, Set<String> generic) {

    static final String RESOURCE = "/petitions/field-vocabulary.txt";

    private static final FieldVocabulary STANDARD = load(RESOURCE);

    FieldVocabulary {
        phrases = Map.copyOf(phrases);
        generic = Set.copyOf(generic);
    }

    /** The vocabulary shipped with the application. */
    static FieldVocabulary standard() {
        return STANDARD;
    }

    static FieldVocabulary load(String resource) {
        try (InputStream in = Objects.requireNonNull(
                FieldVocabulary.class.getResourceAsStream(resource), "the field vocabulary " + resource)) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines of phrases under "[FIELD_CODE]" headings; "[~]" lists the generic words; "#" comments. */
    static FieldVocabulary parse(String text) {
        Map<String, List<String>> phrases = new LinkedHashMap<>();
        Set<String> generic = new HashSet<>();
        String section = null;
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                section = line.substring(1, line.length() - 1).strip();
                continue;
            }
            if (section == null) {
                throw new IllegalArgumentException("a phrase before any [FIELD] heading: " + line);
            }
            if (section.equals("~")) {
                for (String syllable : TextFeatures.syllables(line)) {
                    generic.add(TextFeatures.fold(syllable));
                }
            } else {
                phrases.computeIfAbsent(section, s -> new ArrayList<>()).add(line);
            }
        }
        return new FieldVocabulary(phrases, generic);
    }
}
