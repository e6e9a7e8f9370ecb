package vn.hdndso.documents;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Working days for deadlines: Monday to Friday. Public holidays (Tết, 30/4, 1/5, 2/9, …) are not
 * yet known to the software and count as working days.
 */
public final class WorkingDays {

    private WorkingDays() {}

    public static boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** The day {@code days} working days after {@code from} ({@code from} itself when 0). */
    public static LocalDate plus(LocalDate from, int days) {
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
