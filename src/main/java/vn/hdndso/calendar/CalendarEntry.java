package vn.hdndso.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.hdndso.shared.CouncilId;

/**
 * One public event of a council's calendar, as a contributing module describes it.
 *
 * @param uid globally unique and stable across updates ({@code session-<uuid>@hdnd-so}); phones
 *     replace an event with the same uid
 * @param start a moment in Vietnam time, or null for an all-day event ({@code day})
 * @param end when it ends (a moment), or null: one hour after {@code start}, or the whole {@code day}
 * @param day the day of an all-day event, null for a timed one
 * @param url its public page, absolute
 * @param lastModified when the event last changed (iCalendar LAST-MODIFIED, and SEQUENCE by changes)
 * @param sequence how many times it was changed after it was first published
 * @param cancelled a cancelled event stays in the feed with STATUS:CANCELLED so phones remove it
 */
public record CalendarEntry(
        String uid,
        CouncilId council,
        String title,
        @Nullable String description,
        @Nullable ZonedDateTime start,
        @Nullable ZonedDateTime end,
        @Nullable LocalDate day,
        @Nullable String location,
        @Nullable String url,
        Instant lastModified,
        int sequence,
        boolean cancelled) {

    public CalendarEntry {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(council, "council");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(lastModified, "lastModified");
        if ((start == null) == (day == null)) {
            throw new IllegalArgumentException("an event has either a start or a day");
        }
        if (start != null && end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("an event ends after it starts");
        }
        if (sequence < 0) {
            throw new IllegalArgumentException("sequence");
        }
    }

    /** The day it falls on in Vietnam, for ordering. */
    public LocalDate date() {
        return day != null ? day : Objects.requireNonNull(start).toLocalDate();
    }
}
