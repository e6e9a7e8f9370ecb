package vn.hdndso.councils;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The councils bundles: the same keys in both languages, every key the pages use, well-formed patterns. */
class CouncilsMessagesUnitTest {

    private static final Path MESSAGES = Path.of("src/main/resources/messages");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates/councils");
    private static final Pattern LITERAL_KEY = Pattern.compile("#\\{([a-zA-Z][a-zA-Z0-9_.]*)[}(]");

    @Test
    void vietnameseAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(load("councils_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("councils.properties").stringPropertyNames());
    }

    @Test
    void everyKeyTheCouncilsPagesNameExists() throws IOException {
        Set<String> known = new TreeSet<>();
        for (String bundle : List.of("councils", "shared", "portal", "identity")) {
            known.addAll(load(bundle + ".properties").stringPropertyNames());
        }
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.list(TEMPLATES)) {
            for (Path file : files.toList()) {
                Matcher m = LITERAL_KEY.matcher(Files.readString(file));
                while (m.find()) {
                    if (!known.contains(m.group(1))) {
                        missing.add(file.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void patternsWithArgumentsFormatWithoutLeftOverPlaceholdersOrLostApostrophes() throws IOException {
        for (String bundle : List.of("councils.properties", "councils_en.properties")) {
            Properties messages = load(bundle);
            for (String key : messages.stringPropertyNames()) {
                String pattern = messages.getProperty(key);
                if (!pattern.contains("{0")) {
                    continue;
                }
                String formatted = new MessageFormat(pattern, Locale.ROOT).format(new Object[] {2, 3, 4});
                assertThat(formatted)
                        .as(bundle + " " + key)
                        .doesNotContain("{0")
                        .doesNotContain("{1");
                if (pattern.contains("''")) {
                    assertThat(formatted).as(bundle + " " + key).contains("'");
                }
            }
        }
    }

    private static Properties load(String file) throws IOException {
        var properties = new Properties();
        try (Reader reader = Files.newBufferedReader(MESSAGES.resolve(file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
