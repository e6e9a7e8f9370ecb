/**
 * The live indicators T1–T11 of every council: each module contributes the figures it holds by
 * implementing {@link vn.hdndso.indicators.IndicatorSource}; this module keeps the values per
 * council and period current as the councils' work changes ({@link vn.hdndso.shared.CouncilEvent}),
 * and knows none of the modules that feed it. Definitions: docs/indicators.md.
 */
@ApplicationModule(
        displayName = "Indicators",
        allowedDependencies = {"councils", "shared"})
@NullMarked
package vn.hdndso.indicators;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
