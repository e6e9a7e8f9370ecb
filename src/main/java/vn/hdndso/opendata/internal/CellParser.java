package vn.hdndso.opendata.internal;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.hdndso.opendata.ColumnType;
import vn.hdndso.shared.VnText;

/**
 * Reads one cell as its column's type, the Vietnamese way: "1.234.567" is one million two
 * hundred …, "1.234,5" has a decimal comma, "755768.814" (more than three digits before a single
 * point) has a decimal point, "(1.200)" is negative, "12,5%" is a percentage, dates are d/M/yyyy
 * ("05/9/2025"), d-M-yyyy or ISO. A cell that cannot be read gives a problem (message key and
 * arguments), never an exception.
 */
final class CellParser {

    private static final Pattern DMY = Pattern.compile("(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ].*)?");
    private static final Pattern SCIENTIFIC = Pattern.compile("\\d+([.,]\\d+)?[eE][+-]?\\d{1,3}");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern UNIT_SUFFIX =
            Pattern.compile("(?iu)\\s*(đồng|đ|vnđ|vnd|tỷ|triệu|nghìn|ngàn|ha|m2|m²|km|người|hộ)\\.?$");

    private CellParser() {}

    /** A cell read: its value (null when empty) or a problem. */
    record Parsed(@Nullable Object value, @Nullable String problemKey, Object[] arguments) {

        static Parsed ok(@Nullable Object value) {
            return new Parsed(value, null, new Object[0]);
        }

        static Parsed problem(String key, Object... arguments) {
            return new Parsed(null, key, arguments);
        }

        public boolean failed() {
            return problemKey != null;
        }
    }

    public static Parsed parse(String raw, ColumnType type) {
        String text = VnText.normalize(raw);
        if (text.isEmpty() || text.equals("-") || text.equals("–")) {
            return Parsed.ok(null);
        }
        return switch (type) {
            case TEXT -> Parsed.ok(text);
            case INTEGER -> {
                BigDecimal n = number(text);
                if (n == null) {
                    yield Parsed.problem("opendata.cell.notNumber", text);
                }
                if (n.stripTrailingZeros().scale() > 0) {
                    yield Parsed.problem("opendata.cell.notInteger", text);
                }
                yield Parsed.ok(n.setScale(0));
            }
            case DECIMAL, MONEY -> {
                BigDecimal n = number(text);
                yield n == null ? Parsed.problem("opendata.cell.notNumber", text) : Parsed.ok(n);
            }
            case PERCENT -> {
                String withoutSign = text.endsWith("%") ? text.substring(0, text.length() - 1) : text;
                BigDecimal n = number(withoutSign);
                yield n == null ? Parsed.problem("opendata.cell.notPercent", text) : Parsed.ok(n);
            }
            case YEAR -> {
                BigDecimal n = number(text);
                if (n == null || n.stripTrailingZeros().scale() > 0) {
                    yield Parsed.problem("opendata.cell.notYear", text);
                }
                int year = n.intValue();
                yield year < 1900 || year > 2100
                        ? Parsed.problem("opendata.cell.yearOutOfRange", text)
                        : Parsed.ok(year);
            }
            case DATE -> date(text);
        };
    }

    static Parsed date(String text) {
        Matcher dmy = DMY.matcher(text);
        Matcher iso = ISO.matcher(text);
        try {
            if (dmy.matches()) {
                return Parsed.ok(LocalDate.of(
                        Integer.parseInt(dmy.group(3)),
                        Integer.parseInt(dmy.group(2)),
                        Integer.parseInt(dmy.group(1))));
            }
            if (iso.matches()) {
                return Parsed.ok(LocalDate.of(
                        Integer.parseInt(iso.group(1)),
                        Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3))));
            }
        } catch (DateTimeException e) {
            return Parsed.problem("opendata.cell.noSuchDate", text);
        }
        return Parsed.problem("opendata.cell.notDate", text);
    }

    /** Written like a date (d/M/yyyy or ISO), whether or not such a day exists. */
    static boolean looksLikeDate(String text) {
        return DMY.matcher(text).matches() || ISO.matcher(text).matches();
    }

    /** A number written the Vietnamese (or the international) way, or null. */
    static @Nullable BigDecimal number(String written) {
        String s = UNIT_SUFFIX
                .matcher(written.strip())
                .replaceAll("")
                .replace(" ", "")
                .replace("\u00a0", "");
        boolean negative = false;
        if (s.startsWith("(") && s.endsWith(")")) {
            negative = true;
            s = s.substring(1, s.length() - 1);
        }
        if (s.startsWith("-") || s.startsWith("−")) {
            negative = !negative;
            s = s.substring(1);
        } else if (s.startsWith("+")) {
            s = s.substring(1);
        }
        if (s.isEmpty()) {
            return null;
        }
        if (SCIENTIFIC.matcher(s).matches()) {
            // Excel's scientific notation of a large amount ("3.00E+05")
            BigDecimal value = new BigDecimal(s.replace(',', '.'));
            return negative ? value.negate() : value;
        }
        int dots = count(s, '.');
        int commas = count(s, ',');
        String plain;
        if (dots > 0 && commas > 0) {
            // the separator that comes last is the decimal one
            char decimal = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
            char grouping = decimal == '.' ? ',' : '.';
            if (count(s, decimal) > 1 || !groupedCorrectly(s.substring(0, s.lastIndexOf(decimal)), grouping)) {
                return null;
            }
            plain = s.replace(String.valueOf(grouping), "").replace(decimal, '.');
        } else if (dots > 1 || commas > 1) {
            char grouping = dots > 1 ? '.' : ',';
            if (!groupedCorrectly(s, grouping)) {
                return null;
            }
            plain = s.replace(String.valueOf(grouping), "");
        } else if (dots == 1) {
            int at = s.indexOf('.');
            String before = s.substring(0, at);
            String after = s.substring(at + 1);
            // "1.234" groups thousands (Vietnamese); "755768.814" and "0.5" have a decimal point
            boolean thousands = after.length() == 3 && before.length() <= 3 && !before.equals("0") && !before.isEmpty();
            plain = thousands ? before + after : s;
        } else if (commas == 1) {
            plain = s.replace(',', '.');
        } else {
            plain = s;
        }
        String[] parts = plain.split("\\.", -1);
        if (parts.length > 2 || !DIGITS.matcher(parts[0]).matches() && !(parts[0].isEmpty() && parts.length == 2)) {
            return null;
        }
        if (parts.length == 2 && !DIGITS.matcher(parts[1]).matches()) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(plain.startsWith(".") ? "0" + plain : plain);
            return negative ? value.negate() : value;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean groupedCorrectly(String s, char grouping) {
        String[] groups = s.split(Pattern.quote(String.valueOf(grouping)), -1);
        if (groups[0].isEmpty()
                || groups[0].length() > 3
                || !DIGITS.matcher(groups[0]).matches()) {
            return false;
        }
        for (int i = 1; i < groups.length; i++) {
            if (groups[i].length() != 3 || !DIGITS.matcher(groups[i]).matches()) {
                return false;
            }
        }
        return true;
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
