package vn.hdndso.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.hdndso.indicators.Period;
import vn.hdndso.shared.InvalidInputException;

class ReportingPeriodsUnitTest {

    @Test
    void readsHalfYearsAndYears() {
        assertThat(ReportingPeriods.parse("2026-H1")).isEqualTo(Period.half(2026, 1));
        assertThat(ReportingPeriods.parse(" 2026 ")).isEqualTo(Period.year(2026));
        assertThat(ReportingPeriods.phrase(Period.half(2026, 1))).isEqualTo("6 tháng đầu năm 2026");
        assertThat(ReportingPeriods.phrase(Period.half(2026, 2))).isEqualTo("6 tháng cuối năm 2026");
        assertThat(ReportingPeriods.phrase(Period.year(2026))).isEqualTo("năm 2026");
    }

    @Test
    void refusesAMonthAsNoReportingPeriod() {
        assertThatThrownBy(() -> ReportingPeriods.parse("2026-06"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                            assertThat(p.field()).isEqualTo("period");
                            assertThat(p.messageKey()).isEqualTo("reports.period.month");
                        }));
    }

    @Test
    void refusesWhatIsNoPeriod() {
        for (String text : new String[] {"2026-H3", "H1-2026", "", "1999", "2026-13"}) {
            assertThatThrownBy(() -> ReportingPeriods.parse(text))
                    .as(text)
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.problems().getFirst().messageKey())
                                    .isEqualTo("reports.period.invalid"));
        }
    }

    @Test
    void offersTheHalfYearsAndYearsOfThisYearAndTheLast() {
        assertThat(ReportingPeriods.offered(LocalDate.of(2026, 3, 10)))
                .extracting(Period::toString)
                .containsExactly("2026-H1", "2026", "2025-H2", "2025-H1", "2025");
        assertThat(ReportingPeriods.offered(LocalDate.of(2026, 12, 7)))
                .extracting(Period::toString)
                .containsExactly("2026-H2", "2026-H1", "2026", "2025-H2", "2025-H1", "2025");
    }
}
