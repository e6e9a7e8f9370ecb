package vn.hdndso.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.hdndso.indicators.Period;
import vn.hdndso.shared.InvalidInputException;

/**
 * The periods a report covers: a half-year ({@code 2026-H1}, the 6-monthly report) or a year
 * ({@code 2026}). A month is a period of the indicators but not of a report.
 */
public final class ReportingPeriods {

    private ReportingPeriods() {}

    /**
     * Reads {@code 2026-H1}, {@code 2026-H2} or {@code 2026}; a month ({@code 2026-06}) or anything
     * else is refused with a message on the field {@code period}.
     */
    public static Period parse(String text) {
        Period period;
        try {
            period = Period.parse(text);
        } catch (InvalidInputException | IllegalArgumentException e) {
            throw InvalidInputException.of("period", "reports.period.invalid", text);
        }
        if (period.kind() == Period.Kind.MONTH) {
            throw InvalidInputException.of("period", "reports.period.month", text);
        }
        return period;
    }

    /** How a report's title names the period: "6 tháng đầu năm 2026", "6 tháng cuối năm 2026", "năm 2026". */
    public static String phrase(Period period) {
        return switch (period.kind()) {
            case HALF -> (period.index() == 1 ? "6 tháng đầu năm " : "6 tháng cuối năm ") + period.year();
            case YEAR -> "năm " + period.year();
            case MONTH -> "tháng " + period.index() + " năm " + period.year();
        };
    }

    /**
     * The periods offered for a report on the day: the half-years and years of this year and the
     * previous one, newest first.
     */
    public static List<Period> offered(LocalDate today) {
        List<Period> periods = new ArrayList<>();
        for (int year = today.getYear(); year >= today.getYear() - 1; year--) {
            if (year < today.getYear() || today.getMonthValue() > 6) {
                periods.add(Period.half(year, 2));
            }
            periods.add(Period.half(year, 1));
            periods.add(Period.year(year));
        }
        return periods;
    }
}
