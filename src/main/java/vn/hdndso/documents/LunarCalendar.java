package vn.hdndso.documents;

import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.SimpleTimeZone;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;

/**
 * The Vietnamese lunar calendar (âm lịch), for the holidays that follow it: ICU4J's Chinese
 * calendar with its new moons and solar terms computed for UTC+7, Vietnam's time zone, instead of
 * Beijing's UTC+8 (the two can differ by a day, as in 1985).
 */
public final class LunarCalendar {

    private static final TimeZone VIETNAM = new SimpleTimeZone(7 * 60 * 60 * 1000, "UTC+07:00");

    private LunarCalendar() {}

    /** A lunar date: its month (1–12), whether that month is a leap month, and its day. */
    public record LunarDate(int month, boolean leapMonth, int day) {}

    /** The lunar date of a day of the Gregorian calendar. */
    public static LunarDate of(LocalDate day) {
        var calendar = new VietnameseCalendar();
        calendar.clear();
        calendar.setTimeZone(VIETNAM);
        var gregorian = new com.ibm.icu.util.GregorianCalendar(VIETNAM);
        gregorian.clear();
        gregorian.set(day.getYear(), day.getMonthValue() - 1, day.getDayOfMonth(), 12, 0, 0);
        calendar.setTimeInMillis(gregorian.getTimeInMillis());
        return new LunarDate(
                calendar.get(ChineseCalendar.MONTH) + 1,
                calendar.get(ChineseCalendar.IS_LEAP_MONTH) == 1,
                calendar.get(ChineseCalendar.DAY_OF_MONTH));
    }

    /** The Gregorian day of {@code day}/{@code month} (not a leap month) in the lunar year beginning in {@code year}. */
    public static LocalDate day(int year, int month, int day) {
        // the lunar year beginning in January or February of year: its dates lie between 21 January
        // of year and early February of year + 1
        LocalDate candidate = LocalDate.of(year, 1, 21);
        LocalDate end = LocalDate.of(year + 1, 2, 21);
        boolean newYearSeen = false;
        while (candidate.isBefore(end)) {
            LunarDate lunar = of(candidate);
            if (lunar.month() == 1 && lunar.day() == 1 && !lunar.leapMonth()) {
                newYearSeen = true;
            }
            if (newYearSeen && lunar.month() == month && lunar.day() == day && !lunar.leapMonth()) {
                return candidate;
            }
            candidate = candidate.plusDays(1);
        }
        throw new IllegalArgumentException("no lunar " + day + "/" + month + " in the lunar year of " + year);
    }

    /** Tết Nguyên đán: the first day of the first lunar month, in January or February of {@code year}. */
    public static LocalDate newYear(int year) {
        return day(year, 1, 1);
    }

    /** Giỗ Tổ Hùng Vương: the 10th day of the 3rd lunar month of {@code year}. */
    public static LocalDate hungKingsDay(int year) {
        return day(year, 3, 10);
    }

    /** ICU's Chinese calendar with its astronomy computed in Vietnam's time zone. */
    private static final class VietnameseCalendar extends ChineseCalendar {

        private static final long serialVersionUID = 1L;

        VietnameseCalendar() {
            super(VIETNAM, ULocale.ROOT, VIETNAM);
        }
    }
}
