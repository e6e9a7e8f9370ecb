/**
 * The councils' tables, the registration of councils from the administrative-unit list and the
 * demo delegates.
 */
@NullMarked
package vn.hdndso.councils.internal;

import org.jspecify.annotations.NullMarked;
