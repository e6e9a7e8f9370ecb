/** What the application does for its own start: the training start that records the start-up cache. */
@NullMarked
package vn.hdndso.shared.startup;

import org.jspecify.annotations.NullMarked;
