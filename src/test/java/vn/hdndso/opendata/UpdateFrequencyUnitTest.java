package vn.hdndso.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class UpdateFrequencyUnitTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2026, 1, 31);

    @Test
    void aDatasetIsCurrentUpToTheSameDayOfTheMonthItsFrequencyLater() {
        assertThat(UpdateFrequency.MONTHLY.isCurrent(PUBLISHED, LocalDate.of(2026, 2, 28)))
                .isTrue();
        assertThat(UpdateFrequency.MONTHLY.isCurrent(PUBLISHED, LocalDate.of(2026, 3, 1)))
                .isFalse();
        assertThat(UpdateFrequency.QUARTERLY.isCurrent(PUBLISHED, LocalDate.of(2026, 4, 30)))
                .isTrue();
        assertThat(UpdateFrequency.QUARTERLY.isCurrent(PUBLISHED, LocalDate.of(2026, 5, 1)))
                .isFalse();
        assertThat(UpdateFrequency.HALF_YEARLY.isCurrent(PUBLISHED, LocalDate.of(2026, 7, 31)))
                .isTrue();
        assertThat(UpdateFrequency.HALF_YEARLY.isCurrent(PUBLISHED, LocalDate.of(2026, 8, 1)))
                .isFalse();
        assertThat(UpdateFrequency.ANNUAL.isCurrent(PUBLISHED, LocalDate.of(2027, 1, 31)))
                .isTrue();
        assertThat(UpdateFrequency.ANNUAL.isCurrent(PUBLISHED, LocalDate.of(2027, 2, 1)))
                .isFalse();
    }

    @Test
    void publishedTheSameDayIsCurrentAndYearlyIsTheDefault() {
        assertThat(UpdateFrequency.MONTHLY.isCurrent(PUBLISHED, PUBLISHED)).isTrue();
        assertThat(UpdateFrequency.DEFAULT).isEqualTo(UpdateFrequency.ANNUAL);
        assertThat(UpdateFrequency.HALF_YEARLY.euFrequencyUri())
                .isEqualTo("http://publications.europa.eu/resource/authority/frequency/ANNUAL_2");
    }
}
