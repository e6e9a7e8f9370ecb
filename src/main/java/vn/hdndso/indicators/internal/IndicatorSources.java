package vn.hdndso.indicators.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.hdndso.indicators.IndicatorCode;
import vn.hdndso.indicators.IndicatorSource;

/**
 * The source of each indicator, from the modules' {@link IndicatorSource} beans. Each code has at
 * most one; a code without a source (its module has not landed) has no data.
 */
@Component
class IndicatorSources {

    private final Map<IndicatorCode, IndicatorSource> byCode;

    IndicatorSources(List<IndicatorSource> sources) {
        this.byCode = byCode(sources);
    }

    static Map<IndicatorCode, IndicatorSource> byCode(List<IndicatorSource> sources) {
        Map<IndicatorCode, IndicatorSource> map = new EnumMap<>(IndicatorCode.class);
        for (IndicatorSource source : sources) {
            for (IndicatorCode code : source.codes()) {
                IndicatorSource earlier = map.putIfAbsent(code, source);
                if (earlier != null) {
                    throw new IllegalStateException("two sources measure " + code + ": "
                            + earlier.getClass().getName() + " and "
                            + source.getClass().getName());
                }
            }
        }
        return map;
    }

    Optional<IndicatorSource> of(IndicatorCode code) {
        return Optional.ofNullable(byCode.get(code));
    }

    boolean has(IndicatorCode code) {
        return byCode.containsKey(code);
    }
}
