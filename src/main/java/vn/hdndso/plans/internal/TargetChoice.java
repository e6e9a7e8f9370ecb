package vn.hdndso.plans.internal;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.hdndso.indicators.IndicatorCode;
import vn.hdndso.plans.PlanReading;
import vn.hdndso.plans.Threshold;

/**
 * The target an indicator is read against: the first target of the council's confirmed plan that
 * means the indicator's code, or the Resolution's default. For T9 a second target of the plan
 * (both demo plans: trained 100 %, proficient at least 50 %) applies to the proficient share.
 *
 * @param text the plan's words, {@code null} for a default
 * @param proficient for T9, the target of the proficient share, if any
 */
record TargetChoice(
        Threshold threshold,
        LocalDate deadline,
        @Nullable String text,
        boolean fromPlan,
        @Nullable Threshold proficient) {

    static TargetChoice of(List<PlanReading.Target> planTargets, IndicatorCode code, DefaultTargets defaults) {
        List<PlanReading.Target> meaning = planTargets.stream()
                .filter(t -> t.code() != null && t.code().name().equals(code.name()))
                .toList();
        boolean t9 = code == IndicatorCode.T9;
        if (meaning.isEmpty()) {
            return new TargetChoice(
                    defaults.threshold(code), defaults.deadline(), null, false, t9 ? defaults.proficient() : null);
        }
        PlanReading.Target first = meaning.getFirst();
        LocalDate deadline = first.deadline() != null ? first.deadline() : defaults.deadline();
        Threshold proficient = t9 && meaning.size() > 1 ? meaning.get(1).threshold() : null;
        return new TargetChoice(first.threshold(), deadline, first.text(), true, proficient);
    }
}
