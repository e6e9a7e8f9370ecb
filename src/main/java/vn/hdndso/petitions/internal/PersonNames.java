package vn.hdndso.petitions.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds a known person's name (or an address) in a text as a run of whole syllables, whatever the
 * case and with or without diacritics ("Nguyễn Văn An", "nguyen van an", "NGUYỄN VĂN AN"); for a
 * name of three syllables or more, also the last two ("Văn An"), which is how neighbours write it.
 */
final class PersonNames {

    private PersonNames() {}

    /** The text with every occurrence replaced by {@code hidden}. */
    static String hide(String text, String known, boolean name, String hidden) {
        List<String> wanted = folded(TextFeatures.syllables(known));
        if (wanted.isEmpty()) {
            return text;
        }
        List<List<String>> variants = new ArrayList<>();
        variants.add(wanted);
        if (name && wanted.size() >= 3) {
            variants.add(wanted.subList(wanted.size() - 2, wanted.size()));
        }
        String out = text;
        for (List<String> variant : variants) {
            out = hideRun(out, variant, hidden);
        }
        return out;
    }

    private static String hideRun(String text, List<String> wanted, String hidden) {
        List<int[]> spans = syllableSpans(text);
        StringBuilder out = new StringBuilder();
        int copied = 0;
        int i = 0;
        while (i + wanted.size() <= spans.size()) {
            boolean match = true;
            for (int k = 0; k < wanted.size() && match; k++) {
                int[] span = spans.get(i + k);
                match = fold(text.substring(span[0], span[1])).equals(wanted.get(k));
            }
            if (match) {
                int start = spans.get(i)[0];
                int end = spans.get(i + wanted.size() - 1)[1];
                out.append(text, copied, start).append(hidden);
                copied = end;
                i += wanted.size();
            } else {
                i++;
            }
        }
        out.append(text.substring(copied));
        return out.toString();
    }

    /** Where each syllable (a run of letters and digits) starts and ends. */
    private static List<int[]> syllableSpans(String text) {
        List<int[]> spans = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean letter = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                spans.add(new int[] {start, i});
                start = -1;
            }
        }
        return spans;
    }

    private static List<String> folded(List<String> syllables) {
        return syllables.stream().map(PersonNames::fold).toList();
    }

    private static String fold(String syllable) {
        return TextFeatures.fold(syllable.toLowerCase(Locale.ROOT));
    }
}
