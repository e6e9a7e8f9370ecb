@NullMarked
package vn.hdndso.petitions.internal;

import org.jspecify.annotations.NullMarked;
