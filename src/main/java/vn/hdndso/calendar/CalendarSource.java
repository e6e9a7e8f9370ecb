package vn.hdndso.calendar;

import java.time.LocalDate;
import java.util.List;
import vn.hdndso.shared.CouncilId;

/**
 * A module's contribution to the councils' public calendars: sessions add their sittings, petitions
 * their voter-contact meetings. Implement it as a Spring bean in your module (it is called inside
 * the request's public tenant scope of {@code council}, within a read-only transaction) and return
 * only what the public may see.
 */
public interface CalendarSource {

    /** The council's public events that fall on a day in [{@code from}, {@code to}]. */
    List<CalendarEntry> entries(CouncilId council, LocalDate from, LocalDate to);
}
