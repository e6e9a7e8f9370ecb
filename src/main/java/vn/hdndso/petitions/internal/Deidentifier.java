package vn.hdndso.petitions.internal;

import java.util.Collection;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.hdndso.shared.VnText;

/**
 * Removes what identifies voters from text that is published or shown without login: phone
 * numbers, e-mail addresses, house numbers, a person named after a form of address ("ông Nguyễn
 * Văn A", "bà Lan") and the names and addresses the petitions themselves carry.
 */
final class Deidentifier {

    public static final String HIDDEN = "[đã ẩn]";

    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
    private static final Pattern PHONE =
            Pattern.compile("(?<![\\d])(\\+?84|0)[\\s.-]?\\d{2,3}([\\s.-]?\\d{3}){2}(?![\\d])");
    private static final Pattern HOUSE = Pattern.compile(
            "(?iU)(?<![\\p{L}\\d])(số nhà|nhà số|so nha|nha so|số|so)\\s+\\d+[a-z]?(/\\d+)*(\\s*,?\\s*(ngõ|ngach|ngách|hẻm|kiệt|ngo|hem)\\s+\\d+)*");
    private static final Pattern HONORIFIC_NAME = Pattern.compile(
            "(?U)(?<![\\p{L}])(ông|bà|anh|chị|cô|chú|bác|cụ|em|Ông|Bà|Anh|Chị|Cô|Chú|Bác|Cụ)\\s+((\\p{Lu}\\p{Ll}*)(\\s+\\p{Lu}\\p{Ll}*){0,3})");

    private Deidentifier() {}

    /** The text without personal data; {@code names} and {@code addresses} are the voters' own. */
    public static String scrub(String text, Collection<String> names, Collection<String> addresses) {
        String out = VnText.normalize(text);
        out = EMAIL.matcher(out).replaceAll(HIDDEN);
        out = PHONE.matcher(out).replaceAll(HIDDEN);
        for (String known : sortedLongestFirst(addresses)) {
            out = replaceIgnoringCase(out, known);
        }
        for (String known : sortedLongestFirst(names)) {
            out = replaceIgnoringCase(out, known);
        }
        out = HOUSE.matcher(out).replaceAll(HIDDEN);
        Matcher m = HONORIFIC_NAME.matcher(out);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(m.group(1) + " " + HIDDEN));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static java.util.List<String> sortedLongestFirst(Collection<String> values) {
        return values.stream()
                .map(VnText::normalize)
                .filter(v -> v.length() >= 3)
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
    }

    private static String replaceIgnoringCase(String text, String value) {
        return Pattern.compile(Pattern.quote(value), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                .matcher(text)
                .replaceAll(Matcher.quoteReplacement(HIDDEN));
    }
}
