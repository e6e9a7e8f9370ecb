package vn.hdndso.plans.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.hdndso.indicators.Measurement;
import vn.hdndso.plans.IndicatorStatus;
import vn.hdndso.plans.Threshold;

/**
 * Where a value stands against a target (docs/indicators.md, "Status"):
 *
 * <ul>
 *   <li>{@code NO_DATA}: nothing to measure (a share of 0);
 *   <li>{@code MET}: the value meets the threshold: a share is at least (or above) the minimum and,
 *       for a range, not above the maximum; a count, or any value against a qualitative target, is
 *       met when above 0;
 *   <li>{@code NOT_MET}: not met and the deadline has passed;
 *   <li>{@code ON_TRACK}: not met, but the least-squares line through the monthly values (the
 *       last {@value #WINDOW_MONTHS} months that have data), extended to the deadline's month and
 *       clamped to 0–100 for a share, meets it;
 *   <li>{@code AT_RISK}: otherwise, and whenever fewer than two months have data.
 * </ul>
 *
 * Values and projections are compared as shown, rounded to one decimal.
 */
final class ProgressRule {

    /** The most monthly values the trend is drawn through. */
    static final int WINDOW_MONTHS = 12;

    private ProgressRule() {}

    /** One month's value (a share in percent, or a count). */
    record MonthValue(YearMonth month, double value) {}

    /** The status and, when there is a trend and time left, the value it reaches by the deadline. */
    record Assessment(IndicatorStatus status, @Nullable Double projected) {}

    static Assessment assess(
            Threshold threshold, LocalDate deadline, LocalDate today, Measurement value, List<MonthValue> months) {
        @Nullable Double current = value.value();
        if (current == null) {
            return new Assessment(IndicatorStatus.NO_DATA, null);
        }
        boolean share = value.denominator() != null;
        boolean passed = today.isAfter(deadline);
        @Nullable Double projected = passed ? null : project(months, YearMonth.from(deadline), share);
        if (meets(threshold, share, current)) {
            return new Assessment(IndicatorStatus.MET, projected);
        }
        if (passed) {
            return new Assessment(IndicatorStatus.NOT_MET, null);
        }
        if (projected != null && meets(threshold, share, projected)) {
            return new Assessment(IndicatorStatus.ON_TRACK, projected);
        }
        return new Assessment(IndicatorStatus.AT_RISK, projected);
    }

    /** Whether a value (rounded to one decimal, as shown) meets the threshold. */
    static boolean meets(Threshold threshold, boolean share, double value) {
        BigDecimal shown = round(value);
        if (!share || threshold.isQualitative()) {
            return shown.signum() > 0;
        }
        return threshold.isMetBy(shown);
    }

    /**
     * The least-squares line through the last {@value #WINDOW_MONTHS} monthly values, at the
     * deadline's month; {@code null} with fewer than two months.
     */
    static @Nullable Double project(List<MonthValue> months, YearMonth deadline, boolean share) {
        List<MonthValue> points = months.stream()
                .sorted(java.util.Comparator.comparing(MonthValue::month))
                .toList();
        if (points.size() > WINDOW_MONTHS) {
            points = points.subList(points.size() - WINDOW_MONTHS, points.size());
        }
        if (points.size() < 2) {
            return null;
        }
        YearMonth origin = points.getFirst().month();
        int n = points.size();
        double sumX = 0;
        double sumY = 0;
        double sumXX = 0;
        double sumXY = 0;
        for (MonthValue point : points) {
            double x = origin.until(point.month(), ChronoUnit.MONTHS);
            sumX += x;
            sumY += point.value();
            sumXX += x * x;
            sumXY += x * point.value();
        }
        double spread = n * sumXX - sumX * sumX;
        double slope = spread == 0 ? 0 : (n * sumXY - sumX * sumY) / spread;
        double intercept = (sumY - slope * sumX) / n;
        double at = intercept + slope * origin.until(deadline, ChronoUnit.MONTHS);
        double clamped = share ? Math.clamp(at, 0.0, 100.0) : Math.max(0.0, at);
        return round(clamped).doubleValue();
    }

    static BigDecimal round(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
    }
}
