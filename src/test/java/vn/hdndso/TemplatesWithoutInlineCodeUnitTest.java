package vn.hdndso;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Content-Security-Policy refuses inline styles and scripts, so a template that has one
 * renders wrong in the browser (a bar drawn full width, a handler that never runs). No template
 * may carry a style attribute (plain, {@code th:style} or through {@code th:attr}), an event
 * handler attribute, or a script without {@code src}.
 */
class TemplatesWithoutInlineCodeUnitTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");

    /** A tag of the template, attributes and all. */
    private static final Pattern TAG = Pattern.compile("<([a-zA-Z][a-zA-Z0-9:-]*)(\\s[^>]*)?>", Pattern.DOTALL);

    private static final Pattern STYLE =
            Pattern.compile("(?:^|\\s)(?:th:)?style\\s*=|th:attr\\s*=\\s*\"[^\"]*\\bstyle\\s*=");
    private static final Pattern HANDLER = Pattern.compile("(?:^|\\s)(?:th:)?on[a-z]+\\s*=");
    private static final Pattern SOURCE = Pattern.compile("(?:^|\\s)(?:th:)?src\\s*=");

    @Test
    void noTemplateHasAnInlineStyleAScriptWithoutSourceOrAnEventHandler() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                problems.addAll(problems(
                        TEMPLATES.relativize(file).toString(), Files.readString(file, StandardCharsets.UTF_8)));
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theCheckFindsWhatItLooksFor() {
        assertThat(problems("a.html", "<span th:style=\"'width:' + ${w}\"></span>"))
                .hasSize(1);
        assertThat(problems("a.html", "<p style=\"color:red\">x</p>")).hasSize(1);
        assertThat(problems("a.html", "<p th:attr=\"data-x=1,style='width:2px'\">x</p>"))
                .hasSize(1);
        assertThat(problems("a.html", "<script>alert(1)</script>")).hasSize(1);
        assertThat(problems("a.html", "<button onclick=\"go()\">x</button>")).hasSize(1);
        assertThat(problems(
                        "a.html",
                        "<script defer th:src=\"@{/js/x.js}\"></script><p class=\"style\" data-onboard=\"x\">"))
                .isEmpty();
    }

    private static List<String> problems(String name, String template) {
        List<String> problems = new ArrayList<>();
        Matcher tag = TAG.matcher(template.replaceAll("(?s)<!--.*?-->", ""));
        while (tag.find()) {
            String element = tag.group(1);
            String attributes = tag.group(2) == null ? "" : tag.group(2);
            if (STYLE.matcher(attributes).find()) {
                problems.add(name + ": inline style in <" + element + attributes + ">");
            }
            if (HANDLER.matcher(attributes).find()) {
                problems.add(name + ": event handler in <" + element + attributes + ">");
            }
            if (element.equalsIgnoreCase("script")
                    && !SOURCE.matcher(attributes).find()) {
                problems.add(name + ": inline script");
            }
            if (element.equalsIgnoreCase("style")) {
                problems.add(name + ": <style> element");
            }
        }
        return problems;
    }
}
