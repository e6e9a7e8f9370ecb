package vn.hdndso.plans.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hdndso.indicators.Measurement;
import vn.hdndso.plans.IndicatorStatus;
import vn.hdndso.plans.Threshold;
import vn.hdndso.plans.internal.ProgressRule.Assessment;
import vn.hdndso.plans.internal.ProgressRule.MonthValue;

class ProgressRuleUnitTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    static final LocalDate DEADLINE = LocalDate.of(2026, 12, 31);
    static final Threshold ALL = Threshold.atLeast(new BigDecimal("100"));
    static final Threshold ABOVE_90 = Threshold.moreThan(new BigDecimal("90"));
    static final Threshold TEN_TO_THIRTY = Threshold.between(new BigDecimal("10"), new BigDecimal("30"));

    /** Monthly values from January 2026 on. */
    static List<MonthValue> months(double... values) {
        List<MonthValue> months = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            months.add(new MonthValue(YearMonth.of(2026, 1).plusMonths(i), values[i]));
        }
        return months;
    }

    @Test
    void nothingToMeasureIsNoDataNeverZeroPercent() {
        Assessment a = ProgressRule.assess(ALL, DEADLINE, TODAY, Measurement.noData(), months(50, 60));
        assertThat(a.status()).isEqualTo(IndicatorStatus.NO_DATA);
        assertThat(a.projected()).isNull();
    }

    @Test
    void aShareAtTheThresholdIsMet() {
        assertThat(ProgressRule.assess(ALL, DEADLINE, TODAY, Measurement.share(12, 12), List.of())
                        .status())
                .isEqualTo(IndicatorStatus.MET);
    }

    @Test
    void anExclusiveMinimumIsNotMetAtTheMinimum() {
        assertThat(ProgressRule.assess(ABOVE_90, DEADLINE, TODAY, Measurement.share(9, 10), List.of())
                        .status())
                .isEqualTo(IndicatorStatus.AT_RISK);
        assertThat(ProgressRule.assess(ABOVE_90, DEADLINE, TODAY, Measurement.share(91, 100), List.of())
                        .status())
                .isEqualTo(IndicatorStatus.MET);
    }

    @Test
    void aRangeIsMetInsideItAndNotAboveIt() {
        assertThat(ProgressRule.assess(TEN_TO_THIRTY, DEADLINE, TODAY, Measurement.share(2, 10), List.of())
                        .status())
                .isEqualTo(IndicatorStatus.MET);
        assertThat(ProgressRule.assess(TEN_TO_THIRTY, DEADLINE, TODAY, Measurement.share(5, 10), List.of())
                        .status())
                .isEqualTo(IndicatorStatus.AT_RISK);
        assertThat(ProgressRule.assess(TEN_TO_THIRTY, DEADLINE, TODAY, Measurement.share(0, 10), List.of())
                        .status())
                .isEqualTo(IndicatorStatus.AT_RISK);
    }

    @Test
    void aQualitativeTargetIsMetByAnyCountAboveZero() {
        Threshold some = Threshold.qualitative();
        assertThat(ProgressRule.assess(some, DEADLINE, TODAY, Measurement.count(3), List.of())
                        .status())
                .isEqualTo(IndicatorStatus.MET);
        assertThat(ProgressRule.assess(some, DEADLINE, TODAY, Measurement.share(1, 7), List.of())
                        .status())
                .isEqualTo(IndicatorStatus.MET);
        assertThat(ProgressRule.assess(some, DEADLINE, TODAY, Measurement.count(0), List.of())
                        .status())
                .isEqualTo(IndicatorStatus.AT_RISK);
    }

    @Test
    void aCountIsReadAsQualitativeWhateverTheThreshold() {
        assertThat(ProgressRule.assess(ALL, DEADLINE, TODAY, Measurement.count(2), List.of())
                        .status())
                .isEqualTo(IndicatorStatus.MET);
    }

    @Test
    void notMetAfterTheDeadlineIsNotMet() {
        Assessment a = ProgressRule.assess(
                ALL, DEADLINE, LocalDate.of(2027, 1, 1), Measurement.share(9, 10), months(10, 30, 50, 70, 90));
        assertThat(a.status()).isEqualTo(IndicatorStatus.NOT_MET);
        assertThat(a.projected()).isNull();
    }

    @Test
    void metAfterTheDeadlineStaysMet() {
        assertThat(ProgressRule.assess(ALL, DEADLINE, LocalDate.of(2027, 3, 1), Measurement.share(4, 4), List.of())
                        .status())
                .isEqualTo(IndicatorStatus.MET);
    }

    @Test
    void theDeadlineDayItselfStillCountsAsTimeLeft() {
        assertThat(ProgressRule.assess(ALL, DEADLINE, DEADLINE, Measurement.share(1, 2), months(50, 60))
                        .status())
                .isNotEqualTo(IndicatorStatus.NOT_MET);
    }

    @Test
    void aRisingTrendThatReachesTheThresholdByTheDeadlineIsOnTrack() {
        // 40, 50, 60, 70, 80, 90 (Jan–Jun): +10 a month, 150 by December, clamped to 100
        Assessment a =
                ProgressRule.assess(ALL, DEADLINE, TODAY, Measurement.share(9, 10), months(40, 50, 60, 70, 80, 90));
        assertThat(a.status()).isEqualTo(IndicatorStatus.ON_TRACK);
        assertThat(a.projected()).isEqualTo(100.0);
    }

    @Test
    void aFlatTrendBelowTheThresholdIsAtRisk() {
        Assessment a = ProgressRule.assess(ALL, DEADLINE, TODAY, Measurement.share(6, 10), months(60, 60, 60, 60));
        assertThat(a.status()).isEqualTo(IndicatorStatus.AT_RISK);
        assertThat(a.projected()).isEqualTo(60.0);
    }

    @Test
    void aSlowTrendIsAtRiskWithWhereItLeads() {
        // +2 a month from 50 in January: 72 in December
        Assessment a =
                ProgressRule.assess(ALL, DEADLINE, TODAY, Measurement.share(60, 100), months(50, 52, 54, 56, 58, 60));
        assertThat(a.status()).isEqualTo(IndicatorStatus.AT_RISK);
        assertThat(a.projected()).isEqualTo(72.0);
    }

    @Test
    void withFewerThanTwoMonthsThereIsNoTrendAndNotMetIsAtRisk() {
        Assessment a = ProgressRule.assess(ALL, DEADLINE, TODAY, Measurement.share(1, 2), months(50));
        assertThat(a.status()).isEqualTo(IndicatorStatus.AT_RISK);
        assertThat(a.projected()).isNull();
    }

    @Test
    void aFallingShareIsClampedAtZero() {
        assertThat(ProgressRule.project(months(30, 20, 10), YearMonth.of(2026, 12), true))
                .isEqualTo(0.0);
    }

    @Test
    void theTrendUsesTheLastTwelveMonthsOnly() {
        List<MonthValue> months = new ArrayList<>();
        // an old plunge two years back is outside the window
        months.add(new MonthValue(YearMonth.of(2024, 1), 0));
        for (int i = 0; i < 12; i++) {
            months.add(new MonthValue(YearMonth.of(2025, 7).plusMonths(i), 80));
        }
        assertThat(ProgressRule.project(months, YearMonth.of(2026, 12), true)).isEqualTo(80.0);
    }

    @Test
    void monthsWithoutDataAreLeftOutOfTheLine() {
        // Jan 10, (Feb, Mar missing), Apr 40: 10 a month, December 120 → 100
        List<MonthValue> months =
                List.of(new MonthValue(YearMonth.of(2026, 1), 10), new MonthValue(YearMonth.of(2026, 4), 40));
        assertThat(ProgressRule.project(months, YearMonth.of(2026, 12), true)).isEqualTo(100.0);
        assertThat(ProgressRule.project(months, YearMonth.of(2026, 6), true)).isEqualTo(60.0);
    }

    @Test
    void aCountIsProjectedWithoutAnUpperBound() {
        assertThat(ProgressRule.project(months(1, 2, 3), YearMonth.of(2026, 12), false))
                .isEqualTo(12.0);
    }

    @Test
    void aRangeIsOnTrackOnlyWhenTheTrendLandsInsideIt() {
        // 2, 4, 6, 8, 10, 12 … a growing share of online meetings: 24 by December, inside 10–30
        Assessment inside =
                ProgressRule.assess(TEN_TO_THIRTY, DEADLINE, TODAY, Measurement.share(8, 100), months(2, 4, 6, 8));
        assertThat(inside.status()).isEqualTo(IndicatorStatus.ON_TRACK);
        assertThat(inside.projected()).isEqualTo(24.0);
        // 0, 6, 12, 18 … 66 by December, above 30
        Assessment above =
                ProgressRule.assess(TEN_TO_THIRTY, DEADLINE, TODAY, Measurement.share(5, 100), months(0, 6, 12, 18));
        assertThat(above.status()).isEqualTo(IndicatorStatus.AT_RISK);
    }

    @Test
    void aQualitativeTargetWithNothingYetIsOnTrackWhenTheCountGrows() {
        Assessment a = ProgressRule.assess(
                Threshold.qualitative(), DEADLINE, TODAY, Measurement.count(0), months(0, 0, 1, 1, 2));
        assertThat(a.status()).isEqualTo(IndicatorStatus.ON_TRACK);
        Assessment none =
                ProgressRule.assess(Threshold.qualitative(), DEADLINE, TODAY, Measurement.count(0), months(0, 0, 0));
        assertThat(none.status()).isEqualTo(IndicatorStatus.AT_RISK);
        assertThat(none.projected()).isEqualTo(0.0);
    }
}
