package vn.hdndso.oversight.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.hdndso.identity.AccountAssignment;
import vn.hdndso.identity.AccountAssignments;
import vn.hdndso.identity.Role;
import vn.hdndso.identity.WorkItem;
import vn.hdndso.identity.WorkItemSource;
import vn.hdndso.oversight.Commitment;
import vn.hdndso.oversight.OversightTopic;
import vn.hdndso.oversight.Question;
import vn.hdndso.oversight.QuestionState;
import vn.hdndso.oversight.Questions;
import vn.hdndso.oversight.Recommendation;
import vn.hdndso.oversight.Viewer;

/**
 * Oversight's part of each person's home. A People's Committee officer: the questions addressed to
 * their unit waiting for an answer, their unit's commitments not yet met and the recommendations to
 * their unit waiting for a response. The council office: questions to group and schedule, written
 * answers overdue, commitments overdue or due soon, the commitments report due before the next
 * session. Whoever asked a question: its answer, for a while, to read or to ask again. A committee
 * member: the overdue recommendations of their committee's topics. A Front officer: the programme
 * proposals due while the proposal window is open. Who sees what follows {@link Viewer}.
 */
@Component
class OversightWork implements WorkItemSource {

    /** An answer to one's own question stays on one's home this many days. */
    static final int READ_WITHIN_DAYS = 30;

    private static final String GROUP = "home.group.oversight";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final QuestionRepository questions;
    private final TopicRepository topics;
    private final Questions questionDesk;
    private final AccountAssignments assignments;
    private final OversightProperties properties;

