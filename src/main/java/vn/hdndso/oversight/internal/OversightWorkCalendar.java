package vn.hdndso.oversight.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.hdndso.calendar.CalendarPerson;
import vn.hdndso.calendar.WorkCalendarSource;
import vn.hdndso.calendar.WorkEntry;
import vn.hdndso.identity.Role;
import vn.hdndso.oversight.Commitment;
import vn.hdndso.oversight.OversightTopic;
import vn.hdndso.oversight.Question;
import vn.hdndso.oversight.Questions;
import vn.hdndso.oversight.Recommendation;
import vn.hdndso.oversight.Viewer;
import vn.hdndso.shared.VnText;

/**
 * Oversight in the work calendar. Visits of the topics one works on (the office: all; a committee
 * member: their committee's; a delegate or Front officer: the topics whose team names them).
 * Deadlines one answers for: written answers and commitments (the office, the addressed unit's
 * officer, whoever asked), recommendations (the office, the owning unit's officer, the owning
 * committee's members), the commitments report due before the next session; and the programme's
 * proposal and adoption days as days to remember (the office; proposals also for those who propose).
 */
@Component
class OversightWorkCalendar implements WorkCalendarSource {

    private final QuestionRepository questions;
    private final TopicRepository topics;
    private final Questions questionDesk;
    private final OversightProperties properties;

    OversightWorkCalendar(
            QuestionRepository questions,
            TopicRepository topics,
            Questions questionDesk,
            OversightProperties properties) {
        this.questions = questions;
        this.topics = topics;
        this.questionDesk = questionDesk;
        this.properties = properties;
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorkEntry> entriesFor(CalendarPerson person, LocalDate from, LocalDate to) {
        Viewer viewer = new Viewer(person.account().roles(), person.assignment());
        List<WorkEntry> entries = new ArrayList<>();
        questions(person, viewer, from, to, entries);
        topics(person, viewer, from, to, entries);
        programme(person, from, to, entries);
        return entries;
    }

    private void questions(CalendarPerson person, Viewer viewer, LocalDate from, LocalDate to, List<WorkEntry> out) {
        var me = person.account().id().value();
        boolean anyOpen = false;
        for (Question q : questions.list(person.council())) {
            boolean mine = viewer.answersFor(q.addressedUnitId()) || me.equals(q.askedByUserId());
            if (!mine) {
                continue;
            }
            String href = base(person) + "#question-" + q.id();
            if (WorkCalendarSource.within(q.dueOn(), from, to)) {
                out.add(WorkEntry.deadline(
                        "question-" + q.id() + "@hdnd-so",
                        person.council(),
                        "workcalendar.kind.writtenAnswer",
                        q.text(),
                        q.addressedUnitName(),
                        q.dueOn(),
                        href,
                        q.answeredOn() != null,
                        moment(q.askedOn())));
            }
            for (Commitment c : q.commitments()) {
                anyOpen |= c.metOn() == null;
                if (WorkCalendarSource.within(c.dueOn(), from, to)) {
                    out.add(WorkEntry.deadline(
                            "commitment-" + c.id() + "@hdnd-so",
                            person.council(),
                            "workcalendar.kind.commitment",
                            c.text(),
                            q.addressedUnitName(),
                            c.dueOn(),
                            href,
                            c.metOn() != null,
                            moment(q.askedOn())));
                }
            }
        }
        if (person.office() && anyOpen) {
            var report = questionDesk.commitmentReport(person.council());
            LocalDate due = report.reportDueOn();
            if (due != null && WorkCalendarSource.within(due, from, to)) {
                out.add(WorkEntry.deadline(
                        "commitments-report-" + due + "@hdnd-so",
                        person.council(),
                        "workcalendar.kind.commitmentsReport",
                        report.nextSessionTitle() == null ? "" : report.nextSessionTitle(),
                        "",
                        due,
                        base(person) + "#commitments-report",
                        false,
                        moment(due)));
            }
        }
    }

    private void topics(CalendarPerson person, Viewer viewer, LocalDate from, LocalDate to, List<WorkEntry> out) {
        String me = VnText.fold(person.account().fullName());
        for (OversightTopic topic : topics.list(person.council())) {
            String href = base(person) + "/topics/" + topic.id();
            if (viewer.worksOnTopicsOf(topic.ownerBodyId()) || onTeam(person, topic, me)) {
                for (OversightTopic.Activity a : topic.activities()) {
                    if (a.kind() == OversightTopic.ActivityKind.VISIT && WorkCalendarSource.within(a.day(), from, to)) {
                        out.add(WorkEntry.allDay(
                                "oversight-visit-" + a.id() + "@hdnd-so",
                                person.council(),
                                "workcalendar.kind.oversightVisit",
                                topic.title(),
                                a.text(),
                                a.day(),
                                null,
                                href,
                                moment(a.day())));
                    }
                }
            }
            boolean owner = viewer.worksOnTopicsOf(topic.ownerBodyId());
            for (Recommendation r : topic.recommendations()) {
                if ((owner || viewer.answersFor(r.ownerUnitId())) && WorkCalendarSource.within(r.dueOn(), from, to)) {
                    out.add(WorkEntry.deadline(
                            "recommendation-" + r.id() + "@hdnd-so",
                            person.council(),
                            "workcalendar.kind.recommendation",
                            r.text(),
                            topic.title() + " · " + r.ownerName(),
                            r.dueOn(),
                            href,
                            r.doneOn() != null,
                            moment(r.dueOn())));
                }
            }
        }
    }

    /** A delegate or Front officer named on the topic's team (by their full name). */
    private static boolean onTeam(CalendarPerson person, OversightTopic topic, String me) {
        if (me.isBlank() || !(person.has(Role.DELEGATE) || person.has(Role.FRONT_OFFICER))) {
            return false;
        }
        return topic.team().stream().anyMatch(m -> VnText.fold(m.name()).equals(me));
    }

    private void programme(CalendarPerson person, LocalDate from, LocalDate to, List<WorkEntry> out) {
        boolean proposes = person.office()
                || person.has(Role.DELEGATE)
                || person.has(Role.COMMITTEE_MEMBER)
                || person.has(Role.FRONT_OFFICER);
        ProgrammeCalendar calendar = properties.calendar();
        for (int year = from.getYear(); year <= to.getYear() + 2; year++) {
            String href = base(person) + "/programme/" + year;
            LocalDate proposals = calendar.proposalsDue(year);
            if (proposes && WorkCalendarSource.within(proposals, from, to)) {
                out.add(WorkEntry.allDay(
                        "programme-proposals-" + year + "@hdnd-so",
                        person.council(),
                        "workcalendar.kind.programmeProposals",
                        String.valueOf(year),
                        "",
                        proposals,
                        null,
                        href,
                        moment(proposals)));
            }
            LocalDate adoption = calendar.adoptionDue(year);
            if (person.office() && WorkCalendarSource.within(adoption, from, to)) {
                out.add(WorkEntry.allDay(
                        "programme-adoption-" + year + "@hdnd-so",
                        person.council(),
                        "workcalendar.kind.programmeAdoption",
                        String.valueOf(year),
                        "",
                        adoption,
                        null,
                        href,
                        moment(adoption)));
            }
        }
    }

    private static Instant moment(LocalDate day) {
        return day.atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    private static String base(CalendarPerson person) {
        return person.href("oversight");
    }
}
