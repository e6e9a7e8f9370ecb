package vn.hdndso.search.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * A typed query taken apart without any query syntax (nothing a user types can be a syntax
 * error): phrases in double quotes and loose words. Punctuation and operators ({@code title:*},
 * {@code ~}, {@code \}) are not words and are dropped; an unbalanced quote is ignored.
 *
 * @param words every word in order (the phrases' words included), as typed
 * @param phrases the quoted phrases' words, each phrase of at least one word
 * @param loose the words outside quotes
 */
record ParsedQuery(List<String> words, List<List<String>> phrases, List<String> loose) {

    /** At most this many words are used (a pasted page does not become a thousand-clause query). */
    public static final int MAX_WORDS = 32;

    public ParsedQuery {
        words = List.copyOf(words);
        phrases = phrases.stream().map(List::copyOf).toList();
        loose = List.copyOf(loose);
    }

    public boolean isEmpty() {
        return words.isEmpty();
    }

    public static ParsedQuery of(String typed) {
        String text = Normalizer.normalize(typed, Normalizer.Form.NFC)
                .replace('\u201C', '"')
                .replace('\u201D', '"')
                .replace('\u201E', '"')
                .replace('\u00AB', '"')
                .replace('\u00BB', '"');
        int quotes = (int) text.chars().filter(c -> c == '"').count();
        if (quotes % 2 == 1) {
            int last = text.lastIndexOf('"');
            text = text.substring(0, last) + " " + text.substring(last + 1);
        }
        var words = new ArrayList<String>();
        var phrases = new ArrayList<List<String>>();
        var loose = new ArrayList<String>();
        String[] parts = text.split("\"", -1);
        for (int i = 0; i < parts.length; i++) {
            var kept = new ArrayList<String>();
            for (VietnameseAnalysis.Word word : VietnameseAnalysis.words(parts[i])) {
                if (words.size() >= MAX_WORDS) {
                    break;
                }
                words.add(word.text());
                kept.add(word.text());
            }
            if (i % 2 == 1) {
                if (!kept.isEmpty()) {
                    phrases.add(kept);
                }
            } else {
                loose.addAll(kept);
            }
        }
        return new ParsedQuery(words, phrases, loose);
    }
}
