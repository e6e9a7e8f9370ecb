/**
 * The iCalendar feed of a council, the work calendar page and the personal feeds.
 */
@NullMarked
package vn.hdndso.calendar.web;

import org.jspecify.annotations.NullMarked;
