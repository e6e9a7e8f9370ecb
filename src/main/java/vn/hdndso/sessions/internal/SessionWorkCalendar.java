package vn.hdndso.sessions.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.hdndso.calendar.CalendarPerson;
import vn.hdndso.calendar.WorkCalendarSource;
import vn.hdndso.calendar.WorkEntry;
import vn.hdndso.identity.Role;
import vn.hdndso.sessions.CouncilSession;
import vn.hdndso.sessions.SessionChange;
import vn.hdndso.sessions.SessionChanges;
import vn.hdndso.sessions.SessionKind;
import vn.hdndso.sessions.Sessions;
import vn.hdndso.shared.VnTime;

/**
 * Sittings and meetings in the work calendar: the council office's are all of the council's (the
 * planned ones too); a delegate's (and a committee member's) those they were invited to by a
 * convening notice. A cancelled one stays, marked cancelled; a postponed one is at its new time,
 * and its earlier time stays as a separate entry marked postponed.
 */
@Component
class SessionWorkCalendar implements WorkCalendarSource {

    private static final Duration LENGTH = Duration.ofHours(4);

    private final Sessions sessions;
    private final SessionChanges changes;

    SessionWorkCalendar(Sessions sessions, SessionChanges changes) {
        this.sessions = sessions;
        this.changes = changes;
    }

    @Override
    public List<WorkEntry> entriesFor(CalendarPerson person, LocalDate from, LocalDate to) {
        List<CouncilSession> mine;
        if (person.office()) {
            mine = sessions.list(person.council());
        } else if (person.has(Role.DELEGATE) || person.has(Role.COMMITTEE_MEMBER)) {
            mine = sessions.invitationsOf(
                    person.council(), person.account().id().value());
        } else {
            return List.of();
        }
        List<WorkEntry> entries = new ArrayList<>();
        for (CouncilSession s : mine) {
            if (s.startsAt().atZone(VnTime.ZONE).toLocalDate().isBefore(from)) {
                continue; // an earlier time of a postponed session lies before its start
            }
            String href = person.href((person.office() ? "sessions/" : "my-sessions/") + s.id().value());
            List<SessionChange> history = changes.history(person.council(), s.id());
            Instant modified =
                    history.isEmpty() ? s.startsAt() : history.getLast().changedAt();
            if (s.closedAt() != null && s.closedAt().isAfter(modified)) {
                modified = s.closedAt();
            }
            ZonedDateTime start = s.startsAt().atZone(VnTime.ZONE);
            ZonedDateTime end = s.closedAt() != null && s.closedAt().isAfter(s.startsAt())
                    ? s.closedAt().atZone(VnTime.ZONE)
                    : start.plus(LENGTH);
            if (WorkCalendarSource.within(start.toLocalDate(), from, to)) {
                entries.add(new WorkEntry(
                        "session-" + s.id().value() + "@hdnd-so",
                        person.council(),
                        kind(s.kind()),
                        s.title(),
                        s.place() == null ? "" : s.place(),
                        start,
                        end,
                        null,
                        s.place(),
                        href,
                        false,
                        s.isCancelled() ? WorkEntry.Status.CANCELLED : WorkEntry.Status.PLANNED,
                        modified,
                        history.size()));
            }
            for (SessionChange change : history) {
                Instant before = change.previousStart();
                if (change.kind() != SessionChange.Kind.POSTPONED || before == null) {
                    continue;
                }
                ZonedDateTime earlier = before.atZone(VnTime.ZONE);
                if (WorkCalendarSource.within(earlier.toLocalDate(), from, to)) {
                    entries.add(new WorkEntry(
                            "session-" + s.id().value() + "-" + before.getEpochSecond() + "@hdnd-so",
                            person.council(),
                            kind(s.kind()),
                            s.title(),
                            change.summary(),
                            earlier,
                            earlier.plus(LENGTH),
                            null,
                            s.place(),
                            href,
                            false,
                            WorkEntry.Status.POSTPONED,
                            change.changedAt(),
                            1));
                }
            }
        }
        return entries;
    }

    private static String kind(SessionKind kind) {
        return switch (kind) {
            case REGULAR, THEMATIC -> "workcalendar.kind.sitting";
            case STANDING_COMMITTEE -> "workcalendar.kind.standingMeeting";
            case COMMITTEE -> "workcalendar.kind.committeeMeeting";
        };
    }
}
