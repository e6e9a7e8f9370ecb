package vn.hdndso.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.hdndso.indicators.Period;
import vn.hdndso.plans.Threshold;
import vn.hdndso.shared.InvalidInputException;

class IndicatorPeriodsUnitTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final Locale VI = Locale.forLanguageTag("vi");

    @Test
    void withoutAPeriodThePagesShowTheCurrentYear() {
        assertThat(IndicatorPeriods.read(null, TODAY)).isEqualTo(Period.year(2026));
        assertThat(IndicatorPeriods.read(" ", TODAY)).isEqualTo(Period.year(2026));
        assertThat(IndicatorPeriods.read("2026-H1", TODAY)).isEqualTo(Period.half(2026, 1));
    }

    @Test
    void aPeriodThatCannotBeReadIsRefusedWithAMessageForThePublicPages() {
        for (String bad : new String[] {"2026-H3", "hôm qua", "1999", "2026-13", "<script>"}) {
            assertThatThrownBy(() -> IndicatorPeriods.read(bad, TODAY))
                    .isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e)
                                    .problems()
                                    .getFirst()
                                    .messageKey())
                            .isEqualTo("indicators.pages.period.invalid"));
        }
    }

    @Test
    void theChoicesAreTheYearsSinceThePlansAndTheBegunHalvesOfTheChosenYear() {
        var choices = IndicatorPeriods.choices(Period.year(2026), TODAY);
        assertThat(choices)
                .extracting(IndicatorPeriods.Choice::value)
                .containsExactly("2026", "2025", "2026-H1", "2026-H2");
        assertThat(choices)
                .filteredOn(IndicatorPeriods.Choice::selected)
                .extracting(IndicatorPeriods.Choice::value)
                .containsExactly("2026");

        var inJune = IndicatorPeriods.choices(Period.half(2026, 1), LocalDate.of(2026, 6, 1));
        assertThat(inJune).extracting(IndicatorPeriods.Choice::value).containsExactly("2026", "2025", "2026-H1");
    }

    @Test
    void aYearsChartRunsFromJanuaryToTheCurrentMonth() {
        assertThat(IndicatorPeriods.monthsOfYear(Period.year(2026), LocalDate.of(2026, 3, 15)))
                .extracting(Period::toString)
                .containsExactly("2026-01", "2026-02", "2026-03");
        assertThat(IndicatorPeriods.monthsOfYear(Period.half(2025, 2), TODAY)).hasSize(12);
        assertThat(IndicatorPeriods.monthsOfYear(Period.year(2027), TODAY)).isEmpty();
    }

    @Test
    void theCitySparklinesCoverTheTwelveMonthsUpToNowOrThePeriodsEnd() {
        assertThat(IndicatorPeriods.lastTwelveMonths(Period.year(2026), LocalDate.of(2026, 3, 15)))
                .extracting(Period::toString)
                .startsWith("2025-04")
                .endsWith("2026-03")
                .hasSize(12);
        assertThat(IndicatorPeriods.lastTwelveMonths(Period.year(2025), TODAY))
                .extracting(Period::toString)
                .startsWith("2025-01")
                .endsWith("2025-12");
    }

    @Test
    void thresholdsAreWrittenAsThePlanMeansThem() {
        assertThat(IndicatorViews.thresholdText(Threshold.atLeast(new BigDecimal("100")), VI))
                .isEqualTo("≥ 100%");
        assertThat(IndicatorViews.thresholdText(Threshold.moreThan(new BigDecimal("90")), VI))
                .isEqualTo("> 90%");
        assertThat(IndicatorViews.thresholdText(Threshold.between(new BigDecimal("10"), new BigDecimal("30")), VI))
                .isEqualTo("10–30%");
        assertThat(IndicatorViews.thresholdText(Threshold.atLeast(new BigDecimal("12.5")), VI))
                .isEqualTo("≥ 12,5%");
        assertThat(IndicatorViews.thresholdText(Threshold.qualitative(), VI)).isNull();
    }

    @Test
    void valuesAreWrittenWithOneDecimalInTheReadersNotation() {
        assertThat(IndicatorFormat.percent(90, VI)).isEqualTo("90,0%");
        assertThat(IndicatorFormat.percent(2.0 / 3 * 100, Locale.ENGLISH)).isEqualTo("66.7%");
        assertThat(IndicatorFormat.number(1234, false, VI)).isEqualTo("1.234");
    }
}
