package vn.hdndso.files.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Text from a PDF made fit for search and display: Unicode NFC (PDFs often carry Vietnamese as
 * decomposed letters plus combining marks), spaces collapsed within a line, control characters
 * removed, and line structure kept, with at most one blank line between paragraphs.
 */
final class PdfTextCleaner {

    private static final Pattern SPACES = Pattern.compile("[\\p{Zs}\\t]+");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u00AD\\u200B\\uFEFF]");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n]]");

    private PdfTextCleaner() {}

    public static String clean(String raw) {
        String text = Normalizer.normalize(raw, Normalizer.Form.NFC)
                .replace("\r\n", "\n")
                .replace('\r', '\n')
                .replace('\f', '\n')
                .replace('\u2028', '\n')
                .replace('\u2029', '\n');
        List<String> lines = new ArrayList<>();
        boolean previousBlank = true;
        for (String line : text.split("\n", -1)) {
            String cleaned = SPACES.matcher(INVISIBLE
                            .matcher(CONTROL.matcher(line).replaceAll(""))
                            .replaceAll(""))
                    .replaceAll(" ")
                    .strip();
            boolean blank = cleaned.isEmpty();
            if (blank && previousBlank) {
                continue;
            }
            lines.add(cleaned);
            previousBlank = blank;
        }
        while (!lines.isEmpty() && lines.getLast().isEmpty()) {
            lines.removeLast();
        }
        return String.join("\n", lines);
    }
}
