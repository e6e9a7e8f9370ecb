package vn.hdndso.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.hdndso.calendar.CalendarPeriod.View;

class CalendarPeriodUnitTest {

    @Test
    void aMonthIsShownAsWholeWeeksFromMondayToSunday() {
        // December 2026 starts on a Tuesday and ends on a Thursday
        var period = CalendarPeriod.of(View.MONTH, LocalDate.of(2026, 12, 7));
        assertThat(period.from()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(period.to()).isEqualTo(LocalDate.of(2027, 1, 3));
        assertThat(period.weeks()).hasSize(5).allSatisfy(week -> {
            assertThat(week).hasSize(7);
            assertThat(week.getFirst().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
            assertThat(week.getLast().getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        });
        assertThat(period.inMonth(LocalDate.of(2026, 11, 30))).isFalse();
        assertThat(period.inMonth(LocalDate.of(2026, 12, 31))).isTrue();
        assertThat(period.inMonth(LocalDate.of(2027, 1, 1))).isFalse();
    }

    @Test
    void aMonthStartingOnMondayHasNoLeadingDaysAndFebruaryCanFitFourWeeks() {
        var february = CalendarPeriod.of(View.MONTH, LocalDate.of(2027, 2, 14));
        assertThat(february.from()).isEqualTo(LocalDate.of(2027, 2, 1));
        assertThat(february.to()).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(february.weeks()).hasSize(4);
        var june = CalendarPeriod.of(View.MONTH, LocalDate.of(2026, 6, 30));
        assertThat(june.from()).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(june.to()).isEqualTo(LocalDate.of(2026, 7, 5));
    }

    @Test
    void aWeekRunsFromMondayToSundayAroundTheDay() {
        var sunday = CalendarPeriod.of(View.WEEK, LocalDate.of(2026, 12, 13));
        assertThat(sunday.from()).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(sunday.to()).isEqualTo(LocalDate.of(2026, 12, 13));
        assertThat(sunday.days()).hasSize(7);
        var monday = CalendarPeriod.of(View.WEEK, LocalDate.of(2026, 12, 7));
        assertThat(monday.from()).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(sunday.weeks()).hasSize(1);
    }

    @Test
    void theListShowsThirtyDaysFromTheDay() {
        var list = CalendarPeriod.of(View.LIST, LocalDate.of(2026, 12, 20));
        assertThat(list.from()).isEqualTo(LocalDate.of(2026, 12, 20));
        assertThat(list.to()).isEqualTo(LocalDate.of(2027, 1, 18));
        assertThat(list.days()).hasSize(CalendarPeriod.LIST_DAYS);
    }

    @Test
    void previousAndNextMoveByTheViewsStep() {
        var month = CalendarPeriod.of(View.MONTH, LocalDate.of(2027, 1, 31));
        assertThat(month.previous()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(month.next()).isEqualTo(LocalDate.of(2027, 2, 1));
        var week = CalendarPeriod.of(View.WEEK, LocalDate.of(2026, 12, 31));
        assertThat(week.next()).isEqualTo(LocalDate.of(2027, 1, 7));
        assertThat(week.previous()).isEqualTo(LocalDate.of(2026, 12, 24));
        var list = CalendarPeriod.of(View.LIST, LocalDate.of(2026, 12, 1));
        assertThat(list.next()).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void aViewIsReadFromItsNameAndNothingElse() {
        assertThat(View.parse("month")).isEqualTo(View.MONTH);
        assertThat(View.parse(" LIST ")).isEqualTo(View.LIST);
        assertThat(View.parse("year")).isNull();
        assertThat(View.parse(null)).isNull();
        assertThat(View.WEEK.param()).isEqualTo("week");
    }

    @Test
    void aPeriodCannotEndBeforeItStarts() {
        assertThatThrownBy(() -> new CalendarPeriod(
                        View.LIST, LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
