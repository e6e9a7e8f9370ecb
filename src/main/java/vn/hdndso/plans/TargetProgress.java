package vn.hdndso.plans;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.hdndso.indicators.IndicatorCode;
import vn.hdndso.indicators.IndicatorValue;

/**
 * One indicator of a council against its target: the live value, the threshold and deadline the
 * council's confirmed plan sets (or the Resolution's own when the council has no confirmed plan or
 * its plan does not cover the target), the status and where the trend leads by the deadline.
 *
 * @param targetText the plan's words for the target, or {@code null} when the default applies
 * @param fromPlan whether threshold and deadline come from the council's confirmed plan
 * @param projected the value the trend reaches by the deadline, if there is a trend
 */
public record TargetProgress(
        IndicatorCode code,
        IndicatorValue value,
        @Nullable String targetText,
        Threshold threshold,
        @Nullable LocalDate deadline,
        boolean fromPlan,
        IndicatorStatus status,
        @Nullable Double projected) {}
