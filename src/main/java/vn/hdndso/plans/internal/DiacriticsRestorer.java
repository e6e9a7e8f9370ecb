package vn.hdndso.plans.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.hdndso.shared.VnText;

/**
 * Puts the diacritics back into Vietnamese text that lost them, as OCR of a scanned plan does
 * ("Muc tiéu cu thé dén hét nim 2026" → "Mục tiêu cụ thể đến hết năm 2026"). Each word is read as
 * the syllables it could be — those written the same without diacritics and, for a word OCR damaged
 * ("ctia", "nim", "lyc"), those one edit away — and the most probable sequence of syllables in each
 * run of words is chosen with the corpus's syllable-pair counts (Viterbi). The result is a reading
 * for people, always shown as restored: the plan's own text stays what was uploaded.
 */
final class DiacriticsRestorer {

    /** Below this share of letters with diacritics, a Vietnamese text has lost them. */
    static final double DIACRITICS_SHARE_OF_INTACT_TEXT = 0.12;

    private static final double EXACT = 0.0;
    private static final double NEAR = Math.log(0.02);
    private static final int FORMS_PER_KEY = 4;
    private static final int MAX_CANDIDATES = 16;
    private static final int RARE_KEY = 5;
    /** How OCR prints "ủ", "ư" and "u" with marks besides what {@link Skeleton#similar} knows: "ctia" → "của". */
    private static final List<String> U_AS_PRINTED = List.of("ti", "ii");

    private final DiacriticsModel model;
    private final Map<String, List<Candidate>> candidatesByKey = new HashMap<>();

    DiacriticsRestorer(DiacriticsModel model) {
        this.model = model;
    }

    /** Whether a Vietnamese text seems to have lost its diacritics (few letters carry any). */
    static boolean lacksDiacritics(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        long letters = nfc.chars().filter(Character::isLetter).count();
        if (letters < 20) {
            return false;
        }
        long marked = nfc.chars().filter(c -> Character.isLetter(c) && c > 127).count();
        return (double) marked / letters < DIACRITICS_SHARE_OF_INTACT_TEXT;
    }

    /** The text with diacritics restored; spacing, punctuation, numbers and line breaks kept. */
    synchronized String restore(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        var out = new StringBuilder(nfc.length() + nfc.length() / 8);
        List<Word> run = new ArrayList<>();
        int i = 0;
        while (i < nfc.length()) {
            int end = wordEnd(nfc, i);
            if (end > i) {
                String token = nfc.substring(i, end);
                String key = Skeleton.readBack(VnText.fold(token));
                boolean hasLetter = key.chars().anyMatch(c -> c >= 'a' && c <= 'z');
                List<Candidate> candidates = hasLetter ? candidates(key) : List.of();
                if (candidates.isEmpty()) {
                    flush(run, out);
                    out.append(token);
                } else {
                    run.add(new Word(token, candidates, out.length()));
                    out.append(token);
                }
                i = end;
            } else {
                char c = nfc.charAt(i);
                if (c != ' ' && c != '\n' && c != '\r') {
                    flush(run, out); // a wrapped line goes on with the same sentence, punctuation ends it
                }
                i++;
                out.append(c);
            }
        }
        flush(run, out);
        return out.toString();
    }

    private static int wordEnd(String text, int start) {
        int i = start;
        while (i < text.length()) {
            char c = text.charAt(i);
            boolean inner = Character.isLetterOrDigit(c)
                    || c == '¢'
                    || c == '€'
                    || c == '¥'
                    || (c == '[' || c == '|') && i > start;
            if (!inner) {
                break;
            }
            i++;
        }
        return i;
    }

