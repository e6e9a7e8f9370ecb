package vn.hdndso.plans.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.hdndso.indicators.Evidence;
import vn.hdndso.indicators.IndicatorValue;
import vn.hdndso.plans.PlanIndicators.CouncilProgress;
import vn.hdndso.plans.TargetProgress;
import vn.hdndso.plans.Threshold;
import vn.hdndso.shared.web.Problems;

/** The JSON shapes of the indicators (API.md, "Plans, indicators and reports"; docs/indicators.md). */
final class IndicatorViews {

    private IndicatorViews() {}

    /**
     * One indicator of a council against its target.
     *
     * @param value the share in percent or the count, rounded to one decimal; {@code null} without data
     * @param denominator {@code null} for a count
     * @param projected where the trend leads by the deadline, rounded to one decimal, if there is a trend
     */
    record IndicatorView(
            String code,
            String name,
            @Nullable Double value,
            long numerator,
            @Nullable Long denominator,
            TargetView target,
            String status,
            Instant asOf,
            @Nullable Double projected,
            boolean fromPlan,
            @Nullable String targetText,
            @Nullable LocalDate deadline,
            Map<String, Long> breakdown) {

        static IndicatorView of(TargetProgress progress, Problems messages) {
            IndicatorValue value = progress.value();
            return new IndicatorView(
                    progress.code().name(),
                    messages.message(progress.code().nameKey()),
                    rounded(value.value()),
                    value.numerator(),
                    value.denominator(),
                    TargetView.of(progress.threshold()),
                    progress.status().name(),
                    value.asOf(),
                    rounded(progress.projected()),
                    progress.fromPlan(),
                    progress.targetText(),
                    progress.deadline(),
                    value.breakdown());
        }
    }

    /**
     * What the target asks for: {@code min} (exclusive when {@code minExclusive}: "trên 90%") up to
     * {@code max} for a range, in {@code unit} "%"; all {@code null} for a qualitative target.
     */
    record TargetView(
            @Nullable BigDecimal min,
            @Nullable BigDecimal max,
            boolean minExclusive,
            @Nullable String unit) {
        static TargetView of(Threshold threshold) {
            return new TargetView(threshold.min(), threshold.max(), threshold.minExclusive(), threshold.unit());
        }
    }

    record CouncilIndicators(List<IndicatorView> items, String period) {}

    /** One indicator with its monthly values through the period's year (up to this month). */
    record IndicatorDetail(@JsonUnwrapped IndicatorView indicator, String period, List<MonthView> series) {}

    record MonthView(
            String period,
            @Nullable Double value,
            long numerator,
            @Nullable Long denominator) {
        static MonthView of(IndicatorValue month) {
            return new MonthView(
                    month.period().toString(), rounded(month.value()), month.numerator(), month.denominator());
        }
    }

    record CouncilRef(String code, String name, String slug) {}

    /** A council's line in the city table. */
    record CityItem(CouncilRef council, @JsonUnwrapped IndicatorView indicator) {
        static CityItem of(CouncilProgress line, String councilCode, Problems messages) {
            return new CityItem(
                    new CouncilRef(councilCode, line.councilName(), line.slug()),
                    IndicatorView.of(line.progress(), messages));
        }
    }

    record CityTable(List<CityItem> items, String code, String period) {}

    /**
     * One record behind a value.
     *
     * @param counts whether it meets the definition (counts towards the numerator)
     * @param url its page, relative to the installation
     */
    record EvidenceView(
            String kind,
            String id,
            String title,
            @Nullable LocalDate day,
            boolean counts,

            @com.fasterxml.jackson.annotation.JsonProperty("public")
            boolean isPublic,

            String url) {
        static EvidenceView of(Evidence e) {
            return new EvidenceView(e.kind(), e.id(), e.title(), e.day(), e.counts(), e.isPublic(), e.url());
        }
    }

    record EvidenceList(List<EvidenceView> items, String code, String period) {}

    static @Nullable Double rounded(@Nullable Double value) {
        return value == null
                ? null
                : BigDecimal.valueOf(value)
                        .setScale(1, java.math.RoundingMode.HALF_UP)
                        .doubleValue();
    }
}
