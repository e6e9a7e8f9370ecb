package vn.hdndso.petitions.internal;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.hdndso.identity.Role;
import vn.hdndso.identity.WorkItem;
import vn.hdndso.identity.WorkItemSource;
import vn.hdndso.petitions.IssueStatus;
import vn.hdndso.petitions.Petition;
import vn.hdndso.petitions.PetitionIssue;
import vn.hdndso.petitions.PetitionIssues;
import vn.hdndso.petitions.PetitionLinks;
import vn.hdndso.petitions.Petitions;
import vn.hdndso.petitions.VoterMeeting;
import vn.hdndso.petitions.VoterMeetings;
import vn.hdndso.shared.VnTime;
import vn.hdndso.shared.web.Page;

/**
 * The petitions' part of each person's home: for the council office, petitions to classify,
 * transferred issues overdue or due soon, answers to publish; for the standing committee, overdue
 * answers; for a People's Committee officer, the issues transferred to their own unit (see
 * {@link OfficerUnits}) with their deadlines; for delegates and Fatherland Front officers, voter meetings coming up and those
 * just held whose petitions are not entered yet.
 */
@Component
class PetitionWork implements WorkItemSource {

    /** A meeting held this many days ago or less, with no petition entered, still asks for them. */
    static final int ENTER_WITHIN_DAYS = 14;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Page.Request FIRST_HUNDRED = new Page.Request(0, 100);

    private final Petitions petitions;
    private final PetitionIssues issues;
    private final VoterMeetings meetings;
    private final OfficerUnits officers;

    PetitionWork(Petitions petitions, PetitionIssues issues, VoterMeetings meetings, OfficerUnits officers) {
        this.petitions = petitions;
        this.issues = issues;
        this.meetings = meetings;
        this.officers = officers;
    }

    @Override
    public List<WorkItem> itemsFor(Context context) {
        List<WorkItem> items = new ArrayList<>();
        if (context.clerk()) {
            toClassify(context, items);
            toPublish(context, items);
        }
        if (context.office()) {
            transferred(context, items);
        } else if (context.has(Role.EXECUTIVE_OFFICER)) {
            executiveInbox(context, items);
        }
        if (context.office() || context.has(Role.DELEGATE) || context.has(Role.FRONT_OFFICER)) {
            meetings(context, items);
        }
        return items;
    }

    private void toClassify(Context context, List<WorkItem> items) {
        for (Petition p : petitions.list(context.council(), true, FIRST_HUNDRED).items()) {
            items.add(new WorkItem(
                    "home.group.petitions",
                    "home.action.petition.classify",
                    p.content().length() > 140 ? p.content().substring(0, 140) + "…" : p.content(),
                    PetitionLinks.staffIssue(context.councilSlug(), p.issueId()),
                    null,
                    p.trackingCode() + " · " + DAY.format(p.receivedAt().atZone(VnTime.ZONE))));
        }
    }

    private void toPublish(Context context, List<WorkItem> items) {
        var answered = new PetitionIssues.Filter(IssueStatus.ANSWERED, null, false, false, false, null);
        for (PetitionIssue issue :
                issues.list(context.council(), answered, FIRST_HUNDRED).items()) {
            if (issue.answer() != null && !issue.isPublished()) {
                items.add(issueItem(
                        context,
                        issue,
                        "home.action.petition.publish",
                        issue.answer().publishBy()));
            }
        }
    }

    /** The office follows what is late or about to be; the standing committee sees what is late. */
    private void transferred(Context context, List<WorkItem> items) {
        var transferred = new PetitionIssues.Filter(IssueStatus.TRANSFERRED, null, false, false, false, null);
        for (PetitionIssue issue :
                issues.list(context.council(), transferred, FIRST_HUNDRED).items()) {
            var transfer = issue.transfer();
            if (transfer == null) {
                continue;
            }
            var item = issueItem(context, issue, "home.action.petition.follow", transfer.deadline());
            boolean late = item.overdueOn(context.today());
            if (late || (context.clerk() && item.dueSoonOn(context.today()))) {
                items.add(item);
            }
        }
    }

    /**
     * The issues transferred to the People's Committee: an officer bound to a unit gets only those
     * of their unit (none when tied to no unit), as on the petitions pages.
     */
    private void executiveInbox(Context context, List<WorkItem> items) {
        var unit = officers.boundUnit(context.user(), context.council());
        var inbox = new PetitionIssues.Filter(IssueStatus.TRANSFERRED, null, false, true, false, null);
        for (PetitionIssue issue :
                issues.list(context.council(), inbox, FIRST_HUNDRED).items()) {
            var transfer = issue.transfer();
            boolean ours = unit.isEmpty() || unit.get().equals(issue.executiveUnitId());
            if (transfer != null && ours) {
                items.add(issueItem(context, issue, "home.action.petition.answer", transfer.deadline()));
            }
        }
    }

    private void meetings(Context context, List<WorkItem> items) {
        for (VoterMeeting m : meetings.list(context.council())) {
            boolean coming = !m.heldOn().isBefore(context.today());
            boolean justHeld = m.heldOn().isBefore(context.today())
                    && !m.heldOn().isBefore(context.today().minusDays(ENTER_WITHIN_DAYS))
                    && m.petitionCount() == 0;
            if (coming || justHeld) {
                items.add(new WorkItem(
                        "home.group.meetings",
                        coming ? "home.action.meeting.hold" : "home.action.meeting.enter",
                        m.title(),
                        PetitionLinks.staffMeeting(context.councilSlug(), m.id()),
                        m.heldOn(),
                        m.place()));
            }
        }
    }

    private static WorkItem issueItem(Context context, PetitionIssue issue, String action, java.time.LocalDate due) {
        var transfer = issue.transfer();
        return new WorkItem(
                "home.group.petitions",
                action,
                issue.title(),
                PetitionLinks.staffIssue(context.councilSlug(), issue.id()),
                due,
                transfer == null ? "" : transfer.bodyName());
    }
}
