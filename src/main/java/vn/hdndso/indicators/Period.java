package vn.hdndso.indicators;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.hdndso.shared.InvalidInputException;

/**
 * A reporting period: a month ({@code 2026-06}), a half-year ({@code 2026-H1}, the 6-monthly
 * report) or a year ({@code 2026}). Days are Vietnam calendar days.
 *
 * @param index the month 1–12, the half 1–2, or 0 for a year
 */
public record Period(Kind kind, int year, int index) implements Comparable<Period> {

    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(H[12]|0[1-9]|1[0-2]))?");

    public enum Kind {
        MONTH,
        HALF,
        YEAR
    }

    public Period {
        if (year < 2000 || year > 2100) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        boolean valid = switch (kind) {
            case MONTH -> index >= 1 && index <= 12;
            case HALF -> index == 1 || index == 2;
            case YEAR -> index == 0;
        };
        if (!valid) {
            throw new IllegalArgumentException("bad " + kind + " index " + index);
        }
    }

    public static Period year(int year) {
        return new Period(Kind.YEAR, year, 0);
    }

    public static Period half(int year, int half) {
        return new Period(Kind.HALF, year, half);
    }

    public static Period month(YearMonth month) {
        return new Period(Kind.MONTH, month.getYear(), month.getMonthValue());
    }

    /**
     * Reads {@code 2026}, {@code 2026-H1} or {@code 2026-06}; anything else is refused with a
     * message for the field {@code period}.
     */
    public static Period parse(String text) {
        Matcher m = FORM.matcher(text.strip());
        if (!m.matches()) {
            throw InvalidInputException.of("period", "indicators.period.invalid", text);
        }
        int year = Integer.parseInt(m.group(1));
        if (year < 2000 || year > 2100) {
            throw InvalidInputException.of("period", "indicators.period.invalid", text);
        }
        String part = m.group(2);
        if (part == null) {
            return year(year);
        }
        if (part.startsWith("H")) {
            return half(year, part.charAt(1) - '0');
        }
        return new Period(Kind.MONTH, year, Integer.parseInt(part));
    }

    /** The period of this kind that holds the day. */
    public static Period containing(LocalDate day, Kind kind) {
        return switch (kind) {
            case MONTH -> new Period(Kind.MONTH, day.getYear(), day.getMonthValue());
            case HALF -> half(day.getYear(), day.getMonthValue() <= 6 ? 1 : 2);
            case YEAR -> year(day.getYear());
        };
    }

    /** The month, the half-year and the year that hold the day, in that order. */
    public static List<Period> allContaining(LocalDate day) {
        return List.of(containing(day, Kind.MONTH), containing(day, Kind.HALF), containing(day, Kind.YEAR));
    }

    public LocalDate start() {
        return switch (kind) {
            case MONTH -> LocalDate.of(year, index, 1);
            case HALF -> LocalDate.of(year, index == 1 ? 1 : 7, 1);
            case YEAR -> LocalDate.of(year, 1, 1);
        };
    }

    /** The last day of the period. */
    public LocalDate end() {
        return switch (kind) {
            case MONTH -> YearMonth.of(year, index).atEndOfMonth();
            case HALF -> index == 1 ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
            case YEAR -> LocalDate.of(year, 12, 31);
        };
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start()) && !day.isAfter(end());
    }

    /** The period of the same kind just before this one. */
    public Period previous() {
        return switch (kind) {
            case MONTH -> month(YearMonth.of(year, index).minusMonths(1));
            case HALF -> index == 2 ? half(year, 1) : half(year - 1, 2);
            case YEAR -> year(year - 1);
        };
    }

    /** The months of this period, in order (a month is its own only month). */
    public List<Period> months() {
        List<Period> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(start()); !m.isAfter(YearMonth.from(end())); m = m.plusMonths(1)) {
            months.add(month(m));
        }
        return months;
    }

    @Override
    public int compareTo(Period other) {
        int c = start().compareTo(other.start());
        return c != 0 ? c : other.end().compareTo(end());
    }

    /** {@code 2026}, {@code 2026-H1} or {@code 2026-06}: the form {@link #parse} reads. */
    @Override
    public String toString() {
        return switch (kind) {
            case MONTH -> "%d-%02d".formatted(year, index);
            case HALF -> year + "-H" + index;
            case YEAR -> Integer.toString(year);
        };
    }
}
