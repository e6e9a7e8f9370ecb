package vn.hdndso.calendar;

import vn.hdndso.councils.Council;
import vn.hdndso.identity.CurrentUser;

/** Makes the {@link CalendarPerson} of an account in a council (its unit, committee, delegate). */
public interface CalendarPeople {

    /** Runs in the council's staff scope. */
    CalendarPerson of(CurrentUser account, Council council);
}
