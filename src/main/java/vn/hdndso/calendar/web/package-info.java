/**
 * The iCalendar feed of a council.
 */
@NullMarked
package vn.hdndso.calendar.web;

import org.jspecify.annotations.NullMarked;
