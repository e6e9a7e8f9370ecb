@NullMarked
package vn.hdndso.training.internal;

import org.jspecify.annotations.NullMarked;
