package vn.hdndso.notifications.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A text as the phone network carries it: its encoding and its parts. One GSM-7 message holds 160
 * septets, a part of a concatenated one 153 (the user data header takes 7); UCS-2 holds 70
 * characters, 67 per part. An extension character (two septets) and a surrogate pair (an emoji) are
 * never cut between two parts.
 *
 * @param text the whole text sent
 * @param encoding GSM-7 or UCS-2
 * @param parts the parts in order; their concatenation is {@code text}
 */
record SmsMessage(String text, Encoding encoding, List<String> parts) {

    enum Encoding {
        GSM7(160, 153),
        UCS2(70, 67);

        final int single;
        final int perPart;

        Encoding(int single, int perPart) {
            this.single = single;
            this.perPart = perPart;
        }
    }

    private static final String ELLIPSIS = "...";

    SmsMessage {
        parts = List.copyOf(parts);
    }

    /** The text in as many parts as it needs. */
    static SmsMessage of(String text) {
        Encoding encoding = SmsText.isGsm7(text) ? Encoding.GSM7 : Encoding.UCS2;
        return new SmsMessage(text, encoding, split(text, encoding));
    }

    /**
     * The text in at most {@code maxParts} parts: a longer text is cut at the last space that lets
     * "..." fit (or mid-word when there is none).
     */
    static SmsMessage of(String text, int maxParts) {
        SmsMessage whole = of(text);
        if (whole.parts.size() <= maxParts) {
            return whole;
        }
        int room = (maxParts == 1 ? whole.encoding.single : maxParts * whole.encoding.perPart) - ELLIPSIS.length();
        int end = 0;
        int used = 0;
        while (end < text.length()) {
            int width = width(text, end, whole.encoding);
            if (used + width > room) {
                break;
            }
            used += width;
            end += Character.isHighSurrogate(text.charAt(end)) && end + 1 < text.length() ? 2 : 1;
        }
        int space = text.lastIndexOf(' ', end);
        String cut = (space > end / 2 ? text.substring(0, space) : text.substring(0, end)).stripTrailing();
        return of(cut + ELLIPSIS);
    }

    /** How many parts. */
    int count() {
        return parts.size();
    }

    private static List<String> split(String text, Encoding encoding) {
        if (length(text, encoding) <= encoding.single) {
            return List.of(text);
        }
        List<String> parts = new ArrayList<>();
        int start = 0;
        int used = 0;
        int i = 0;
        while (i < text.length()) {
            int width = width(text, i, encoding);
            int step = encoding == Encoding.UCS2 && Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
                    ? 2
                    : 1;
            if (used + width > encoding.perPart) {
                parts.add(text.substring(start, i));
                start = i;
                used = 0;
            }
            used += width;
            i += step;
        }
        parts.add(text.substring(start));
        return parts;
    }

    /** Septets (GSM-7) or UTF-16 units (UCS-2) of the whole text. */
    static int length(String text, Encoding encoding) {
        int length = 0;
        for (int i = 0; i < text.length(); i++) {
            length += encoding == Encoding.GSM7 ? SmsText.septets(text.charAt(i)) : 1;
        }
        return length;
    }

    /** Width of the character at {@code i}: septets in GSM-7, UTF-16 units (2 for a surrogate pair) in UCS-2. */
    private static int width(String text, int i, Encoding encoding) {
        char c = text.charAt(i);
        if (encoding == Encoding.GSM7) {
            return SmsText.septets(c);
        }
        return Character.isHighSurrogate(c) && i + 1 < text.length() ? 2 : 1;
    }
}
