package vn.hdndso.petitions.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The places a petition names, so that the same complaint about two places stays two issues and one
 * place written two ways is one: a road ("đường Lê Lợi", "phố Lê Lợi", "duong Le Loi", "tuyến
 * đường Lê Lợi"; "quốc lộ 10", "QL10"), an alley ("ngõ 12", "hẻm 5", "kiệt 7"), or a hamlet or
 * residential group ("thôn Đông", "xóm 3", "ấp Phú Mỹ", "tổ dân phố số 5", "khu phố 2").
 *
 * <p>A place is a kind word followed by a name: a number ("thôn 3", "ngõ 12B") or words that begin
 * with a capital ("Lê Lợi", "Đông Hải"), up to the next punctuation or lower-case word; so "đường
 * giao thông" or "tổ chức" name no place. A name is compared folded (without diacritics). Texts
 * written entirely in lower case name no place this way and are compared by their words alone.
 */
final class PlaceNames {

    /** What kind of place: each kind is compared with the same kind only. */
    enum Kind {
        ROAD("đường"),
        ALLEY("ngõ"),
        HAMLET("thôn");

        /** The word the place is rewritten with, so that "phố" and "đường" read the same. */
        final String word;

        Kind(String word) {
            this.word = word;
        }
    }

    /** A place: its kind and its folded name ("le loi", "3", "ql 10"). */
    record Place(Kind kind, String name) {}

    /**
     * Kind words, longest first; a value of null marks words that are no place ("thành phố"). A
     * word matches as written here or written without any diacritics, so "đường" and "duong" are
     * kind words but "áp" (điện áp) is not "ấp" and "phó" (phó chủ tịch) is not "phố".
     */
    private static final List<KindWord> KIND_WORDS = List.of(
            new KindWord("tổ dân phố", Kind.HAMLET),
            new KindWord("khu dân cư", Kind.HAMLET),
            new KindWord("tuyến đường", Kind.ROAD),
            new KindWord("đường phố", Kind.ROAD),
            new KindWord("thành phố", null),
            new KindWord("khu phố", Kind.HAMLET),
            new KindWord("khối phố", Kind.HAMLET),
            new KindWord("tỉnh lộ", Kind.ROAD),
            new KindWord("quốc lộ", Kind.ROAD),
            new KindWord("huyện lộ", Kind.ROAD),
            new KindWord("đường", Kind.ROAD),
            new KindWord("phố", Kind.ROAD),
            new KindWord("ngõ", Kind.ALLEY),
            new KindWord("ngách", Kind.ALLEY),
            new KindWord("hẻm", Kind.ALLEY),
            new KindWord("kiệt", Kind.ALLEY),
            new KindWord("thôn", Kind.HAMLET),
            new KindWord("xóm", Kind.HAMLET),
            new KindWord("ấp", Kind.HAMLET),
            new KindWord("làng", Kind.HAMLET),
            new KindWord("buôn", Kind.HAMLET),
            new KindWord("khối", Kind.HAMLET),
            new KindWord("khu", Kind.HAMLET),
            new KindWord("tổ", Kind.HAMLET));

    /** Words that say what kind of place follows; {@code kind} null for words that are no place. */
    private record KindWord(String words, @Nullable Kind kind) {}

    /** Roads known by a number: "quốc lộ 10" and "QL10" are both "ql 10". */
    private static final Map<String, String> NUMBERED_ROADS =
            Map.of("quốc lộ", "ql", "tỉnh lộ", "dt", "huyện lộ", "dh");

    private static final Pattern ROAD_CODE = Pattern.compile("(ql|dt|dh|tl)(\\d+[a-z]?)");
    private static final int LONGEST_NAME = 4;

    /** Words that end a name written straight on ("đường Lê Lợi Phường An Biên"). */
    private static final Set<String> NAME_ENDS = Set.of("phuong", "xa", "huyen", "thon", "xom", "ap");

    private PlaceNames() {}

    /** A word of the text: as written (NFC), folded lower case, and where it ends. */
    private record Word(String written, String folded, int start, int end) {

        /** This word is {@code syllable}, written with its diacritics or with none at all. */
        boolean is(String syllable) {
            String lower = written.toLowerCase(Locale.ROOT);
            return lower.equals(syllable) || lower.equals(folded) && folded.equals(TextFeatures.fold(syllable));
        }

        boolean capitalised() {
            return Character.isUpperCase(written.codePointAt(0));
        }

        boolean number() {
            return Character.isDigit(written.charAt(0));
        }
    }

    /** The text read for places. */
    record Reading(Set<Place> places, String canonical) {}

    /** The places a text names. */
    static Set<Place> in(String text) {
        return read(text).places();
    }

    /**
     * The places a text names, and the text folded with each place's kind word made the same
     * ("phố Lê Lợi" → "đường le loi", "tổ dân phố số 5" → "thôn 5") for the word fingerprint.
     */
    static Reading read(String text) {
        String normal = Normalizer.normalize(text, Normalizer.Form.NFC);
        List<Word> words = words(normal);
        Set<Place> places = new LinkedHashSet<>();
        List<String> canonical = new ArrayList<>(words.size());
        int i = 0;
        while (i < words.size()) {
            Found found = placeAt(normal, words, i);
            if (found == null) {
                canonical.add(words.get(i).folded());
                i++;
                continue;
            }
            Place place = found.place();
            if (place == null) {
                for (int k = i; k < found.next(); k++) {
                    canonical.add(words.get(k).folded());
                }
            } else {
                places.add(place);
                canonical.add(place.kind().word);
                canonical.add(place.name());
            }
            i = found.next();
        }
        return new Reading(places, String.join(" ", canonical));
    }

    /**
     * Whether two texts name different places of the same kind and none in common of that kind:
     * "thôn Đông" and "thôn Tây", "đường Lê Lợi" and "đường Trần Phú". A text that names no place
     * of a kind does not conflict with one that does.
     */
    static boolean conflict(Set<Place> a, Set<Place> b) {
        for (Kind kind : Kind.values()) {
            Set<String> left = names(a, kind);
            Set<String> right = names(b, kind);
            if (!left.isEmpty() && !right.isEmpty() && java.util.Collections.disjoint(left, right)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> names(Set<Place> places, Kind kind) {
        Set<String> out = new LinkedHashSet<>();
        for (Place p : places) {
            if (p.kind() == kind) {
                out.add(p.name());
            }
        }
        return out;
    }

    /** A place found (null: words that are no place, such as "thành phố") and the word after it. */
    private record Found(@Nullable Place place, int next) {}

    private static @Nullable Found placeAt(String text, List<Word> words, int i) {
        Matcher code = ROAD_CODE.matcher(words.get(i).folded());
        if (code.matches()) {
            return new Found(new Place(Kind.ROAD, prefix(code.group(1)) + " " + code.group(2)), i + 1);
        }
        for (KindWord entry : KIND_WORDS) {
            String[] kindWords = entry.words().split(" ");
            if (!startsWith(text, words, i, kindWords)) {
                continue;
            }
            Kind kind = entry.kind();
            if (kind == null) {
                return new Found(null, i + kindWords.length);
            }
            int next = i + kindWords.length;
            return name(text, words, next, kind, NUMBERED_ROADS.get(entry.words()));
        }
        if ((words.get(i).folded().equals("ql") || words.get(i).folded().equals("dt"))
                && i + 1 < words.size()
                && words.get(i + 1).number()
                && joined(text, words, i + 1)) {
            String prefix = prefix(words.get(i).folded());
            return new Found(
                    new Place(Kind.ROAD, prefix + " " + words.get(i + 1).folded()), i + 2);
        }
        return null;
    }

    private static String prefix(String code) {
        return code.equals("tl") ? "dt" : code;
    }

    /** The name after a kind word at {@code start}, or null when what follows is no name. */
    private static @Nullable Found name(
            String text, List<Word> words, int start, Kind kind, @Nullable String numberedPrefix) {
        int i = start;
        if (i < words.size() && words.get(i).is("số") && joined(text, words, i)) {
            i++; // "tổ dân phố số 5"
        }
        if (i >= words.size() || !joined(text, words, i)) {
            return null;
        }
        Word first = words.get(i);
        if (first.number()) {
            String name = numberedPrefix == null ? first.folded() : numberedPrefix + " " + first.folded();
            return new Found(new Place(kind, name), i + 1);
        }
        if (numberedPrefix != null || !first.capitalised()) {
            return null;
        }
        List<String> name = new ArrayList<>();
        int j = i;
        while (j < words.size()
                && name.size() < LONGEST_NAME
                && words.get(j).capitalised()
                && (j == i
                        || joined(text, words, j)
                                && !NAME_ENDS.contains(words.get(j).folded()))) {
            name.add(words.get(j).folded());
            j++;
        }
        return new Found(new Place(kind, String.join(" ", name)), j);
    }

    /** The words {@code kindWords} start at word {@code i}, separated by spaces only. */
    private static boolean startsWith(String text, List<Word> words, int i, String[] kindWords) {
        if (i + kindWords.length > words.size()) {
            return false;
        }
        for (int k = 0; k < kindWords.length; k++) {
            if (!words.get(i + k).is(kindWords[k]) || k > 0 && !joined(text, words, i + k)) {
                return false;
            }
        }
        return true;
    }

    /** Word {@code i} follows the word before it with nothing but spaces between them. */
    private static boolean joined(String text, List<Word> words, int i) {
        if (i == 0) {
            return true;
        }
        return text.substring(words.get(i - 1).end(), words.get(i).start()).isBlank();
    }

    private static List<Word> words(String text) {
        List<Word> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean letter = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                String written = text.substring(start, i);
                String folded = TextFeatures.fold(written.toLowerCase(Locale.ROOT));
                out.add(new Word(written, folded, start, i));
                start = -1;
            }
        }
        return out;
    }
}
