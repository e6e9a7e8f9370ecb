/**
 * The indicators engine: the stored values, the sources by code, the live recomputation after a
 * council's work changes, and the lazy computation of periods asked for.
 */
@NullMarked
package vn.hdndso.indicators.internal;

import org.jspecify.annotations.NullMarked;
