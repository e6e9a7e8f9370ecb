package vn.hdndso.portal.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.hdndso.indicators.Period;
import vn.hdndso.shared.InvalidInputException;

/**
 * The periods the public indicator pages offer: the current year by default, the years since the
 * plans under Resolution 57 were adopted ({@value #FIRST_YEAR}), and the half-years of the chosen
 * year that have begun.
 */
final class IndicatorPeriods {

    /** The plans under Resolution 57-NQ/TW were adopted in 2025: no indicator reaches further back. */
    static final int FIRST_YEAR = 2025;

    private IndicatorPeriods() {}

    /** A period to choose, and whether it is the one shown. */
    record Choice(String value, Period period, boolean selected) {}

    /**
     * The period a page asks for: the {@code period} query parameter, or the current year.
     *
     * @throws InvalidInputException for anything {@link Period#parse} does not read, with a
     *     message for the public pages
     */
    static Period read(@Nullable String text, LocalDate today) {
        if (text == null || text.isBlank()) {
            return Period.year(today.getYear());
        }
        try {
            return Period.parse(text);
        } catch (InvalidInputException | IllegalArgumentException e) {
            throw InvalidInputException.of("period", "indicators.pages.period.invalid", shorten(text));
        }
    }

    /** The years from this one back to {@value #FIRST_YEAR}, then the begun half-years of the selected year. */
    static List<Choice> choices(Period selected, LocalDate today) {
        List<Choice> choices = new ArrayList<>();
        for (int year = today.getYear(); year >= Math.min(FIRST_YEAR, today.getYear()); year--) {
            Period p = Period.year(year);
            choices.add(new Choice(p.toString(), p, p.equals(selected)));
        }
        int year = selected.year();
        for (int half = 1; half <= 2; half++) {
            Period p = Period.half(year, half);
            if (!p.start().isAfter(today)) {
                choices.add(new Choice(p.toString(), p, p.equals(selected)));
            }
        }
        if (selected.kind() == Period.Kind.MONTH) {
            choices.add(new Choice(selected.toString(), selected, true));
        }
        return choices;
    }

    /**
     * The months a chart of the period shows: those of its year (a month's or half-year's too)
     * up to the current month; a future year shows nothing.
     */
    static List<Period> monthsOfYear(Period period, LocalDate today) {
        Period current = Period.containing(today, Period.Kind.MONTH);
        return Period.year(period.year()).months().stream()
                .filter(m -> m.compareTo(current) <= 0)
                .toList();
    }

    /** The twelve months up to the period's end or the current month, whichever is earlier. */
    static List<Period> lastTwelveMonths(Period period, LocalDate today) {
        LocalDate end = period.end().isBefore(today) ? period.end() : today;
        Period month = Period.containing(end, Period.Kind.MONTH);
        List<Period> months = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            months.addFirst(month);
            month = month.previous();
        }
        return months;
    }

    private static String shorten(String text) {
        String stripped = text.strip();
        return stripped.length() > 20 ? stripped.substring(0, 20) + "…" : stripped;
    }
}
