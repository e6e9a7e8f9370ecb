package vn.hdndso.notifications.internal;

import java.text.Normalizer;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The SMS alphabets. GSM-7 (3GPP TS 23.038) has a basic table of 128 characters (one septet each)
 * and an extension table reached by an escape (two septets each); anything else needs UCS-2. Brand-name
 * providers in Viet Nam often take only unaccented text: {@link #fold} turns Vietnamese into it —
 * "Hội đồng nhân dân" → "Hoi dong nhan dan" — keeping case, digits, punctuation and line breaks.
 */
final class SmsText {

    /** The GSM-7 basic table without the escape character. */
    static final String GSM_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

    /** The GSM-7 extension table: two septets each. */
    static final String GSM_EXTENSION = "\f^{}\\[~]|€";

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

    /** Characters that have a plain equivalent; the rest outside printable ASCII becomes '?'. */
    private static final Map<Character, String> PLAIN = Map.ofEntries(
            Map.entry('đ', "d"),
            Map.entry('Đ', "D"),
            Map.entry('‘', "'"),
            Map.entry('’', "'"),
            Map.entry('‚', "'"),
            Map.entry('′', "'"),
            Map.entry('`', "'"),
            Map.entry('“', "\""),
            Map.entry('”', "\""),
            Map.entry('„', "\""),
            Map.entry('«', "\""),
            Map.entry('»', "\""),
            Map.entry('–', "-"),
            Map.entry('—', "-"),
            Map.entry('−', "-"),
            Map.entry('•', "-"),
            Map.entry('…', "..."),
            Map.entry('\u00A0', " "),
            Map.entry('\u202F', " "),
            Map.entry('\t', " "),
            Map.entry('ß', "ss"),
            Map.entry('æ', "ae"),
            Map.entry('Æ', "AE"),
            Map.entry('ø', "o"),
            Map.entry('Ø', "O"),
            Map.entry('€', "EUR"),
            Map.entry('№', "No"),
            Map.entry('°', "o"));

    private SmsText() {}

    /**
     * Unaccented text for providers that take nothing else: diacritics removed (đ → d, Đ → D),
     * typographic quotes, dashes and spaces made plain, every other character outside printable
     * ASCII replaced by '?'. The result is GSM-7 (the backquote, not in GSM-7, becomes an apostrophe).
     */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text.replace("\r\n", "\n"), Normalizer.Form.NFD);
        String stripped = COMBINING_MARKS.matcher(decomposed).replaceAll("");
        StringBuilder plain = new StringBuilder(stripped.length());
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            String replacement = PLAIN.get(c);
            if (replacement != null) {
                plain.append(replacement);
            } else if (c == '\n' || (c >= 0x20 && c < 0x7F)) {
                plain.append(c);
            } else {
                if (Character.isHighSurrogate(c) && i + 1 < stripped.length()) {
                    i++; // one '?' for a character outside the BMP (an emoji), not two
                }
                plain.append('?');
            }
        }
        return plain.toString();
    }

    /** Whether every character is in GSM-7 (basic or extension table). */
    static boolean isGsm7(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (septets(text.charAt(i)) == 0) {
                return false;
            }
        }
        return true;
    }

    /** Septets of one character in GSM-7: 1 (basic), 2 (extension) or 0 (not in GSM-7). */
    static int septets(char c) {
        if (c != '\u001B' && GSM_BASIC.indexOf(c) >= 0) {
            return 1;
        }
        return GSM_EXTENSION.indexOf(c) >= 0 ? 2 : 0;
    }
}
