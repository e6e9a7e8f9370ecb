package vn.hdndso.search.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.web.util.HtmlUtils;

/**
 * Snippets with the matched words marked: the window of the text holding the most different query
 * words, HTML-escaped, each match in {@code <mark>}. A word matches when its folded form equals a
 * query word's, or is one edit away from a query word of five letters or more (OCR damage). Of
 * windows holding as many query words, the cleanest is quoted: the one with the fewest marks of
 * OCR damage (stray symbols such as "¢", "|" or "~"), so a scanned document's readable passage
 * is preferred to its garbled one.
 */
final class Snippets {

    static final int WINDOW = 220;

    private Snippets() {}

    /** The best window of {@code text} for the words, or its beginning when none matches. */
    public static String snippet(String text, List<String> foldedWords) {
        List<VietnameseAnalysis.Word> words = VietnameseAnalysis.words(text);
        int bestStart = 0;
        int bestScore = 0;
        int bestDamage = Integer.MAX_VALUE;
        for (int i = 0; i < words.size(); i++) {
            if (!matches(words.get(i).folded(), foldedWords)) {
                continue;
            }
            Set<String> distinct = new HashSet<>();
            int limit = words.get(i).start() + WINDOW;
            for (int j = i; j < words.size() && words.get(j).end() <= limit; j++) {
                if (matches(words.get(j).folded(), foldedWords)) {
                    distinct.add(words.get(j).folded());
                }
            }
            int score = distinct.size();
            int start = words.get(i).start();
            int damage = score >= bestScore ? damage(text, start, Math.min(text.length(), start + WINDOW)) : 0;
            if (score > bestScore || (score == bestScore && damage < bestDamage)) {
                bestScore = score;
                bestStart = start;
                bestDamage = damage;
            }
        }
        int from = bestScore == 0 ? 0 : startOfWindow(text, bestStart);
        int to = Math.min(text.length(), from + WINDOW);
        while (to < text.length() && to > from && !Character.isWhitespace(text.charAt(to))) {
            to++;
        }
        String html = mark(text.substring(from, to), foldedWords);
        return (from > 0 ? "… " : "") + html.strip() + (to < text.length() ? " …" : "");
    }

    /** The whole text, escaped, with its matching words marked. */
    public static String mark(String text, List<String> foldedWords) {
        var out = new StringBuilder(text.length() + 32);
        int at = 0;
        for (VietnameseAnalysis.Word word : VietnameseAnalysis.words(text)) {
            if (!matches(word.folded(), foldedWords)) {
                continue;
            }
            out.append(escape(text.substring(at, word.start())));
            out.append("<mark>")
                    .append(escape(text.substring(word.start(), word.end())))
                    .append("</mark>");
            at = word.end();
        }
        out.append(escape(text.substring(at)));
        return flatten(out.toString());
    }

    /** Marks of OCR damage between {@code from} and {@code to}: symbols Vietnamese prose does not use. */
    static int damage(String text, int from, int to) {
        int damage = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c)
                    && !Character.isWhitespace(c)
                    && ".,;:!?()\"'/-–—%«»“”‘’…".indexOf(c) < 0) {
                damage++;
            }
        }
        return damage;
    }

    private static int startOfWindow(String text, int firstMatch) {
        int from = Math.max(0, firstMatch - 60);
        while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) {
            from++;
            if (from >= firstMatch) {
                return firstMatch;
            }
        }
        return from;
    }

    static boolean matches(String folded, List<String> foldedWords) {
        for (String word : foldedWords) {
            if (word.equals(folded)) {
                return true;
            }
            if (word.length() >= QueryPlanner.FUZZY_MIN_LENGTH
                    && folded.length() >= QueryPlanner.FUZZY_MIN_LENGTH
                    && oneEditAway(word, folded)) {
                return true;
            }
        }
        return false;
    }

    /** Whether two words differ by at most one insertion, deletion or substitution. */
    static boolean oneEditAway(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1 || a.charAt(0) != (lb == 0 ? 0 : b.charAt(0))) {
            return false;
        }
        int i = 0;
        int j = 0;
        boolean edited = false;
        while (i < la && j < lb) {
            if (a.charAt(i) == b.charAt(j)) {
                i++;
                j++;
                continue;
            }
            if (edited) {
                return false;
            }
            edited = true;
            if (la > lb) {
                i++;
            } else if (lb > la) {
                j++;
            } else {
                i++;
                j++;
            }
        }
        return true;
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    private static String flatten(String html) {
        return html.replaceAll("\\s+", " ");
    }
}
