package vn.hdndso.plans;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * What a target asks for, as the plan states it: "100%" (at least 100), "trên 90%" (more than 90),
 * "10–30%" (between 10 and 30), "ít nhất 50%" (at least 50); or nothing measurable ("một số",
 * "thường xuyên"): then it is qualitative and the clerk decides what counts.
 *
 * @param min the lowest value that meets the target, if any
 * @param max the highest, if the plan caps it (a range)
 * @param minExclusive whether {@code min} itself falls short ("trên 90%")
 * @param unit "%" for a share; {@code null} when qualitative
 */
public record Threshold(
        @Nullable BigDecimal min,
        @Nullable BigDecimal max,
        boolean minExclusive,
        @Nullable String unit) {

    public static final String PERCENT = "%";

    public static Threshold qualitative() {
        return new Threshold(null, null, false, null);
    }

    public static Threshold atLeast(BigDecimal min) {
        return new Threshold(min, null, false, PERCENT);
    }

    public static Threshold moreThan(BigDecimal min) {
        return new Threshold(min, null, true, PERCENT);
    }

    public static Threshold between(BigDecimal min, BigDecimal max) {
        return new Threshold(min, max, false, PERCENT);
    }

    public boolean isQualitative() {
        return min == null && max == null;
    }

    /**
     * Whether a measured share (in the threshold's unit) meets it: not below {@code min} (above it
     * when exclusive) and, for a range ("10–30%"), not above {@code max}. A qualitative threshold
     * is met by no number: what counts is the clerk's call, or a count above 0 (docs/indicators.md).
     */
    public boolean isMetBy(BigDecimal value) {
        if (isQualitative()) {
            return false;
        }
        BigDecimal low = min;
        if (low != null) {
            int c = value.compareTo(low);
            if (c < 0 || (c == 0 && minExclusive)) {
                return false;
            }
        }
        BigDecimal high = max;
        return high == null || value.compareTo(high) <= 0;
    }
}
