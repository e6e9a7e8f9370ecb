package vn.hdndso.indicators;

import java.util.List;
import java.util.Set;
import vn.hdndso.shared.CouncilId;

/**
 * A module's contribution to the live indicators: documents measure T1 and T7, sessions T2 and T3,
 * petitions T4–T6 … Implement it as a Spring bean in your module; it is called in the staff tenant
 * scope of {@code council} (the figures count drafts and personal records that the public never
 * sees; only the figures and the public evidence leave). Each code has exactly one source.
 * Definitions, numerator and denominator of each: docs/indicators.md.
 */
public interface IndicatorSource {

    /** The indicators this source measures. */
    Set<IndicatorCode> codes();

    /** The figures of one indicator for a council and period; {@link Measurement#noData()} when there is nothing to count. */
    Measurement measure(CouncilId council, IndicatorCode code, Period period);

    /** The records behind the value, those that count and those that do not, newest first. */
    List<Evidence> evidence(CouncilId council, IndicatorCode code, Period period);
}
