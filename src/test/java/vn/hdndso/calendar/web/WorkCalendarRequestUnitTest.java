package vn.hdndso.calendar.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WorkCalendarRequestUnitTest {

    static final String ANDROID =
            "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36";
    static final String IPHONE =
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Version/17.0 Mobile/15E148";
    static final String DESKTOP =
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/120.0 Safari/537.36";

    @Test
    void aPhoneIsKnownByItsClientHintOrElseItsUserAgent() {
        assertThat(WorkCalendarController.phone(ANDROID, null)).isTrue();
        assertThat(WorkCalendarController.phone(IPHONE, null)).isTrue();
        assertThat(WorkCalendarController.phone(DESKTOP, null)).isFalse();
        assertThat(WorkCalendarController.phone(DESKTOP, "?1")).isTrue();
        assertThat(WorkCalendarController.phone(ANDROID, "?0")).isFalse();
        assertThat(WorkCalendarController.phone(null, null)).isFalse();
    }

    @Test
    void theDayAskedForIsReadInEitherFormAndNonsenseMeansToday() {
        LocalDate today = LocalDate.of(2026, 12, 7);
        assertThat(WorkCalendarController.day("2027-01-15", today)).isEqualTo(LocalDate.of(2027, 1, 15));
        assertThat(WorkCalendarController.day("15/01/2027", today)).isEqualTo(LocalDate.of(2027, 1, 15));
        assertThat(WorkCalendarController.day("hôm qua", today)).isEqualTo(today);
        assertThat(WorkCalendarController.day(null, today)).isEqualTo(today);
        assertThat(WorkCalendarController.day(" ", today)).isEqualTo(today);
    }

    @Test
    void theFeedsAddressIsTheTokenUnderLich() {
        assertThat(PersonalFeedController.address("https://hdnd.example/", "abc"))
                .isEqualTo("https://hdnd.example/lich/abc.ics");
    }
}
