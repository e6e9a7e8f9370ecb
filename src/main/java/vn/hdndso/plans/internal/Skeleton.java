package vn.hdndso.plans.internal;

import java.util.ArrayList;
import java.util.List;
import vn.hdndso.shared.VnText;

/**
 * A line's words reduced to what survives OCR: folded to lower-case ASCII (no diacritics, đ → d),
 * with the digits and symbols OCR puts for letters inside words read back as letters ("s6" → "so",
 * "x4" → "xa", "1ap" → "lap", "[t" → "it"), everything else a separator. Numbers and "%" stay.
 * Words are compared with a small edit distance, so "thudng tryc" still matches "thuong truc".
 */
final class Skeleton {

    private final List<String> words;

    private Skeleton(List<String> words) {
        this.words = words;
    }

    static Skeleton of(String text) {
        String folded = VnText.fold(text);
        var words = new ArrayList<String>();
        var word = new StringBuilder();
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c) && c < 128 || c == '%' || isLetterLookalike(c)) {
                word.append(c);
            } else if ((c == ',' || c == '.') && isDecimalMark(folded, i)) {
                word.append('.');
            } else {
                flush(word, words);
            }
        }
        flush(word, words);
        return new Skeleton(List.copyOf(words));
    }

    /** "95,5" and "95.5": a mark between digits, with a digit before it in the same word. */
    private static boolean isDecimalMark(String text, int i) {
        return i > 0
                && i + 1 < text.length()
                && Character.isDigit(text.charAt(i - 1))
                && Character.isDigit(text.charAt(i + 1));
    }

    List<String> words() {
        return words;
    }

    String text() {
        return String.join(" ", words);
    }

    boolean isEmpty() {
        return words.isEmpty();
    }

    private static boolean isLetterLookalike(char c) {
        return c == '[' || c == '¢' || c == '€' || c == '¥' || c == '|';
    }

    private static void flush(StringBuilder word, List<String> words) {
        if (word.isEmpty()) {
            return;
        }
        String raw = word.toString();
        word.setLength(0);
        String read = readBack(raw);
        if (!read.isEmpty()) {
            words.add(read);
        }
    }

    /** A word with letters in it gets its look-alike digits and symbols read as letters; a number stays. */
    static String readBack(String raw) {
        boolean hasLetter = raw.chars().anyMatch(c -> c >= 'a' && c <= 'z');
        boolean symbolsOnly = raw.chars().noneMatch(c -> c >= 'a' && c <= 'z' || c >= '0' && c <= '9');
        if (symbolsOnly) {
            return raw.equals("%") ? raw : "";
        }
        if (!hasLetter && raw.chars().noneMatch(c -> isLetterLookalike((char) c))) {
            return raw;
        }
        var out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            out.append(
                    switch (c) {
                        case '0', '6' -> 'o';
                        case '1', '|' -> 'l';
                        case '4' -> 'a';
                        case '5' -> 's';
                        case '3', '€' -> 'e';
                        case '[' -> 'i';
                        case '¢' -> 'c';
                        case '¥' -> 'y';
                        case '%' -> '%';
                        default -> c;
                    });
        }
        return out.toString();
    }

    /**
     * How much of a phrase this skeleton holds, 0–1: all its words in order (at most one other word
     * between two of them) gives 1; for phrases of three words or more, two thirds of them in order give
     * that fraction; less gives 0.
     */
    double holds(List<String> phrase) {
        double best = 0;
        for (int start = 0; start < words.size(); start++) {
            if (!similar(words.get(start), phrase.get(0))) {
                continue;
            }
            best = Math.max(best, matchFrom(start, phrase));
            if (best == 1) {
                return 1;
            }
        }
        return best;
    }

    private double matchFrom(int start, List<String> phrase) {
        int matched = 0;
        int position = start;
        for (String wanted : phrase) {
            int found = -1;
            for (int i = position; i < Math.min(words.size(), position + 2); i++) {
                if (similar(words.get(i), wanted)) {
                    found = i;
                    break;
                }
            }
            if (found >= 0) {
                matched++;
                position = found + 1;
            } else if (matched == 0) {
                return 0;
            }
        }
        if (matched == phrase.size()) {
            return 1;
        }
        double share = (double) matched / phrase.size();
        return phrase.size() >= 3 && share >= 2.0 / 3 ? share : 0;
    }

    /**
     * Equal, or one edit apart (two for words of seven letters or more); a word of four letters or
     * fewer must keep its first letter, since OCR damages vowels and marks, not the opening consonant.
     * OCR also prints "ư" as "ir", "tr" or "ur" ("cử" → "cir", "ctr"): those read as "u".
     */
    static boolean similar(String word, String wanted) {
        if (word.equals(wanted)) {
            return true;
        }
        int shorter = Math.min(word.length(), wanted.length());
        if (shorter <= 1) {
            return false;
        }
        if (shorter <= 4 && word.charAt(0) != wanted.charAt(0)) {
            return false;
        }
        int allowed = shorter >= 7 ? 2 : 1;
        if (Math.abs(word.length() - wanted.length()) <= allowed && distance(word, wanted, allowed) <= allowed) {
            return true;
        }
        return word.length() == wanted.length() + 1 && readsAsHornedU(word, wanted);
    }

    private static boolean readsAsHornedU(String word, String wanted) {
        for (int i = wanted.indexOf('u'); i >= 0; i = wanted.indexOf('u', i + 1)) {
            for (String printed : HORNED_U) {
                String variant = wanted.substring(0, i) + printed + wanted.substring(i + 1);
                if (variant.equals(word) || variant.length() >= 5 && distance(word, variant, 1) <= 1) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final List<String> HORNED_U = List.of("ir", "tr", "ur");

    private static int distance(String a, String b, int cap) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.min(rowMin, current[j]);
            }
            if (rowMin > cap) {
                return rowMin;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
