package vn.hdndso.search.internal;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The two forms of a Vietnamese word the index keeps, computed from any spelling of it (NFC or
 * NFD, upper or lower case, tone mark on either vowel: "HOÀ", "hòa", "hoà"):
 *
 * <ul>
 *   <li>{@link #exact}: lower case, the vowel marks kept (â ê ô ơ ư ă đ) and the tone moved to the
 *       end of the word as a digit (1 sắc, 2 huyền, 3 hỏi, 4 ngã, 5 nặng), so both placements of
 *       a tone give one token ("hòa" and "hoà" → "hoa2");
 *   <li>{@link #folded}: lower case without any mark, đ → d ("Hòa" → "hoa").
 * </ul>
 */
final class VietnameseText {

    private VietnameseText() {}

    /** The exact form of one word; see the class description. */
    public static String exact(CharSequence word) {
        String decomposed = Normalizer.normalize(word, Normalizer.Form.NFD).toLowerCase(Locale.ROOT);
        var base = new StringBuilder(decomposed.length());
        char tone = 0;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            char digit = toneDigit(c);
            if (digit != 0) {
                if (tone == 0) {
                    tone = digit;
                }
            } else {
                base.append(c);
            }
        }
        String composed = Normalizer.normalize(base, Normalizer.Form.NFC);
        return tone == 0 ? composed : composed + tone;
    }

    /** The folded form of a text: no marks, đ → d, lower case. */
    public static String folded(CharSequence text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        var out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (c == 'đ' || c == 'Đ') {
                out.append('d');
            } else {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }

    /** Whether a word carries any Vietnamese mark (then its exact form says more than its folded one). */
    public static boolean hasMarks(CharSequence word) {
        return !folded(word).equals(word.toString().toLowerCase(Locale.ROOT));
    }

    private static char toneDigit(char c) {
        return switch (c) {
            case '\u0301' -> '1'; // sắc
            case '\u0300' -> '2'; // huyền
            case '\u0309' -> '3'; // hỏi
            case '\u0303' -> '4'; // ngã
            case '\u0323' -> '5'; // nặng
            default -> 0;
        };
    }
}
