package vn.hdndso.petitions;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What one statement of the minutes says: who spoke ("Cử tri Nguyễn Văn An (thôn Đông) kiến nghị:
 * …"), the area named, and what was asked. Patterns run on the folded copy of the text, so the same
 * rule reads "Cu tri Nguyen Van An (thon Dong) kien nghi: …".
 */
record VoterStatement(List<String> voters, @Nullable String area, String content) {

    /** Who speaks: "cử tri", "các cử tri", "ý kiến (của) cử tri", "ông", "bà", "anh", "chị". */
    static final Pattern SPEAKER = Pattern.compile(
            "^(?:(?:y kien|kien nghi)\\s+(?:cua\\s+)?)?(?:cac\\s+)?(?:cu tri|ong|ba|anh|chi|cu|dong chi|d/c)\\b\\s*:?\\s*");

    /** What a voter does with words: the verb that ends the speaker's part. */
    static final Pattern VERB = Pattern.compile(
            "\\b(?:phan anh|kien nghi|de nghi|de xuat|hoi|neu y kien|neu|co y kien|y kien|mong muon|mong|yeu cau|"
                    + "thac mac|bay to|gop y|cho rang)\\b");

    /** Area words, folded; the original must spell the ambiguous ones with their marks (ấp, bản, làng). */
    private static final Pattern AREA =
            Pattern.compile("\\b(?:to dan pho|khu dan cu|khu pho|tdp|thon|xom|ap|ban|lang|to|khu)\\b\\s*(?:so\\s+)?");

    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{Ll}\\p{M}]*");

    static VoterStatement read(FoldedLine statement) {
        FoldedLine text = statement.strip();
        Matcher speaker = SPEAKER.matcher(text.folded());
        if (!speaker.find()) {
            return new VoterStatement(List.of(), area(text), text.original());
        }
        Matcher verb = VERB.matcher(text.folded());
        int searchFrom = speaker.end();
        if (!findVerb(verb, text, searchFrom) || verb.start() > 240) {
            int colon = text.original().indexOf(':', searchFrom);
            if (colon < 0 || colon > 240) {
                return new VoterStatement(List.of(), area(text), text.original());
            }
            FoldedLine who = text.substring(searchFrom, colon);
            return new VoterStatement(
                    names(who), firstNonNull(area(who), area(text)), content(text.substring(colon + 1)));
        }
        FoldedLine who = text.substring(searchFrom, verb.start());
        String afterVerb = text.original().substring(verb.end()).stripLeading();
        String content = afterVerb.startsWith(":")
                ? content(FoldedLine.of(afterVerb.substring(1)))
                : content(text.substring(verb.start()));
        return new VoterStatement(names(who), firstNonNull(area(who), area(text)), content);
    }

    /** Finds the next verb written in lower case: "Nguyễn Văn Hội" is a name, "hỏi" a verb. */
    static boolean findVerb(Matcher verb, FoldedLine text, int from) {
        int at = from;
        while (at <= text.folded().length() && verb.find(at)) {
            if (Character.isLowerCase(text.original().charAt(verb.start()))) {
                return true;
            }
            at = verb.end();
        }
        return false;
    }

    /** True when the speaker's part ends with a colon and nothing follows: the items come on the next lines. */
    boolean isHeaderOnly() {
        return content.isBlank();
    }

    private static String content(FoldedLine rest) {
        String text = rest.strip().original();
        while (!text.isEmpty() && ":,;-–—".indexOf(text.charAt(0)) >= 0) {
            text = text.substring(1).strip();
        }
        if (text.toLowerCase(java.util.Locale.ROOT).startsWith("rằng ")
                || text.toLowerCase(java.util.Locale.ROOT).startsWith("rang ")) {
            text = text.substring(5).strip();
        }
        if (text.isEmpty()) {
            return "";
        }
        return text.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + text.substring(1);
    }

    /** The names in the speaker's part: runs of two to five capitalised syllables, areas left out. */
    static List<String> names(FoldedLine who) {
        String withoutAreas = who.original();
        Matcher areas = AREA.matcher(who.folded());
        StringBuilder cleaned = new StringBuilder(withoutAreas);
        while (areas.find()) {
            String name = areaName(who, areas.start(), areas.end());
            if (name != null) {
                for (int i = areas.start(); i < Math.min(cleaned.length(), areas.end() + name.length()); i++) {
                    cleaned.setCharAt(i, ',');
                }
            }
        }
        List<String> names = new ArrayList<>();
        String noBrackets = cleaned.toString().replaceAll("\\([^)]*\\)", ",");
        for (String chunk : noBrackets.split("[,;/()]|\\s+và\\s+|\\s+va\\s+|\\s+-\\s+|\\s+–\\s+")) {
            String name = leadingName(chunk.strip());
            if (name != null && !names.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }

    private static @Nullable String leadingName(String chunk) {
        String text = chunk.replaceFirst("^(?i)(ông|bà|anh|chị|cụ|ong|ba|anh|chi|cu)\\s+", "");
        String[] words = text.split("\\s+");
        List<String> run = new ArrayList<>();
        for (String word : words) {
            if (NAME_WORD.matcher(word).matches() && word.length() <= 12) {
                run.add(word);
            } else {
                break;
            }
        }
        return run.size() >= 2 && run.size() <= 5 ? String.join(" ", run) : null;
    }

    /** The first area the text names ("thôn Đông", "tổ dân phố số 2", "xóm 3"), as written. */
    static @Nullable String area(FoldedLine text) {
        Matcher m = AREA.matcher(text.folded());
        while (m.find()) {
            String keyword = text.original().substring(m.start(), m.end()).strip();
            String folded = text.folded().substring(m.start(), m.end()).strip();
            if (!acceptedKeyword(keyword, folded)) {
                continue;
            }
            String name = areaName(text, m.start(), m.end());
            if (name != null) {
                return text.original().substring(m.start(), m.end()) + name;
            }
        }
        return null;
    }

    private static boolean acceptedKeyword(String keyword, String folded) {
        String first = keyword.split("\\s+")[0].toLowerCase(java.util.Locale.ROOT);
        return switch (folded.split("\\s+")[0]) {
            case "ap" -> first.equals("ấp");
            case "ban" -> first.equals("bản");
            case "lang" -> first.equals("làng");
            default -> true;
        };
    }

    /** The area's own name after its keyword: capitalised words or a number, up to three. */
    private static @Nullable String areaName(FoldedLine text, int keywordStart, int nameStart) {
        String keyword = text.folded().substring(keywordStart, nameStart).strip();
        String after = text.original().substring(nameStart);
        Matcher m = Pattern.compile(
                        "^(?:\\d+[A-Za-z]?|[\\p{Lu}][\\p{L}\\p{M}\\d]*)(?:\\s+(?:\\d+|[\\p{Lu}][\\p{L}\\p{M}\\d]*)){0,2}")
                .matcher(after);
        if (!m.find()) {
            return null;
        }
        String name = m.group();
        boolean numeric = Character.isDigit(name.charAt(0));
        if ((keyword.startsWith("to") && !keyword.startsWith("to dan pho") || keyword.equals("khu")) && !numeric) {
            return null; // "Tổ đại biểu", "khu vực": only "tổ 5", "khu 3"
        }
        return name;
    }

    private static @Nullable String firstNonNull(@Nullable String a, @Nullable String b) {
        return a != null ? a : b;
    }
}
