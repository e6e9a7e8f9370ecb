package vn.hdndso.reports.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.hdndso.calendar.CalendarPerson;
import vn.hdndso.calendar.WorkCalendarSource;
import vn.hdndso.calendar.WorkEntry;
import vn.hdndso.identity.Role;
import vn.hdndso.reports.ReportingRound;
import vn.hdndso.reports.ReportingRounds;

/**
 * Report deadlines in the work calendar: for the council office each round's deadline (met once
 * every body has handed in); for a committee member and a People's Committee officer the rounds
 * their committee or unit must report in (met once it has handed in).
 */
@Component
class ReportWorkCalendar implements WorkCalendarSource {

    private final ReportingRounds rounds;

    ReportWorkCalendar(ReportingRounds rounds) {
        this.rounds = rounds;
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorkEntry> entriesFor(CalendarPerson person, LocalDate from, LocalDate to) {
        UUID committee = person.has(Role.COMMITTEE_MEMBER) ? person.assignment().committeeId() : null;
        UUID unit = person.has(Role.EXECUTIVE_OFFICER) ? person.assignment().executiveUnitId() : null;
        if (!person.office() && committee == null && unit == null) {
            return List.of();
        }
        List<WorkEntry> entries = new ArrayList<>();
        for (ReportingRound round : rounds.list(person.council())) {
            if (!WorkCalendarSource.within(round.dueOn(), from, to)) {
                continue;
            }
            String href = person.href("reports/rounds/" + round.id());
            String title = round.period().toString();
            if (person.office()) {
                entries.add(WorkEntry.deadline(
                        "report-round-" + round.id() + "@hdnd-so",
                        person.council(),
                        "workcalendar.kind.reportRound",
                        title,
                        round.submitted() + "/" + round.reporters().size(),
                        round.dueOn(),
                        href,
                        round.submitted() == round.reporters().size(),
                        round.createdAt()));
                continue;
            }
            for (ReportingRound.Reporter r : round.reporters()) {
                if (r.bodyId().equals(committee) || r.bodyId().equals(unit)) {
                    entries.add(WorkEntry.deadline(
                            "report-" + r.id() + "@hdnd-so",
                            person.council(),
                            "workcalendar.kind.report",
                            title,
                            r.name(),
                            round.dueOn(),
                            href,
                            r.latest() != null,
                            round.createdAt()));
                }
            }
        }
        return entries;
    }
}
