/**
 * The council's public calendar: sessions, voter-contact meetings and other public events, served
 * as an iCalendar feed (RFC 5545) phones subscribe to. Modules contribute events by implementing
 * {@link vn.hdndso.calendar.CalendarSource}; this module knows none of them.
 */
@ApplicationModule(
        displayName = "Calendar",
        allowedDependencies = {"councils", "shared"})
@NullMarked
package vn.hdndso.calendar;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
