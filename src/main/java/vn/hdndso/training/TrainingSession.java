package vn.hdndso.training;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.hdndso.shared.CouncilId;

/**
 * One sitting of a course, in a room or online.
 *
 * @param place the room, for a session in person
 * @param link the meeting link, for an online session
 * @param attendees how many delegates attended
 */
public record TrainingSession(
        UUID id,
        CouncilId councilId,
        UUID courseId,
        String courseTitle,
        Instant startsAt,
        Instant endsAt,
        SessionFormat format,
        @Nullable String place,
        @Nullable String link,
        int attendees,
        boolean demo) {

    /** How long before the start a delegate may check in. */
    public static final java.time.Duration CHECK_IN_EARLY = java.time.Duration.ofMinutes(30);

    /** Whether a delegate may check in at {@code now}: from 30 minutes before the start until the end. */
    public boolean openForCheckIn(Instant now) {
        return !now.isBefore(startsAt.minus(CHECK_IN_EARLY)) && !now.isAfter(endsAt);
    }

    /** The start on Vietnam's clock, for display. */
    public java.time.LocalDateTime localStart() {
        return java.time.LocalDateTime.ofInstant(startsAt, vn.hdndso.shared.VnTime.ZONE);
    }

    /** The end on Vietnam's clock, for display. */
    public java.time.LocalDateTime localEnd() {
        return java.time.LocalDateTime.ofInstant(endsAt, vn.hdndso.shared.VnTime.ZONE);
    }

    /** Whether the session overlaps the days from {@code from} to {@code to} (Vietnam time, both included). */
    public boolean within(java.time.LocalDate from, java.time.LocalDate to) {
        java.time.LocalDate start =
                startsAt.atZone(vn.hdndso.shared.VnTime.ZONE).toLocalDate();
        java.time.LocalDate end = endsAt.atZone(vn.hdndso.shared.VnTime.ZONE).toLocalDate();
        return !end.isBefore(from) && !start.isAfter(to);
    }
}
