/**
 * The personal feeds' secret links and the making of a calendar's person.
 */
@NullMarked
package vn.hdndso.calendar.internal;

import org.jspecify.annotations.NullMarked;
