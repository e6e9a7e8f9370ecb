package vn.hdndso.petitions.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.hdndso.shared.VnText;

/**
 * The features of Vietnamese text the classifier and the duplicate finder use: the text in NFC,
 * lower case, cut into syllables (Vietnamese writes one syllable per word); each syllable as
 * written and folded (without diacritics, đ → d), and the folded syllable bigrams, so that "sửa
 * đường" and "sua duong" share features.
 */
final class TextFeatures {

    /** Folded function words that say nothing about what a petition asks for. */
    static final Set<String> STOP = Set.of(
            "va", "la", "cua", "cho", "cac", "nhung", "mot", "o", "tai", "voi", "de", "da", "duoc", "bi", "thi", "ma",
            "nay", "do", "khi", "trong", "tren", "duoi", "ve", "theo", "tu", "den", "nhu", "co", "khong", "rat", "can",
            "nen", "se", "dang", "hay", "hoac", "cung", "con", "nguoi", "dan", "cu", "tri", "nghi", "kien", "xin",
            "mong", "ong", "ba", "anh", "chi", "em", "toi", "chung", "ta", "gia", "dinh", "hien");

    /** Each character below U+2000 without its diacritics (đ → d), computed once from Unicode NFD. */
    private static final char[] FOLD = new char[0x2000];

    static {
        for (char c = 0; c < FOLD.length; c++) {
            String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            FOLD[c] = decomposed.isEmpty() ? c : decomposed.charAt(0);
        }
        FOLD['đ'] = 'd';
        FOLD['Đ'] = 'D';
    }

    private TextFeatures() {}

    /** A lower-case NFC syllable without diacritics: the same as {@link VnText#fold}, much faster. */
    static String fold(String syllable) {
        char[] out = null;
        for (int i = 0; i < syllable.length(); i++) {
            char c = syllable.charAt(i);
            char f = c < FOLD.length ? FOLD[c] : c;
            if (f != c) {
                if (out == null) {
                    out = syllable.toCharArray();
                }
                out[i] = f;
            }
        }
        return out == null ? syllable : new String(out);
    }

    /** NFC, lower case, syllables of letters and digits. */
    public static List<String> syllables(String text) {
        String normal = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= normal.length(); i++) {
            boolean letter = i < normal.length() && Character.isLetterOrDigit(normal.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                out.add(normal.substring(start, i));
                start = -1;
            }
        }
        return out;
    }

    /** Features for the classifier: "u:" syllable as written, "f:" folded, "b:" folded bigram. */
    public static List<String> classifierFeatures(String text) {
        return classifierFeatures(text, Set.of());
    }

    /**
     * The same, leaving out the syllables (folded) that say nothing about a field and the bigrams
     * made only of them; a bigram of a generic and a telling syllable ("cấp sổ") stays.
     */
    public static List<String> classifierFeatures(String text, Set<String> generic) {
        List<String> syllables = syllables(text);
        List<String> out = new ArrayList<>(syllables.size() * 3);
        String previous = null;
        boolean previousGeneric = true;
        for (String syllable : syllables) {
            String folded = fold(syllable);
            boolean isGeneric = generic.contains(folded);
            if (!isGeneric) {
                if (!syllable.equals(folded)) {
                    out.add("u:" + syllable);
                }
                out.add("f:" + folded);
            }
            if (previous != null && !(isGeneric && previousGeneric)) {
                out.add("b:" + previous + "_" + folded);
            }
            previous = folded;
            previousGeneric = isGeneric;
        }
        return out;
    }

    /**
     * The fingerprint for duplicate detection: the folded content syllables (function words left
     * out) and their bigrams, as a set. Diacritics do not matter.
     */
    public static Set<String> fingerprint(String text) {
        Set<String> out = new LinkedHashSet<>();
        String previous = null;
        for (String syllable : syllables(text)) {
            String folded = fold(syllable);
            if (STOP.contains(folded) || folded.length() < 2 && !Character.isDigit(folded.charAt(0))) {
                continue;
            }
            out.add(folded);
            if (previous != null) {
                out.add(previous + "_" + folded);
            }
            previous = folded;
        }
        return out;
    }

    /** Cosine similarity of two fingerprints as binary vectors: 0 (nothing shared) to 1 (the same). */
    public static double similarity(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        int shared = 0;
        for (String token : small) {
            if (large.contains(token)) {
                shared++;
            }
        }
        return shared / Math.sqrt((double) a.size() * b.size());
    }
}
