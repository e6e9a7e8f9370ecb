package vn.hdndso.indicators;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.hdndso.shared.CouncilId;

/**
 * An indicator's value for a council and period as last computed from the council's live data.
 *
 * @param asOf when it was computed; it follows every change to the council's work within a second
 */
public record IndicatorValue(
        CouncilId council, IndicatorCode code, Period period, Measurement measurement, Instant asOf) {

    public @Nullable Double value() {
        return measurement.value();
    }

    public long numerator() {
        return measurement.numerator();
    }

    public @Nullable Long denominator() {
        return measurement.denominator();
    }

    public boolean hasData() {
        return measurement.hasData();
    }

    public Map<String, Long> breakdown() {
        return measurement.breakdown();
    }
}
