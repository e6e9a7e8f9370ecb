package vn.hdndso.petitions;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A line of text next to its folded copy of the same length (lower case, no diacritics, đ → d), so
 * that a pattern found in the folded copy — written once, without diacritics — cuts the original
 * text at the same place. Minutes are typed with or without diacritics; both match.
 */
record FoldedLine(String original, String folded) {

    static FoldedLine of(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder folded = new StringBuilder(nfc.length());
        for (int i = 0; i < nfc.length(); i++) {
            folded.append(fold(nfc.charAt(i)));
        }
        return new FoldedLine(nfc, folded.toString());
    }

    private static char fold(char c) {
        if (c == 'đ' || c == 'Đ') {
            return 'd';
        }
        if (c < 0x80) {
            return Character.toLowerCase(c);
        }
        String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        return decomposed.isEmpty()
                ? c
                : decomposed.substring(0, 1).toLowerCase(Locale.ROOT).charAt(0);
    }

    FoldedLine substring(int start, int end) {
        return new FoldedLine(original.substring(start, end), folded.substring(start, end));
    }

    FoldedLine substring(int start) {
        return substring(start, original.length());
    }

    FoldedLine strip() {
        int start = 0;
        int end = original.length();
        while (start < end && isBlank(original.charAt(start))) {
            start++;
        }
        while (end > start && isBlank(original.charAt(end - 1))) {
            end--;
        }
        return substring(start, end);
    }

    boolean isEmpty() {
        return original.isEmpty();
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
