/**
 * The council's public calendar: sessions, voter-contact meetings and other public events, served
 * as an iCalendar feed (RFC 5545) phones subscribe to; and each person's work calendar (what they
 * are invited to or answer for, deadlines included) as a workspace page and a personal feed behind
 * a revocable secret link. Modules contribute by implementing {@link vn.hdndso.calendar.CalendarSource}
 * and {@link vn.hdndso.calendar.WorkCalendarSource}; this module knows none of them.
 */
@ApplicationModule(
        displayName = "Calendar",
        allowedDependencies = {"councils", "identity", "shared"})
@NullMarked
package vn.hdndso.calendar;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
