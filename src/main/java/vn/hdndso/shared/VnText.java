package vn.hdndso.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Vietnamese text handling every module needs: Unicode NFC normalisation, diacritic folding
 * (including đ → d) and URL slugs.
 */
public final class VnText {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private VnText() {}

    /** Unicode NFC with trimmed, single spaces; {@code null} becomes the empty string. */
    public static String normalize(@Nullable String text) {
        if (text == null) {
            return "";
        }
        return SPACES.matcher(Normalizer.normalize(text, Normalizer.Form.NFC).strip())
                .replaceAll(" ");
    }

    /** Lower case without diacritics: "Lạc Phượng" → "lac phuong", "Đặc khu" → "dac khu". */
    public static String fold(@Nullable String text) {
        String decomposed = Normalizer.normalize(normalize(text), Normalizer.Form.NFD);
        String stripped = COMBINING_MARKS.matcher(decomposed).replaceAll("");
        return stripped.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
    }

    /** ASCII words joined by '-': "Nhị Chiểu" → "nhi-chieu". */
    public static String slug(String text) {
        String folded = NON_ALNUM.matcher(fold(text)).replaceAll("-");
        int start = 0;
        int end = folded.length();
        while (start < end && folded.charAt(start) == '-') {
            start++;
        }
        while (end > start && folded.charAt(end - 1) == '-') {
            end--;
        }
        return folded.substring(start, end);
    }

    /**
     * Whether every word of {@code query} starts a word of {@code text}, comparing folded
     * forms, so "lac phuong", "Lạc Phượng" and "phuong lac" all match "Xã Lạc Phượng".
     */
    public static boolean matchesWords(String text, String query) {
        String[] words = fold(query).split("[^a-z0-9]+");
        String haystack = " " + String.join(" ", fold(text).split("[^a-z0-9]+"));
        for (String word : words) {
            if (!word.isEmpty() && !haystack.contains(" " + word)) {
                return false;
            }
        }
        return true;
    }
}
