package vn.hdndso.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * A module's contribution to each person's work calendar: what the person is invited to or
 * answers for in their council, with deadlines as all-day entries. Implement it as a small Spring
 * bean in your module's {@code internal} package; the calendar page and the personal feed ask every
 * bean, so a new module (training sessions, say) plugs in with one class and this module knows none
 * of them. Called in the council's staff scope, inside a read-only transaction, possibly with nobody
 * signed in (the personal feed): decide from {@code person}, never from the signed-in user.
 */
public interface WorkCalendarSource {

    /** The person's entries that fall on a day in [{@code from}, {@code to}], in any order. */
    List<WorkEntry> entriesFor(CalendarPerson person, LocalDate from, LocalDate to);

    /** Whether {@code day} lies in [{@code from}, {@code to}]: for implementations. */
    static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
