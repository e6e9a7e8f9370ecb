package vn.hdndso.indicators;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a source counted for one indicator, council and period: a share ({@code numerator} of
 * {@code denominator}), or a count when the indicator has no natural denominator. A share with
 * a denominator of 0 — nothing to measure yet — is {@link #noData()}, never 0 %.
 *
 * @param numerator what meets the definition (signed documents, recorded sessions …)
 * @param denominator all that the definition counts, or {@code null} for a count
 * @param breakdown named sub-figures shown with the value (petitions per channel, proficient
 *     delegates, median days to publish …), keys are message-key suffixes, in display order
 */
public record Measurement(long numerator, @Nullable Long denominator, Map<String, Long> breakdown) {

    public Measurement {
        Objects.requireNonNull(breakdown, "breakdown");
        breakdown = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(breakdown));
        if (numerator < 0 || (denominator != null && (denominator < 0 || numerator > denominator))) {
            throw new IllegalArgumentException("bad measurement " + numerator + "/" + denominator);
        }
    }

    public static Measurement share(long numerator, long denominator) {
        return new Measurement(numerator, denominator, Map.of());
    }

    public static Measurement count(long count) {
        return new Measurement(count, null, Map.of());
    }

    /** Nothing to measure: the value is NO_DATA. */
    public static Measurement noData() {
        return new Measurement(0, 0L, Map.of());
    }

    public Measurement with(String key, long figure) {
        Map<String, Long> more = new java.util.LinkedHashMap<>(breakdown);
        more.put(key, figure);
        return new Measurement(numerator, denominator, more);
    }

    public boolean hasData() {
        return denominator == null || denominator > 0;
    }

    /** The share in percent (0–100), or the count; {@code null} when there is no data. */
    public @Nullable Double value() {
        if (denominator == null) {
            return (double) numerator;
        }
        return denominator == 0 ? null : 100.0 * numerator / denominator;
    }

    /** Sources list the records behind a value through {@link IndicatorSource#evidence}. */
    public static List<Evidence> noEvidence() {
        return List.of();
    }
}
