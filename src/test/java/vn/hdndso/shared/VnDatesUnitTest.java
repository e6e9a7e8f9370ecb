package vn.hdndso.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

class VnDatesUnitTest {

    @Test
    void readsDayFirstAndIsoDays() {
        assertThat(VnDates.parseDate("05/09/2025")).isEqualTo(LocalDate.of(2025, 9, 5));
        assertThat(VnDates.parseDate("5/9/2025")).isEqualTo(LocalDate.of(2025, 9, 5));
        assertThat(VnDates.parseDate(" 05/09/2025 ")).isEqualTo(LocalDate.of(2025, 9, 5));
        assertThat(VnDates.parseDate("2025-09-05")).isEqualTo(LocalDate.of(2025, 9, 5));
        assertThat(VnDates.parseDate("31/12/2025")).isEqualTo(LocalDate.of(2025, 12, 31));
    }

    @Test
    void refusesImpossibleOrUnreadableDays() {
        for (String bad :
                new String[] {"31/02/2025", "13/13/2025", "2025-02-30", "05/09/25", "hôm qua", "", "05/09/2025 10:00"
                }) {
            assertThatThrownBy(() -> VnDates.parseDate(bad)).as(bad).isInstanceOf(DateTimeParseException.class);
        }
    }

    @Test
    void readsMoments() {
        assertThat(VnDates.parseDateTime("05/09/2025 14:30")).isEqualTo(LocalDateTime.of(2025, 9, 5, 14, 30));
        assertThat(VnDates.parseDateTime("5/9/2025 8:05")).isEqualTo(LocalDateTime.of(2025, 9, 5, 8, 5));
        assertThat(VnDates.parseDateTime("2025-09-05T14:30")).isEqualTo(LocalDateTime.of(2025, 9, 5, 14, 30));
        assertThat(VnDates.parseDateTime("2025-09-05 14:30")).isEqualTo(LocalDateTime.of(2025, 9, 5, 14, 30));
        assertThat(VnDates.parseDateTime("05/09/2025")).isEqualTo(LocalDateTime.of(2025, 9, 5, 0, 0));
        assertThatThrownBy(() -> VnDates.parseDateTime("05/09/2025 25:00")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> VnDates.parseDateTime("30/02/2025 10:00")).isInstanceOf(DateTimeParseException.class);
    }
}
