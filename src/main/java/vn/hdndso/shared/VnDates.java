package vn.hdndso.shared;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as people type them in Vietnam — {@code 05/09/2025}, {@code 5/9/2025}, and for moments
 * {@code 05/09/2025 14:30} — besides ISO ({@code 2025-09-05}, {@code 2025-09-05T14:30}) which the
 * browsers' date fields send. Day first, always; an impossible date (31/02/2025) is refused.
 */
public final class VnDates {

    /** The message key of the field error for a date that cannot be read. */
    public static final String INVALID = "dates.invalid";

    private static final Pattern DAY_FIRST =
            Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})(?:[ ,]+(\\d{1,2})[:h](\\d{2})(?::(\\d{2}))?)?");

    private VnDates() {}

    /** A day from {@code dd/mm/yyyy}, {@code d/m/yyyy} or ISO; throws {@link DateTimeParseException}. */
    public static LocalDate parseDate(String text) {
        String clean = text.strip();
        Matcher m = DAY_FIRST.matcher(clean);
        if (m.matches()) {
            if (m.group(4) != null) {
                throw new DateTimeParseException("a time where a day is expected", clean, 0);
            }
            return day(m, clean);
        }
        return LocalDate.parse(clean, DateTimeFormatter.ISO_LOCAL_DATE.withResolverStyle(ResolverStyle.STRICT));
    }

    /**
     * A moment from {@code dd/mm/yyyy HH:mm}, ISO ({@code 2025-09-05T14:30}, also with a space) or a
     * day alone (its start); throws {@link DateTimeParseException}.
     */
    public static LocalDateTime parseDateTime(String text) {
        String clean = text.strip();
        Matcher m = DAY_FIRST.matcher(clean);
        if (m.matches()) {
            LocalDate day = day(m, clean);
            if (m.group(4) == null) {
                return day.atStartOfDay();
            }
            try {
                return day.atTime(LocalTime.of(
                        Integer.parseInt(m.group(4)),
                        Integer.parseInt(m.group(5)),
                        m.group(6) == null ? 0 : Integer.parseInt(m.group(6))));
            } catch (java.time.DateTimeException e) {
                throw new DateTimeParseException(e.getMessage(), clean, 0, e);
            }
        }
        if (clean.length() == 10) {
            return parseDate(clean).atStartOfDay();
        }
        return LocalDateTime.parse(clean.replace(' ', 'T'));
    }

    private static LocalDate day(Matcher m, String clean) {
        try {
            return LocalDate.of(
                    Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
        } catch (java.time.DateTimeException e) {
            throw new DateTimeParseException(e.getMessage(), clean, 0, e);
        }
    }
}
