package vn.hdndso;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Every text a person reads comes from the message bundles, in Vietnamese and English: no key is
 * missing in one language, no template uses a key that does not exist, and no template carries
 * hard-coded text (placeholder text inside an element whose text Thymeleaf replaces is fine).
 */
class MessageBundlesUnitTest {

    private static final Path MESSAGES = Path.of("src/main/resources/messages");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern STATIC_KEY = Pattern.compile("#\\{([A-Za-z0-9_.\\-]+)[}(]");
    private static final Set<String> TEXT_REPLACING = Set.of("th:text", "th:utext", "th:replace", "th:insert");
    private static final List<String> TRANSLATABLE_ATTRIBUTES = List.of("title", "alt", "placeholder", "aria-label");

    @Test
    void everyBundleHasTheSameKeysInVietnameseAndEnglish() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path vietnamese : bundles()) {
            Path english = vietnamese.resolveSibling(
                    vietnamese.getFileName().toString().replace(".properties", "_en.properties"));
            assertThat(english).as("English bundle for %s", vietnamese).exists();
            Set<String> vi = load(vietnamese).stringPropertyNames();
            Set<String> en = load(english).stringPropertyNames();
            for (String key : new TreeSet<>(vi)) {
                if (!en.contains(key)) {
                    problems.add(english.getFileName() + " lacks " + key);
                }
            }
            for (String key : new TreeSet<>(en)) {
                if (!vi.contains(key)) {
                    problems.add(vietnamese.getFileName() + " lacks " + key);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void noMessageIsEmpty() throws IOException {
        List<String> empty = new ArrayList<>();
        for (Path bundle : allBundleFiles()) {
            Properties p = load(bundle);
            p.stringPropertyNames().stream()
                    .filter(k -> p.getProperty(k).isBlank())
                    .forEach(k -> empty.add(bundle.getFileName() + ": " + k));
        }
        assertThat(empty).isEmpty();
    }

    /**
     * A message with arguments goes through {@code MessageFormat}, where a lone apostrophe
     * starts a quoted section and swallows the arguments after it ("People's {0}" shows "{0}"):
     * it must be written twice.
     */
    @Test
    void messagesWithArgumentsDoubleTheirApostrophes() throws IOException {
        Pattern argument = Pattern.compile("\\{\\d");
        Pattern loneApostrophe = Pattern.compile("(?<!')'(?!')");
        List<String> broken = new ArrayList<>();
        for (Path bundle : allBundleFiles()) {
            Properties p = load(bundle);
            for (String key : new TreeSet<>(p.stringPropertyNames())) {
                String message = p.getProperty(key);
                if (argument.matcher(message).find()
                        && loneApostrophe.matcher(message).find()) {
                    broken.add(bundle.getFileName() + ": " + key);
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void everyKeyATemplateUsesExists() throws IOException {
        Set<String> keys = new HashSet<>();
        for (Path bundle : bundles()) {
            keys.addAll(load(bundle).stringPropertyNames());
        }
        List<String> missing = new ArrayList<>();
        for (Path template : templates()) {
            Matcher m = STATIC_KEY.matcher(Files.readString(template));
            while (m.find()) {
                if (!keys.contains(m.group(1))) {
                    missing.add(TEMPLATES.relativize(template) + ": " + m.group(1));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void templatesCarryNoHardCodedText() throws IOException {
        List<String> hardCoded = new ArrayList<>();
        for (Path template : templates()) {
            String html = Files.readString(template).replaceAll("(?s)<!--/\\*.*?\\*/-->", "");
            Document document = Jsoup.parse(html, "", Parser.htmlParser());
            for (Element element : document.getAllElements()) {
                if (replacesItsText(element)
                        || element.tagName().equals("script")
                        || element.tagName().equals("style")) {
                    continue;
                }
                for (TextNode text : element.textNodes()) {
                    String value = text.text().strip();
                    if (value.codePoints().anyMatch(Character::isLetter)
                            && !insideReplaced(element)
                            && !element.hasAttr("lang")) {
                        hardCoded.add(TEMPLATES.relativize(template) + ": <" + element.tagName() + "> " + value);
                    }
                }
                for (String attribute : TRANSLATABLE_ATTRIBUTES) {
                    if (element.hasAttr(attribute) && !element.hasAttr("th:" + attribute) && !insideReplaced(element)) {
                        hardCoded.add(TEMPLATES.relativize(template) + ": " + attribute + "=\""
                                + element.attr(attribute) + "\"");
                    }
                }
            }
        }
        assertThat(hardCoded).isEmpty();
    }

    private static boolean replacesItsText(Element element) {
        return TEXT_REPLACING.stream().anyMatch(element::hasAttr);
    }

    /**
     * Inside an element that Thymeleaf replaces or whose content it inserts, nothing is shown as
     * written. A page's {@code <html th:replace="~{layout :: ...}">} does not count: the layout
     * shows the page's own sections.
     */
    private static boolean insideReplaced(Element element) {
        for (Element parent = element.parent(); parent != null; parent = parent.parent()) {
            boolean decoratedPage = parent.tagName().equals("html");
            if ((!decoratedPage && (parent.hasAttr("th:replace") || parent.hasAttr("th:insert")))
                    || parent.hasAttr("th:text")) {
                return true;
            }
        }
        return false;
    }

    private static List<Path> bundles() throws IOException {
        return allBundleFiles().stream()
                .filter(p -> !p.getFileName().toString().contains("_"))
                .toList();
    }

    private static List<Path> allBundleFiles() throws IOException {
        try (Stream<Path> files = Files.list(MESSAGES)) {
            return files.filter(p -> p.toString().endsWith(".properties"))
                    .sorted()
                    .toList();
        }
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    private static Properties load(Path bundle) throws IOException {
        var properties = new Properties();
        try (var reader = new InputStreamReader(Files.newInputStream(bundle), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
