package vn.hdndso.plans.internal;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * A DOCX's paragraphs as text lines, with Word's automatic list numbering written out as the reader
 * sees it: "I." for upper-case Roman lists, "1." for decimal ones, "-" for bullets. Plans number
 * their parts and headings that way, and the reading needs the numbers.
 */
final class DocxLines {

    private final XWPFDocument document;
    private final Map<String, Integer> counters = new HashMap<>();

    DocxLines(XWPFDocument document) {
        this.document = document;
    }

    String text() {
        var out = new StringBuilder();
        for (XWPFParagraph paragraph : document.getParagraphs()) {
            String text = paragraph.getText();
            if (text.isBlank()) {
                out.append('\n');
                continue;
            }
            out.append(marker(paragraph)).append(text).append('\n');
        }
        return out.toString();
    }

    private String marker(XWPFParagraph paragraph) {
        BigInteger list = paragraph.getNumID();
        String format = paragraph.getNumFmt();
        if (list == null || format == null) {
            return "";
        }
        BigInteger level = paragraph.getNumIlvl();
        String key = list + "/" + (level == null ? 0 : level.intValue());
        return switch (format) {
            case "bullet" -> "- ";
            case "upperRoman" -> roman(next(key)) + ". ";
            case "decimal" -> next(key) + ". ";
            case "lowerLetter" -> (char) ('a' + next(key) - 1) + ") ";
            default -> "";
        };
    }

    private int next(String key) {
        return counters.merge(key, 1, Integer::sum);
    }

    static String roman(int n) {
        String[] numerals = {"X", "IX", "V", "IV", "I"};
        int[] values = {10, 9, 5, 4, 1};
        var out = new StringBuilder();
        int rest = n;
        for (int i = 0; i < values.length; i++) {
            while (rest >= values[i]) {
                out.append(numerals[i]);
                rest -= values[i];
            }
        }
        return out.toString();
    }
}
