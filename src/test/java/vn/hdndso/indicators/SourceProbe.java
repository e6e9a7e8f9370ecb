package vn.hdndso.indicators;

import java.util.List;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;

/** Asks a module's indicator source directly, as the engine does: in the council's staff scope. */
public final class SourceProbe {

    private SourceProbe() {}

    public static IndicatorSource of(List<IndicatorSource> sources, IndicatorCode code) {
        return sources.stream()
                .filter(s -> s.codes().contains(code))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no source measures " + code));
    }

    public static Measurement measure(
            List<IndicatorSource> sources, CouncilId council, IndicatorCode code, Period period) {
        return Tenancy.call(
                TenantScope.staffOf(council), () -> of(sources, code).measure(council, code, period));
    }

    public static List<Evidence> evidence(
            List<IndicatorSource> sources, CouncilId council, IndicatorCode code, Period period) {
        return Tenancy.call(
                TenantScope.staffOf(council), () -> of(sources, code).evidence(council, code, period));
    }
}
