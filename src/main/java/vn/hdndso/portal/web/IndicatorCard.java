package vn.hdndso.portal.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.hdndso.indicators.IndicatorCode;
import vn.hdndso.plans.IndicatorStatus;

/**
 * One indicator of a council as its public page shows it.
 *
 * @param targetText the plan's words for the target; {@code null}: the Resolution's default applies
 * @param thresholdText the level to reach ("≥ 90%"), {@code null} when the target is qualitative
 * @param valueText the value for people, {@code null} when there is no data ("Chưa có số liệu")
 * @param denominator {@code null} for a count
 * @param projectedText where the trend leads by the deadline, if there is a trend
 * @param breakdown named sub-figures, keys under {@code indicator.breakdown.}
 * @param chartSvg the monthly values of the year against the target, inline SVG
 */
record IndicatorCard(
        IndicatorCode code,
        @Nullable String targetText,
        boolean fromPlan,
        @Nullable String thresholdText,
        @Nullable String valueText,
        long numerator,
        @Nullable Long denominator,
        IndicatorStatus status,
        @Nullable LocalDate deadline,
        @Nullable String projectedText,
        Instant asOf,
        Map<String, Long> breakdown,
        String chartSvg) {

    /** When the value was computed, Vietnam time. */
    public String asOfText() {
        return IndicatorViews.time(asOf);
    }

    public String nameKey() {
        return code.nameKey();
    }

    /** The words counted ("văn bản", "kỳ họp"), a message key. */
    public String unitKey() {
        return "indicators.pages.unit." + code.name();
    }

    public String statusKey() {
        return status.messageKey();
    }

    /** The badge's colour class: {@code met}, {@code on-track}, {@code at-risk}, {@code not-met}, {@code no-data}. */
    public String statusClass() {
        return statusClass(status);
    }

    public boolean hasData() {
        return valueText != null;
    }

    static String statusClass(IndicatorStatus status) {
        return status.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
