package vn.hdndso.documents;

import java.time.LocalDate;

/**
 * Working days for deadlines: Monday to Friday, except public holidays and the days off announced
 * for the year, plus the weekend days announced as working days ({@link PublicHolidays}). The
 * application's instance is a bean configured under {@code hdnd.holidays}; plain code and tests
 * may use {@link #STATUTORY}.
 */
public final class WorkingDays {

    /** The Labour Code's holidays, nothing announced. */
    public static final WorkingDays STATUTORY = new WorkingDays(PublicHolidays.STATUTORY);

    private final PublicHolidays holidays;

    public WorkingDays(PublicHolidays holidays) {
        this.holidays = holidays;
    }

    public PublicHolidays holidays() {
        return holidays;
    }

    public boolean isWorkingDay(LocalDate day) {
        return !holidays.isDayOff(day);
    }

    /** The day {@code days} working days after {@code from} ({@code from} itself when 0). */
    public LocalDate plus(LocalDate from, int days) {
        LocalDate day = from;
        int left = days;
        while (left > 0) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }
}
