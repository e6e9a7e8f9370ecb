package vn.hdndso.petitions.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.hdndso.calendar.CalendarPerson;
import vn.hdndso.calendar.WorkCalendarSource;
import vn.hdndso.calendar.WorkEntry;
import vn.hdndso.identity.Role;
import vn.hdndso.petitions.IssueStatus;
import vn.hdndso.petitions.PetitionIssue;
import vn.hdndso.petitions.PetitionIssues;
import vn.hdndso.petitions.PetitionLinks;
import vn.hdndso.petitions.VoterMeeting;
import vn.hdndso.petitions.VoterMeetings;
import vn.hdndso.shared.VnText;
import vn.hdndso.shared.web.Page;

/**
 * Petitions in the work calendar. Voter-contact meetings: all of them for the council office and
 * the Front's officers (who co-organise them), a delegate's those naming them among the meeting's
 * delegates. Answer deadlines of the issues transferred to a competent body: all for the office,
 * those of their own unit for a People's Committee officer; met once answered.
 */
@Component
class PetitionWorkCalendar implements WorkCalendarSource {

    private static final Page.Request MANY = new Page.Request(0, 500);

    private final VoterMeetings meetings;
    private final PetitionIssues issues;
    private final OfficerUnits officers;

    PetitionWorkCalendar(VoterMeetings meetings, PetitionIssues issues, OfficerUnits officers) {
        this.meetings = meetings;
        this.issues = issues;
        this.officers = officers;
    }

    @Override
    public List<WorkEntry> entriesFor(CalendarPerson person, LocalDate from, LocalDate to) {
        List<WorkEntry> entries = new ArrayList<>();
        boolean allMeetings = person.office() || person.has(Role.FRONT_OFFICER);
        if (allMeetings || person.has(Role.DELEGATE)) {
            String me = VnText.fold(person.account().fullName());
            for (VoterMeeting m : meetings.list(person.council())) {
                if (WorkCalendarSource.within(m.heldOn(), from, to)
                        && (allMeetings
                                || (!me.isBlank() && VnText.fold(m.delegates()).contains(me)))) {
                    entries.add(WorkEntry.allDay(
                            "voter-meeting-" + m.id() + "@hdnd-so",
                            person.council(),
                            "workcalendar.kind.voterMeeting",
                            m.title(),
                            m.delegateGroup(),
                            m.heldOn(),
                            m.place().isBlank() ? m.onlineLink() : m.place(),
                            PetitionLinks.staffMeeting(person.councilSlug(), m.id()),
                            m.createdAt()));
                }
            }
        }
        if (person.office() || person.has(Role.EXECUTIVE_OFFICER)) {
            Optional<UUID> unit =
                    person.office() ? Optional.empty() : officers.boundUnit(person.account(), person.council());
            for (IssueStatus status : List.of(IssueStatus.TRANSFERRED, IssueStatus.ANSWERED)) {
                var filter = new PetitionIssues.Filter(status, null, false, false, false, null);
                for (PetitionIssue issue :
                        issues.list(person.council(), filter, MANY).items()) {
                    var transfer = issue.transfer();
                    if (transfer == null
                            || !WorkCalendarSource.within(transfer.deadline(), from, to)
                            || (unit.isPresent() && !unit.get().equals(transfer.executiveUnitId()))) {
                        continue;
                    }
                    entries.add(WorkEntry.deadline(
                            "petition-answer-" + issue.id() + "@hdnd-so",
                            person.council(),
                            "workcalendar.kind.petitionAnswer",
                            issue.title(),
                            transfer.bodyName(),
                            transfer.deadline(),
                            PetitionLinks.staffIssue(person.councilSlug(), issue.id()),
                            status == IssueStatus.ANSWERED,
                            transfer.transferredOn().atStartOfDay().toInstant(ZoneOffset.UTC)));
                }
            }
        }
        return entries;
    }
}
