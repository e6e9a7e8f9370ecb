package vn.hdndso.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.hdndso.shared.CouncilId;

/**
 * One entry of a person's work calendar: something they are invited to (a sitting, a meeting, a
 * visit, a training session) or a deadline they answer for (shown as an all-day entry).
 *
 * @param uid stable across updates ({@code task-<uuid>@hdnd-so}); the feed's UID
 * @param kind the message key of what it is ({@code workcalendar.kind.sitting}); a new module brings
 *     its own key
 * @param start a moment in Vietnam time, or null for an all-day entry ({@code day})
 * @param end when it ends, or null (one hour after the start)
 * @param day the day of an all-day entry or deadline, null for a timed one
 * @param href the workspace page where it is acted on, relative to the site's root
 * @param deadline a day by which something is due (overdue once past and not {@link Status#DONE})
 * @param detail the item's own reference, shown small (a place, a unit, the number of a question)
 * @param lastModified for the feed (LAST-MODIFIED and the ETag)
 * @param sequence how many times it changed after it was first published (the feed's SEQUENCE)
 */
public record WorkEntry(
        String uid,
        CouncilId council,
        String kind,
        String title,
        String detail,
        @Nullable ZonedDateTime start,
        @Nullable ZonedDateTime end,
        @Nullable LocalDate day,
        @Nullable String location,
        String href,
        boolean deadline,
        Status status,
        Instant lastModified,
        int sequence) {

    /** Where an entry stands. */
    public enum Status {
        /** Takes place or is due as planned. */
        PLANNED,
        /** Moved to another time: this entry is the old time, no longer valid. */
        POSTPONED,
        CANCELLED,
        /** A deadline met (answered, done, handed in). */
        DONE;

        public String messageKey() {
            return "workcalendar.status." + name();
        }

        /** The feed removes the event from phones' calendars. */
        public boolean offTheCalendar() {
            return this == POSTPONED || this == CANCELLED;
        }
    }

    public WorkEntry {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(council, "council");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(href, "href");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(lastModified, "lastModified");
        title = title == null ? "" : title;
        detail = detail == null ? "" : detail;
        if ((start == null) == (day == null)) {
            throw new IllegalArgumentException("an entry has either a start or a day");
        }
        if (start != null && end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("an entry ends after it starts");
        }
        if (sequence < 0) {
            throw new IllegalArgumentException("sequence");
        }
    }

    /** A deadline: an all-day entry on the day it is due. */
    public static WorkEntry deadline(
            String uid,
            CouncilId council,
            String kind,
            String title,
            String detail,
            LocalDate dueOn,
            String href,
            boolean done,
            Instant lastModified) {
        return new WorkEntry(
                uid,
                council,
                kind,
                title,
                detail,
                null,
                null,
                dueOn,
                null,
                href,
                true,
                done ? Status.DONE : Status.PLANNED,
                lastModified,
                0);
    }

    /** An all-day event (a voter meeting, a visit) on {@code day}. */
    public static WorkEntry allDay(
            String uid,
            CouncilId council,
            String kind,
            String title,
            String detail,
            LocalDate day,
            @Nullable String location,
            String href,
            Instant lastModified) {
        return new WorkEntry(
                uid,
                council,
                kind,
                title,
                detail,
                null,
                null,
                day,
                location,
                href,
                false,
                Status.PLANNED,
                lastModified,
                0);
    }

    /** The day it falls on in Vietnam. */
    public LocalDate date() {
        return day != null ? day : Objects.requireNonNull(start).toLocalDate();
    }

    /** A deadline past on {@code today} and not met (a cancelled one is not overdue). */
    public boolean overdueOn(LocalDate today) {
        return deadline && status == Status.PLANNED && date().isBefore(today);
    }

    public boolean allDay() {
        return day != null;
    }

    /** As an event of an iCalendar feed, linking to {@code baseUrl + href}. */
    public CalendarEntry toCalendarEntry(String baseUrl) {
        String description = detail.isBlank() ? null : detail;
        return new CalendarEntry(
                uid,
                council,
                title.isBlank() ? uid : title,
                description,
                start,
                end,
                day,
                location,
                baseUrl.replaceAll("/+$", "") + href,
                lastModified,
                sequence,
                status.offTheCalendar());
    }
}