    OversightWork(
            QuestionRepository questions,
            TopicRepository topics,
            Questions questionDesk,
            AccountAssignments assignments,
            OversightProperties properties) {
        this.questions = questions;
        this.topics = topics;
        this.questionDesk = questionDesk;
        this.assignments = assignments;
        this.properties = properties;
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorkItem> itemsFor(Context context) {
        Viewer viewer = viewerOf(context);
        List<WorkItem> items = new ArrayList<>();
        List<Question> all = questions.list(context.council());
        if (context.office()) {
            office(context, all, items);
        } else if (context.has(Role.EXECUTIVE_OFFICER) && viewer.assignment().executiveUnitId() != null) {
            unit(context, viewer, all, items);
        }
        answered(context, all, items);
        if (!context.office() && context.has(Role.COMMITTEE_MEMBER)) {
            committee(context, viewer, items);
        }
        if (context.has(Role.FRONT_OFFICER)) {
            proposals(context, items);
        }
        return items;
    }

    private Viewer viewerOf(Context context) {
        var user = context.user();
        AccountAssignment assignment = user.council().equals(context.council())
                ? assignments.of(context.council(), user.id())
                : AccountAssignment.NONE;
        return new Viewer(user.roles(), assignment);
    }

    /** What the unit's officer has to answer, carry out and respond to. */
    private void unit(Context context, Viewer viewer, List<Question> all, List<WorkItem> items) {
        for (Question q : all) {
            if (!viewer.answersFor(q.addressedUnitId())) {
                continue;
            }
            if (q.answeredOn() == null) {
                items.add(question(context, q, "home.action.oversight.answer", q.dueOn()));
            }
            for (Commitment c : q.commitments()) {
                if (c.metOn() == null) {
                    items.add(commitment(context, q, c, "home.action.oversight.carryOut"));
                }
            }
        }
        for (OversightTopic topic : topics.list(context.council())) {
            for (Recommendation r : topic.recommendations()) {
                if (viewer.answersFor(r.ownerUnitId())
                        && r.doneOn() == null
                        && r.responses().isEmpty()) {
                    items.add(recommendation(context, topic, r, "home.action.oversight.respond"));
                }
            }
        }
    }

    /** What the office groups, schedules, chases and reports. */
    private void office(Context context, List<Question> all, List<WorkItem> items) {
        LocalDate today = context.today();
        boolean anyOpen = false;
        for (Question q : all) {
            if (q.overdueOn(today)) {
                items.add(question(context, q, "home.action.oversight.chaseAnswer", q.dueOn()));
            } else if (q.state() == QuestionState.ASKED) {
                items.add(question(context, q, "home.action.oversight.schedule", q.dueOn()));
            }
            for (Commitment c : q.commitments()) {
                if (c.metOn() != null) {
                    continue;
                }
                anyOpen = true;
                if (!c.dueOn().isAfter(today.plusDays(WorkItem.DUE_SOON_DAYS))) {
                    items.add(commitment(context, q, c, "home.action.oversight.followCommitment"));
                }
            }
        }
        if (anyOpen) {
            var report = questionDesk.commitmentReport(context.council());
            if (report.reportDueOn() != null) {
                items.add(new WorkItem(
                        GROUP,
                        "home.action.oversight.report",
                        report.nextSessionTitle() == null ? "" : report.nextSessionTitle(),
                        base(context) + "#commitments-report",
                        report.reportDueOn(),
                        report.nextSessionOn() == null ? "" : DAY.format(report.nextSessionOn())));
            }
        }
    }

    /** One's own questions answered lately: to read, and to ask again if the answer falls short. */
    private void answered(Context context, List<Question> all, List<WorkItem> items) {
        var me = context.user().id().value();
        LocalDate since = context.today().minusDays(READ_WITHIN_DAYS);
        for (Question q : all) {
            LocalDate answeredOn = q.answeredOn();
            if (me.equals(q.askedByUserId()) && answeredOn != null && !answeredOn.isBefore(since)) {
                items.add(new WorkItem(
                        GROUP,
                        "home.action.oversight.readAnswer",
                        q.text(),
                        base(context) + "#question-" + q.id(),
                        null,
                        q.addressedUnitName() + " · " + DAY.format(answeredOn)));
            }
        }
    }

    /** The overdue recommendations of the topics of the member's committee. */
    private void committee(Context context, Viewer viewer, List<WorkItem> items) {
        var committee = viewer.assignment().committeeId();
        if (committee == null) {
            return;
        }
        for (OversightTopic topic : topics.list(context.council())) {
            if (!committee.equals(topic.ownerBodyId())) {
                continue;
            }
            for (Recommendation r : topic.recommendations()) {
                if (r.stateOn(context.today()) == Recommendation.State.OVERDUE) {
                    items.add(recommendation(context, topic, r, "home.action.oversight.recommendationOverdue"));
                }
            }
        }
    }

    /**
     * The next programme whose proposals are not yet due: its window opens once the programme before
     * it is adopted (the mid-year session) and closes on the day proposals are due.
     */
    private void proposals(Context context, List<WorkItem> items) {
        ProgrammeCalendar calendar = properties.calendar();
        LocalDate today = context.today();
        int year = today.getYear() + 1;
        if (calendar.proposalsDue(year).isBefore(today)) {
            year++;
        }
        if (today.isAfter(calendar.adoptionDue(year - 1))) {
            items.add(new WorkItem(
                    GROUP,
                    "home.action.oversight.propose",
                    String.valueOf(year),
                    base(context),
                    calendar.proposalsDue(year),
                    ""));
        }
    }

    private static WorkItem question(Context context, Question q, String action, LocalDate due) {
        return new WorkItem(GROUP, action, q.text(), base(context) + "#question-" + q.id(), due, q.addressedUnitName());
    }

    private static WorkItem commitment(Context context, Question q, Commitment c, String action) {
        return new WorkItem(
                GROUP, action, c.text(), base(context) + "#question-" + q.id(), c.dueOn(), q.addressedUnitName());
    }

    private static WorkItem recommendation(Context context, OversightTopic topic, Recommendation r, String action) {
        return new WorkItem(
                GROUP,
                action,
                r.text(),
                base(context) + "/topics/" + topic.id(),
                r.dueOn(),
                topic.title() + " · " + r.ownerName());
    }

    private static String base(Context context) {
        return "/app/councils/" + context.councilSlug() + "/oversight";
    }
}
