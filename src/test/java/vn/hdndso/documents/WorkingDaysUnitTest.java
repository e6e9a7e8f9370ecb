package vn.hdndso.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WorkingDaysUnitTest {

    private static final LocalDate THURSDAY = LocalDate.of(2026, 11, 26);
    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 27);
    private static final LocalDate SATURDAY = LocalDate.of(2026, 11, 28);

    @Test
    void skipsSaturdaysAndSundays() {
        assertThat(WorkingDays.plus(THURSDAY, 0)).isEqualTo(THURSDAY);
        assertThat(WorkingDays.plus(THURSDAY, 1)).isEqualTo(FRIDAY);
        assertThat(WorkingDays.plus(THURSDAY, 2)).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(WorkingDays.plus(SATURDAY, 1)).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(WorkingDays.isWorkingDay(SATURDAY)).isFalse();
        assertThat(WorkingDays.isWorkingDay(FRIDAY)).isTrue();
    }

    @Test
    void parsesUrgencyByNameAndByItsVietnameseMark() {
        assertThat(Urgency.parse("thượng khẩn")).contains(Urgency.VERY_URGENT);
        assertThat(Urgency.parse("HỎA TỐC")).contains(Urgency.FLASH);
        assertThat(Urgency.parse("URGENT")).contains(Urgency.URGENT);
        assertThat(Urgency.parse("gấp")).isEmpty();
    }
}
