package vn.hdndso.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text of the identity module exists in Vietnamese and in English. */
class IdentityMessagesUnitTest {

    private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([a-zA-Z][\\w.]*)[}(]");

    @Test
    void vietnameseAndEnglishBundlesHaveTheSameKeys() throws IOException {
        Set<String> vietnamese = load("messages/identity.properties").stringPropertyNames();
        Set<String> english = load("messages/identity_en.properties").stringPropertyNames();

        assertThat(new TreeSet<>(english)).isEqualTo(new TreeSet<>(vietnamese));
    }

    @Test
    void everyKeyTheIdentityTemplatesUseExists() throws IOException {
        Set<String> known = new HashSet<>();
        // every bundle the application loads (spring.messages.basename), as the pages see them
        String basenames = load("application.properties").getProperty("spring.messages.basename");
        for (String bundle : basenames.split(",")) {
            known.addAll(load(bundle.strip() + ".properties").stringPropertyNames());
        }
        Set<String> used = new TreeSet<>();
        try (Stream<Path> templates = Files.list(Path.of("src/main/resources/templates/identity"))) {
            for (Path template : templates.toList()) {
                Matcher m = MESSAGE_KEY.matcher(Files.readString(template));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }

        assertThat(used).isNotEmpty();
        assertThat(used)
                .allSatisfy(key -> assertThat(known).as("message key " + key).contains(key));
    }

    private static Properties load(String resource) throws IOException {
        var properties = new Properties();
        try (InputStream in = IdentityMessagesUnitTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
