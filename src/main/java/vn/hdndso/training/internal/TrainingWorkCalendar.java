package vn.hdndso.training.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.hdndso.calendar.CalendarPerson;
import vn.hdndso.calendar.WorkCalendarSource;
import vn.hdndso.calendar.WorkEntry;
import vn.hdndso.shared.VnTime;
import vn.hdndso.training.SessionFormat;
import vn.hdndso.training.TrainingSession;
import vn.hdndso.training.TrainingSessions;

/**
 * Training sessions in the work calendar: every session for the council's office, the sessions a
 * delegate is invited to (every session while their mandate runs) for that delegate.
 */
@Component
class TrainingWorkCalendar implements WorkCalendarSource {

    static final String KIND = "workcalendar.kind.training";

    private final TrainingSessions sessions;

    TrainingWorkCalendar(TrainingSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorkEntry> entriesFor(CalendarPerson person, java.time.LocalDate from, java.time.LocalDate to) {
        List<TrainingSession> mine;
        var delegate = person.delegate();
        if (person.office()) {
            mine = sessions.between(person.council(), from, to);
        } else if (delegate != null) {
            mine = sessions.invitationsOf(person.council(), delegate, from, to);
        } else {
            mine = List.of();
        }
        return mine.stream().map(s -> entry(person, s)).toList();
    }

    private static WorkEntry entry(CalendarPerson person, TrainingSession session) {
        String where = session.format() == SessionFormat.ONLINE ? session.link() : session.place();
        return new WorkEntry(
                "training-" + session.id() + "@hdnd-so",
                person.council(),
                KIND,
                session.courseTitle(),
                where == null ? "" : where,
                session.startsAt().atZone(VnTime.ZONE),
                session.endsAt().atZone(VnTime.ZONE),
                null,
                where,
                person.href("training/sessions/" + session.id()),
                false,
                WorkEntry.Status.PLANNED,
                session.startsAt(),
                0);
    }
}
