package vn.hdndso.plans;

import java.util.List;
import vn.hdndso.indicators.IndicatorCode;
import vn.hdndso.indicators.Period;
import vn.hdndso.shared.CouncilId;

/**
 * The live indicators read against the council's own plan: what the API's
 * {@code /indicators}, the public {@code /chi-so} pages and the periodic reports show.
 */
public interface PlanIndicators {

    /** The council's T1–T11 for the period, in code order. */
    List<TargetProgress> progress(CouncilId council, Period period);

    TargetProgress progress(CouncilId council, IndicatorCode code, Period period);

    /** One indicator for every council of the installation, in the councils' order. */
    List<CouncilProgress> city(IndicatorCode code, Period period);

    /** A council's place in the city table. */
    record CouncilProgress(CouncilId council, String councilName, String slug, TargetProgress progress) {}
}
