package vn.hdndso.plans.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.hdndso.indicators.IndicatorCode;
import vn.hdndso.plans.PlanReading;
import vn.hdndso.plans.TargetCode;
import vn.hdndso.plans.Threshold;

class DefaultTargetsUnitTest {

    static final DefaultTargets RESOLUTION = new DefaultTargets(Map.of());

    @Test
    void theResolutionsTargetsApplyWithoutSettings() {
        assertThat(RESOLUTION.threshold(IndicatorCode.T1)).isEqualTo(Threshold.atLeast(new BigDecimal("100")));
        assertThat(RESOLUTION.threshold(IndicatorCode.T2)).isEqualTo(Threshold.moreThan(new BigDecimal("90")));
        assertThat(RESOLUTION.threshold(IndicatorCode.T4))
                .isEqualTo(Threshold.between(new BigDecimal("10"), new BigDecimal("30")));
        assertThat(RESOLUTION.threshold(IndicatorCode.T5).isQualitative()).isTrue();
        assertThat(RESOLUTION.threshold(IndicatorCode.T8).isQualitative()).isTrue();
        assertThat(RESOLUTION.threshold(IndicatorCode.T10).isQualitative()).isTrue();
        assertThat(RESOLUTION.threshold(IndicatorCode.T11)).isEqualTo(Threshold.atLeast(new BigDecimal("100")));
        assertThat(RESOLUTION.proficient()).isEqualTo(Threshold.atLeast(new BigDecimal("50")));
        assertThat(RESOLUTION.deadline()).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void settingsChangeThemWhateverTheCaseOfTheirKeys() {
        DefaultTargets set = new DefaultTargets(
                Map.of("t1", ">=95", "T4", "5–20%", "T9-proficient", "60", "deadline", "2027-06-30", "T8", "80"));
        assertThat(set.threshold(IndicatorCode.T1)).isEqualTo(Threshold.atLeast(new BigDecimal("95")));
        assertThat(set.threshold(IndicatorCode.T4))
                .isEqualTo(Threshold.between(new BigDecimal("5"), new BigDecimal("20")));
        assertThat(set.threshold(IndicatorCode.T8)).isEqualTo(Threshold.atLeast(new BigDecimal("80")));
        assertThat(set.proficient()).isEqualTo(Threshold.atLeast(new BigDecimal("60")));
        assertThat(set.deadline()).isEqualTo(LocalDate.of(2027, 6, 30));
        assertThat(set.threshold(IndicatorCode.T2)).isEqualTo(Threshold.moreThan(new BigDecimal("90")));
    }

    @Test
    void aSettingThatIsNoTargetStopsTheStartWithWhatToWrite() {
        assertThatThrownBy(() -> new DefaultTargets(Map.of("T1", "tất cả")))
                .hasMessageContaining("hdnd.indicators.default.T1")
                .hasMessageContaining("qualitative");
        assertThatThrownBy(() -> new DefaultTargets(Map.of("T4", "30-10"))).hasMessageContaining("between 0 and 100");
        assertThatThrownBy(() -> new DefaultTargets(Map.of("T3", "120"))).hasMessageContaining("between 0 and 100");
        assertThatThrownBy(() -> new DefaultTargets(Map.of("deadline", "cuối năm")))
                .hasMessageContaining("deadline");
    }

    @Test
    void theFirstTargetOfTheConfirmedPlanThatMeansTheCodeApplies() {
        var planT1 = new PlanReading.Target(
                "100% văn bản được ký số",
                Threshold.atLeast(new BigDecimal("100")), LocalDate.of(2026, 9, 30), TargetCode.T1, 0.9);
        var otherT1 = new PlanReading.Target(
                "Văn bản điện tử", Threshold.atLeast(new BigDecimal("80")), null, TargetCode.T1, 0.5);
        TargetChoice choice = TargetChoice.of(List.of(otherT1, planT1), IndicatorCode.T1, RESOLUTION);
        assertThat(choice.fromPlan()).isTrue();
        assertThat(choice.text()).isEqualTo("Văn bản điện tử");
        assertThat(choice.threshold()).isEqualTo(Threshold.atLeast(new BigDecimal("80")));
        assertThat(choice.deadline()).as("no deadline of its own: the default").isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(TargetChoice.of(List.of(planT1), IndicatorCode.T1, RESOLUTION)
                        .deadline())
                .isEqualTo(LocalDate.of(2026, 9, 30));
    }

    @Test
    void withoutAPlanTargetTheDefaultApplies() {
        var planT1 = new PlanReading.Target(
                "100% văn bản", Threshold.atLeast(new BigDecimal("100")), null, TargetCode.T1, 1);
        var unmapped = new PlanReading.Target("Một số kỳ họp", Threshold.qualitative(), null, null, 0.1);
        TargetChoice choice = TargetChoice.of(List.of(planT1, unmapped), IndicatorCode.T3, RESOLUTION);
        assertThat(choice.fromPlan()).isFalse();
        assertThat(choice.text()).isNull();
        assertThat(choice.threshold()).isEqualTo(Threshold.atLeast(new BigDecimal("100")));
        assertThat(TargetChoice.of(List.of(), IndicatorCode.T2, RESOLUTION).threshold())
                .isEqualTo(Threshold.moreThan(new BigDecimal("90")));
    }

    @Test
    void t9sSecondTargetIsTheProficientShare() {
        var trained = new PlanReading.Target(
                "100% đại biểu được bồi dưỡng", Threshold.atLeast(new BigDecimal("100")), null, TargetCode.T9, 0.8);
        var proficient = new PlanReading.Target(
                "ít nhất 50% đại biểu thành thạo", Threshold.atLeast(new BigDecimal("50")), null, TargetCode.T9, 0.7);
        TargetChoice choice = TargetChoice.of(List.of(trained, proficient), IndicatorCode.T9, RESOLUTION);
        assertThat(choice.threshold()).isEqualTo(Threshold.atLeast(new BigDecimal("100")));
        assertThat(choice.proficient()).isEqualTo(Threshold.atLeast(new BigDecimal("50")));
        assertThat(TargetChoice.of(List.of(trained), IndicatorCode.T9, RESOLUTION)
                        .proficient())
                .as("a plan that sets no proficient share sets none")
                .isNull();
        assertThat(TargetChoice.of(List.of(), IndicatorCode.T9, RESOLUTION).proficient())
                .isEqualTo(Threshold.atLeast(new BigDecimal("50")));
        assertThat(TargetChoice.of(List.of(), IndicatorCode.T1, RESOLUTION).proficient())
                .isNull();
    }

    @Test
    void theWorseOfTwoStatusesCounts() {
        assertThat(PlanProgress.worse(vn.hdndso.plans.IndicatorStatus.MET, vn.hdndso.plans.IndicatorStatus.AT_RISK))
                .isEqualTo(vn.hdndso.plans.IndicatorStatus.AT_RISK);
        assertThat(PlanProgress.worse(
                        vn.hdndso.plans.IndicatorStatus.NOT_MET, vn.hdndso.plans.IndicatorStatus.ON_TRACK))
                .isEqualTo(vn.hdndso.plans.IndicatorStatus.NOT_MET);
    }

    @Test
    void theTrendWindowEndsAtThePeriodsEndOrThisMonth() {
        List<vn.hdndso.indicators.Period> running =
                PlanProgress.window(vn.hdndso.indicators.Period.year(2026), LocalDate.of(2026, 6, 15));
        assertThat(running).hasSize(12);
        assertThat(running.getFirst().toString()).isEqualTo("2025-07");
        assertThat(running.getLast().toString()).isEqualTo("2026-06");
        List<vn.hdndso.indicators.Period> past =
                PlanProgress.window(vn.hdndso.indicators.Period.half(2025, 1), LocalDate.of(2026, 6, 15));
        assertThat(past.getLast().toString()).isEqualTo("2025-06");
    }
}
