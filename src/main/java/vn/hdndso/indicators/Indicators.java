package vn.hdndso.indicators;

import java.util.List;
import java.util.Map;
import vn.hdndso.shared.CouncilId;

/**
 * The councils' indicator values, kept current: a change to a council's work (any {@link
 * vn.hdndso.shared.CouncilEvent}) recomputes that council's values for the current month, half-year
 * and year within a second; other periods are computed when first asked for and kept until the
 * council's work changes. Values are figures only and may be shown to anyone; evidence is
 * filtered for the caller.
 */
public interface Indicators {

    /** The council's eleven values for the period, in code order. */
    List<IndicatorValue> values(CouncilId council, Period period);

    IndicatorValue value(CouncilId council, IndicatorCode code, Period period);

    /** One indicator for every council of the installation: the city table. */
    Map<CouncilId, IndicatorValue> city(IndicatorCode code, Period period);

    /** One indicator over consecutive periods, oldest first (a trend line). */
    List<IndicatorValue> series(CouncilId council, IndicatorCode code, List<Period> periods);

    /**
     * {@link #series} of several councils at once, read in one query (the city table's trends), in
     * the order of the councils given.
     */
    Map<CouncilId, List<IndicatorValue>> series(List<CouncilId> councils, IndicatorCode code, List<Period> periods);

    /**
     * The records behind a value; with {@code publicOnly} just those the public may see (the public
     * pages), otherwise all (staff of the council).
     */
    List<Evidence> evidence(CouncilId council, IndicatorCode code, Period period, boolean publicOnly);
}
