package vn.hdndso.documents;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The public holidays of Vietnam (Labour Code 2019, Art. 112), the days off they give and the
 * changes announced for each year:
 *
 * <ul>
 *   <li>1 January (Tết Dương lịch);
 *   <li>Tết Nguyên đán, five days: the last day of the lunar year and the first four of the new one
 *       (the government sets the days each year; an announcement that differs is configured);
 *   <li>Giỗ Tổ Hùng Vương, the 10th day of the 3rd lunar month ({@link LunarCalendar}, UTC+7);
 *   <li>30 April and 1 May;
 *   <li>Quốc khánh, 2 September and one adjacent day, before or after (announced each year).
 * </ul>
 *
 * A holiday on a Saturday or Sunday gives a day off on the next working day (Art. 112.3). Each
 * year's announcement may add days off (bridge days) and make a weekend day a working day (the
 * swapped day); both are configured per year and win over the rules.
 *
 * @param nationalDayAdjacentAfter whether Quốc khánh's second day is 3 September (else 1 September)
 * @param announced the days off and working days announced for a year
 */
public record PublicHolidays(boolean nationalDayAdjacentAfter, Map<Integer, Announcement> announced) {

    /** The rules of the Labour Code with nothing announced; Quốc khánh's second day after it. */
    public static final PublicHolidays STATUTORY = new PublicHolidays(true, Map.of());

    private static final Map<CacheKey, SortedMap<LocalDate, String>> RULE_DAYS = new ConcurrentHashMap<>();

    /**
     * What the government announced for a year.
     *
     * @param daysOff extra days off (bridge days), each a working day otherwise
     * @param workingDays days worked although a weekend day or a rule's day off (swapped days)
     */
    public record Announcement(Set<LocalDate> daysOff, Set<LocalDate> workingDays) {
        public Announcement {
            daysOff = Set.copyOf(daysOff);
            workingDays = Set.copyOf(workingDays);
        }
    }

    public PublicHolidays {
        announced = Map.copyOf(announced);
    }

    /** Whether {@code day} is a day off: a weekend day not swapped, a holiday or an announced day off. */
    public boolean isDayOff(LocalDate day) {
        Announcement year = announced.get(day.getYear());
        if (year != null && year.workingDays().contains(day)) {
            return false;
        }
        if (year != null && year.daysOff().contains(day)) {
            return true;
        }
        return isWeekend(day) || daysOffByRule(day.getYear()).containsKey(day);
    }

    /**
     * The days off the rules give in {@code year}, with their names (a holiday on a weekend day
     * and the working day it moves to both listed), without the year's announcement.
     */
    public SortedMap<LocalDate, String> daysOffByRule(int year) {
        return RULE_DAYS.computeIfAbsent(new CacheKey(year, nationalDayAdjacentAfter), PublicHolidays::compute);
    }

    private static SortedMap<LocalDate, String> compute(CacheKey key) {
        int year = key.year();
        var holidays = new TreeMap<LocalDate, String>();
        holidays.put(LocalDate.of(year, 1, 1), "Tết Dương lịch");
        LocalDate tet = LunarCalendar.newYear(year);
        for (int i = -1; i <= 3; i++) {
            holidays.put(tet.plusDays(i), "Tết Nguyên đán");
        }
        holidays.put(LunarCalendar.hungKingsDay(year), "Giỗ Tổ Hùng Vương");
        holidays.put(LocalDate.of(year, 4, 30), "Ngày Chiến thắng");
        holidays.put(LocalDate.of(year, 5, 1), "Ngày Quốc tế lao động");
        holidays.put(LocalDate.of(year, 9, 2), "Quốc khánh");
        holidays.put(LocalDate.of(year, 9, key.nationalDayAdjacentAfter() ? 3 : 1), "Quốc khánh");
        var days = new TreeMap<>(holidays);
        for (var holiday : holidays.entrySet()) {
            if (isWeekend(holiday.getKey())) {
                LocalDate instead = holiday.getKey().plusDays(1);
                while (isWeekend(instead) || days.containsKey(instead)) {
                    instead = instead.plusDays(1);
                }
                days.put(instead, "Nghỉ bù " + holiday.getValue());
            }
        }
        return Collections.unmodifiableSortedMap(days);
    }

    private static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private record CacheKey(int year, boolean nationalDayAdjacentAfter) {}
}
