package vn.hdndso.plans.internal;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Name;

/**
 * The defaults of the indicators' targets ({@code hdnd.indicators.default.*} in
 * application.properties; {@link DefaultTargets} reads them).
 *
 * @param defaults {@code T1}–{@code T11}, {@code T9-proficient} and {@code deadline}
 */
@ConfigurationProperties("hdnd.indicators")
record IndicatorSettings(@Name("default") @Nullable Map<String, String> defaults) {

    DefaultTargets targets() {
        return new DefaultTargets(defaults == null ? Map.of() : defaults);
    }
}
