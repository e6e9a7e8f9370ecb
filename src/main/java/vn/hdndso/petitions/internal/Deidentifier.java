package vn.hdndso.petitions.internal;

import java.util.Collection;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.hdndso.shared.VnText;

/**
 * Removes what identifies voters from text that is published or shown without login: citizen
 * identity numbers (12 digits, or 9 after "CMND"), mobile and landline numbers ("0912 345 678",
 * "024 3825 1234", "(024) 3825.1234", "+84 24 …"), e-mail addresses (also written "(at)"), house
 * numbers, a person named after a form of address ("ông Nguyễn Văn A", "bà Lan") and the names and
 * addresses the petitions themselves carry, wherever they appear: in any case, with or without
 * diacritics, and the name also by its last two syllables ("Văn An" for "Nguyễn Văn An").
 */
final class Deidentifier {

    public static final String HIDDEN = "[đã ẩn]";

    private static final Pattern EMAIL = Pattern.compile(
            "(?i)[\\w.+-]+\\s*(@|\\(at\\)|\\[at\\]|\\s@\\s)\\s*[\\w-]+(\\s*(\\.|\\(dot\\)|\\[dot\\])\\s*[\\w-]+)+");
    /** A citizen identity number: 12 digits, possibly grouped by spaces or dots. */
    private static final Pattern CITIZEN_ID = Pattern.compile("(?<![\\d])\\d{3}([\\s.]?\\d{3}){3}(?![\\d])");
    /** A 9-digit identity card number, recognised only after its name. */
    private static final Pattern OLD_ID = Pattern.compile(
            "(?iU)(cmnd|cmtnd|chứng minh nhân dân|chung minh nhan dan|cccd|căn cước|can cuoc)(\\s*(số|so|:|#))*\\s*\\d[\\d\\s.]{7,14}\\d");
    /**
     * A Vietnamese telephone number, mobile or landline: "+84" or "0" (a landline's area code may
     * stand in brackets), then 8 to 10 more digits grouped by spaces, dots or hyphens.
     */
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\d])(\\+\\s?84|\\(\\+?84\\)|\\(0\\d{1,3}\\)|84(?=[\\s.-]?[1-9])|0)[\\s.-]?(\\d[\\s.-]?){7,9}\\d(?![\\d])");

    private static final Pattern HOUSE = Pattern.compile(
            "(?iU)(?<![\\p{L}\\d])(số nhà|nhà số|so nha|nha so|số|so)\\s+\\d+[a-z]?(/\\d+)*(\\s*,?\\s*(ngõ|ngach|ngách|hẻm|kiệt|ngo|hem)\\s+\\d+)*");
    private static final Pattern HONORIFIC_NAME = Pattern.compile(
            "(?U)(?<![\\p{L}])(ông|bà|anh|chị|cô|chú|bác|cụ|em|Ông|Bà|Anh|Chị|Cô|Chú|Bác|Cụ)\\s+((\\p{Lu}\\p{Ll}*)(\\s+\\p{Lu}\\p{Ll}*){0,3})");

    private Deidentifier() {}

    /** The text without personal data; {@code names} and {@code addresses} are the voters' own. */
    public static String scrub(String text, Collection<String> names, Collection<String> addresses) {
        String out = VnText.normalize(text);
        out = EMAIL.matcher(out).replaceAll(HIDDEN);
        out = OLD_ID.matcher(out).replaceAll(HIDDEN);
        out = CITIZEN_ID.matcher(out).replaceAll(HIDDEN);
        out = PHONE.matcher(out).replaceAll(HIDDEN);
        for (String known : sortedLongestFirst(addresses)) {
            out = replaceIgnoringCase(out, known);
            out = PersonNames.hide(out, known, false, HIDDEN);
        }
        for (String known : sortedLongestFirst(names)) {
            out = PersonNames.hide(out, known, true, HIDDEN);
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
