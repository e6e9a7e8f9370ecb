/** Reading a plan's text: lines and their OCR-tolerant skeletons, structure, thresholds, meanings, bodies. */
@NullMarked
package vn.hdndso.plans.internal;

import org.jspecify.annotations.NullMarked;
