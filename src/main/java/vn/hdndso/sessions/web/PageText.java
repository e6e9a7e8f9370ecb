package vn.hdndso.sessions.web;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * One page of a pack document as readable text: its paragraphs, each cut into pieces that match
 * the reader's search and pieces that do not. The search ignores case and Vietnamese diacritics
 * ("nghi quyet" finds "Nghị quyết"), since people type on phones without them.
 *
 * @param number the page number, from 1
 * @param paragraphs the page's paragraphs; empty for a page without a text layer (a scan)
 * @param matches how often the search occurs on the page
 */
record PageText(int number, List<List<Piece>> paragraphs, int matches) {

    /** A run of text; {@code match} when it is what the reader searched for. */
    record Piece(String text, boolean match) {}

    /** Cuts a page's text into paragraphs and marks where {@code query} occurs (blank: nowhere). */
    static PageText of(int number, String text, String query) {
        String needle = fold(Normalizer.normalize(query.strip(), Normalizer.Form.NFC));
        List<List<Piece>> paragraphs = new ArrayList<>();
        int matches = 0;
        for (String paragraph : text.split("\n\\s*\n")) {
            String joined = paragraph.replaceAll("\\s*\n\\s*", " ").strip();
            if (joined.isEmpty()) {
                continue;
            }
            List<Piece> pieces = new ArrayList<>();
            String folded = fold(joined);
            int from = 0;
            int at = needle.isEmpty() ? -1 : folded.indexOf(needle);
            while (at >= 0) {
                if (at > from) {
                    pieces.add(new Piece(joined.substring(from, at), false));
                }
                pieces.add(new Piece(joined.substring(at, at + needle.length()), true));
                matches++;
                from = at + needle.length();
                at = folded.indexOf(needle, from);
            }
            if (from < joined.length()) {
                pieces.add(new Piece(joined.substring(from), false));
            }
            paragraphs.add(List.copyOf(pieces));
        }
        return new PageText(number, List.copyOf(paragraphs), matches);
    }

    /** Whether the page has no text layer. */
    public boolean scanned() {
        return paragraphs.isEmpty();
    }

    /**
     * Lower case without diacritics, one character for each character of the input, so that a
     * position in the folded text is the same position in the original.
     */
    static String fold(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 'đ' || c == 'Đ') {
                folded.append('d');
                continue;
            }
            String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            folded.append(Character.toLowerCase(base.isEmpty() ? c : base.charAt(0)));
        }
        return folded.toString();
    }
}
