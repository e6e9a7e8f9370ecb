package vn.hdndso.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkingDaysUnitTest {

    private static final LocalDate THURSDAY = LocalDate.of(2026, 11, 26);
    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 27);
    private static final LocalDate SATURDAY = LocalDate.of(2026, 11, 28);
    private static final WorkingDays DAYS = WorkingDays.STATUTORY;

    @Test
    void countsMondayToFriday() {
        assertThat(DAYS.plus(THURSDAY, 0)).isEqualTo(THURSDAY);
        assertThat(DAYS.plus(THURSDAY, 1)).isEqualTo(FRIDAY);
        assertThat(DAYS.plus(THURSDAY, 2)).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(DAYS.plus(SATURDAY, 1)).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(DAYS.isWorkingDay(SATURDAY)).isFalse();
        assertThat(DAYS.isWorkingDay(FRIDAY)).isTrue();
    }

    @Test
    void tetIsComputedFromTheLunarCalendarAtUtcPlusSeven() {
        assertThat(LunarCalendar.newYear(2026)).isEqualTo(LocalDate.of(2026, 2, 17));
        assertThat(LunarCalendar.newYear(2027)).isEqualTo(LocalDate.of(2027, 2, 6));
        assertThat(LunarCalendar.hungKingsDay(2026)).isEqualTo(LocalDate.of(2026, 4, 26));
        assertThat(LunarCalendar.hungKingsDay(2027)).isEqualTo(LocalDate.of(2027, 4, 16));
        // 1985: Vietnam's Tết fell on 21 January, China's on 20 February (a month apart, UTC+7 vs UTC+8)
        assertThat(LunarCalendar.newYear(1985)).isEqualTo(LocalDate.of(1985, 1, 21));
        assertThat(LunarCalendar.of(LocalDate.of(2026, 2, 16))).isEqualTo(new LunarCalendar.LunarDate(12, false, 29));
    }

    @Test
    void theDaysOffOf2026() {
        // Tết Bính Ngọ: 29 tháng Chạp (16 Feb) to mùng 4 (20 Feb), Monday to Friday
        assertThat(DAYS.holidays().daysOffByRule(2026))
                .containsKeys(
                        LocalDate.of(2026, 1, 1),
                        LocalDate.of(2026, 2, 16),
                        LocalDate.of(2026, 2, 17),
                        LocalDate.of(2026, 2, 18),
                        LocalDate.of(2026, 2, 19),
                        LocalDate.of(2026, 2, 20),
                        LocalDate.of(2026, 4, 26),
                        LocalDate.of(2026, 4, 30),
                        LocalDate.of(2026, 5, 1),
                        LocalDate.of(2026, 9, 2),
                        LocalDate.of(2026, 9, 3));
        // Giỗ Tổ on Sunday 26 April: Monday 27 April off instead
        assertThat(DAYS.holidays().daysOffByRule(2026))
                .containsEntry(LocalDate.of(2026, 4, 27), "Nghỉ bù Giỗ Tổ Hùng Vương");
        assertThat(DAYS.isWorkingDay(LocalDate.of(2026, 2, 13))).isTrue();
        assertThat(DAYS.isWorkingDay(LocalDate.of(2026, 2, 16))).isFalse();
        assertThat(DAYS.isWorkingDay(LocalDate.of(2026, 4, 27))).isFalse();
        // an incoming document of Friday 13 February, due in two working days: 24 February
        assertThat(DAYS.plus(LocalDate.of(2026, 2, 13), 2)).isEqualTo(LocalDate.of(2026, 2, 24));
        // Wednesday 29 April + 1 working day: 30/4, 1/5, the weekend skipped → Monday 4 May
        assertThat(DAYS.plus(LocalDate.of(2026, 4, 29), 1)).isEqualTo(LocalDate.of(2026, 5, 4));
    }

    @Test
    void theDaysOffOf2027() {
        // Tết Đinh Mùi on Saturday 6 February: 5 (the year's last day) to 9 February, the weekend's two days moved to
        // 10 and 11
        var days = DAYS.holidays().daysOffByRule(2027);
        assertThat(days)
                .containsKeys(
                        LocalDate.of(2027, 2, 5),
                        LocalDate.of(2027, 2, 6),
                        LocalDate.of(2027, 2, 8),
                        LocalDate.of(2027, 2, 9),
                        LocalDate.of(2027, 2, 10),
                        LocalDate.of(2027, 2, 11),
                        LocalDate.of(2027, 4, 16),
                        LocalDate.of(2027, 4, 30),
                        LocalDate.of(2027, 5, 3));
        assertThat(DAYS.isWorkingDay(LocalDate.of(2027, 2, 12))).isTrue();
        assertThat(DAYS.plus(LocalDate.of(2027, 2, 4), 1)).isEqualTo(LocalDate.of(2027, 2, 12));
        // Giỗ Tổ on Friday 16 April
        assertThat(DAYS.plus(LocalDate.of(2027, 4, 15), 1)).isEqualTo(LocalDate.of(2027, 4, 19));
        // 1 May 2027 is a Saturday: Monday 3 May off
        assertThat(DAYS.isWorkingDay(LocalDate.of(2027, 5, 3))).isFalse();
    }

    @Test
    void theYearsAnnouncementWinsOverTheRules() {
        var announced = new WorkingDays(new PublicHolidays(
                true,
                Map.of(
                        2025,
                        new PublicHolidays.Announcement(
                                Set.of(LocalDate.of(2025, 5, 2), LocalDate.of(2025, 9, 1)),
                                Set.of(LocalDate.of(2025, 4, 26), LocalDate.of(2025, 9, 3))))));
        assertThat(announced.isWorkingDay(LocalDate.of(2025, 4, 26))).isTrue(); // a Saturday, swapped
        assertThat(announced.isWorkingDay(LocalDate.of(2025, 5, 2))).isFalse();
        assertThat(announced.isWorkingDay(LocalDate.of(2025, 9, 1))).isFalse();
        assertThat(announced.isWorkingDay(LocalDate.of(2025, 9, 3))).isTrue();
        assertThat(WorkingDays.STATUTORY.isWorkingDay(LocalDate.of(2025, 9, 3))).isFalse();
        assertThat(announced.plus(LocalDate.of(2025, 4, 29), 1)).isEqualTo(LocalDate.of(2025, 5, 5));
    }
}