    /** Chooses the run's most probable syllables and writes them over the run's words in {@code out}. */
    private void flush(List<Word> run, StringBuilder out) {
        if (run.isEmpty()) {
            return;
        }
        int n = run.size();
        double[][] score = new double[n][];
        int[][] back = new int[n][];
        for (int w = 0; w < n; w++) {
            List<Candidate> here = run.get(w).candidates();
            score[w] = new double[here.size()];
            back[w] = new int[here.size()];
            for (int c = 0; c < here.size(); c++) {
                Candidate candidate = here.get(c);
                if (w == 0) {
                    score[w][c] = candidate.channel() + model.logProbability(candidate.syllable(), "");
                    continue;
                }
                List<Candidate> before = run.get(w - 1).candidates();
                double best = Double.NEGATIVE_INFINITY;
                int from = 0;
                for (int p = 0; p < before.size(); p++) {
                    double s = score[w - 1][p]
                            + model.logProbability(
                                    candidate.syllable(), before.get(p).syllable());
                    if (s > best) {
                        best = s;
                        from = p;
                    }
                }
                score[w][c] = best + candidate.channel();
                back[w][c] = from;
            }
        }
        int c = 0;
        for (int k = 1; k < score[n - 1].length; k++) {
            if (score[n - 1][k] > score[n - 1][c]) {
                c = k;
            }
        }
        String[] chosen = new String[n];
        for (int w = n - 1; w >= 0; w--) {
            chosen[w] = run.get(w).candidates().get(c).syllable();
            c = back[w][c];
        }
        // replace from the last word backwards so earlier offsets stay valid
        for (int w = n - 1; w >= 0; w--) {
            Word word = run.get(w);
            String written = cased(chosen[w], word.token());
            out.replace(word.offset(), word.offset() + word.token().length(), written);
        }
        run.clear();
    }

    private List<Candidate> candidates(String key) {
        List<Candidate> known = candidatesByKey.get(key);
        if (known != null) {
            return known;
        }
        List<Candidate> candidates = new ArrayList<>();
        model.forms(key).stream().limit(FORMS_PER_KEY).forEach(f -> candidates.add(new Candidate(f, EXACT)));
        if (model.keyCount(key) < RARE_KEY && key.length() >= 2) {
            List<String> near = new ArrayList<>();
            for (int length = key.length() - 2; length <= key.length() + 1; length++) {
                for (String other : model.keysOfLength(length)) {
                    if (!other.equals(key) && Skeleton.similar(key, other)) {
                        near.add(other);
                    }
                }
            }
            for (String printed : U_AS_PRINTED) {
                int at = key.indexOf(printed);
                if (at > 0) {
                    String other = key.substring(0, at) + "u" + key.substring(at + printed.length());
                    if (!near.contains(other)) {
                        near.add(other);
                    }
                }
            }
            near.sort(Comparator.comparing((String k) -> -model.keyCount(k)).thenComparing(k -> k));
            for (String other : near) {
                model.forms(other).stream().limit(FORMS_PER_KEY).forEach(f -> candidates.add(new Candidate(f, NEAR)));
                if (candidates.size() >= MAX_CANDIDATES) {
                    break;
                }
            }
        }
        List<Candidate> result = List.copyOf(candidates.subList(0, Math.min(candidates.size(), MAX_CANDIDATES)));
        candidatesByKey.put(key, result);
        return result;
    }

    /** The syllable in the case of the word it replaces: "HOQI" → "HỘI", "Muc" → "Mục". */
    static String cased(String syllable, String token) {
        long letters = token.chars().filter(Character::isLetter).count();
        boolean allUpper =
                letters > 1 && token.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
        if (allUpper) {
            return syllable.toUpperCase(Locale.ROOT);
        }
        if (!token.isEmpty() && Character.isUpperCase(token.codePointAt(0))) {
            return syllable.substring(0, 1).toUpperCase(Locale.ROOT) + syllable.substring(1);
        }
        return syllable;
    }

    private record Word(String token, List<Candidate> candidates, int offset) {}

    private record Candidate(String syllable, double channel) {}

    /** For tests: the restored form of one word out of context. */
    @Nullable
    String best(String word) {
        List<Candidate> candidates = candidates(Skeleton.readBack(VnText.fold(word)));
        return candidates.isEmpty() ? null : candidates.getFirst().syllable();
    }
}
