package vn.hdndso.plans;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.hdndso.shared.BusinessRuleException;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.VnText;

/**
 * A task of the council's plan (or one the council office added by hand) and its rules:
 *
 * <ul>
 *   <li>a task has words (at most {@value #MAX_TEXT} characters) and a due date not before the day it
 *       was created; a note has at most {@value #MAX_NOTE} characters;
 *   <li>its status moves as {@link TaskStatus#next()} allows;
 *   <li>a task is done only with at least one piece of evidence or a note saying what was done, and
 *       its last evidence cannot be removed while it is done without a note;
 *   <li>the due date and the assignee of a done or cancelled task stay as they were (reopen it first).
 * </ul>
 *
 * @param plan the plan it was created from, if any
 * @param planVersion the plan version that last named it
 * @param isPublic part of a confirmed plan: the public sees its text, body, due date and status
 * @param createdOn the day it was created (Vietnam's time)
 */
public record PlanTask(
        TaskId id,
        CouncilId council,
        @Nullable PlanId plan,
        @Nullable Integer planVersion,
        String text,
        @Nullable TargetCode serves,
        Assignee assignee,
        LocalDate dueOn,
        TaskStatus status,
        @Nullable String note,
        @Nullable LocalDate completedOn,
        boolean isPublic,
        LocalDate createdOn,
        String createdBy,
        Instant updatedAt,
        List<TaskEvidence> evidence) {

    public static final int MAX_TEXT = 2000;
    public static final int MAX_NOTE = 2000;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public PlanTask {
        evidence = List.copyOf(evidence);
    }

    /** Open and past its due date. */
    public boolean isOverdueOn(LocalDate today) {
        return status.isOpen() && dueOn.isBefore(today);
    }

    /** Open and falling due today or within {@code days} days. */
    public boolean isDueSoonOn(LocalDate today, int days) {
        return status.isOpen() && !dueOn.isBefore(today) && !dueOn.isAfter(today.plusDays(days));
    }

    /** Days past the due date (0 when not overdue). */
    public long daysOverdueOn(LocalDate today) {
        return isOverdueOn(today) ? java.time.temporal.ChronoUnit.DAYS.between(dueOn, today) : 0;
    }

    /** The text of a new task, checked and normalised. */
    public static String checkedText(@Nullable String text, InvalidInputException.Collector problems) {
        String clean = VnText.normalize(text);
        if (clean.isEmpty()) {
            problems.add("text", "tasks.text.required");
        } else if (clean.length() > MAX_TEXT) {
            problems.add("text", "tasks.text.tooLong", MAX_TEXT);
        }
        return clean;
    }

    /** A due date for a task created on {@code createdOn}, checked. */
    public static void checkDue(
            @Nullable LocalDate dueOn, LocalDate createdOn, InvalidInputException.Collector problems) {
        if (dueOn == null) {
            problems.add("dueOn", "tasks.due.required");
        } else if (dueOn.isBefore(createdOn)) {
            problems.add("dueOn", "tasks.due.beforeCreation", DAY.format(createdOn));
        }
    }

    /**
     * This task after a change of status, note or due date (the assignee, already mapped, is given
     * apart), on {@code today}. Input problems (a note too long, a due date before creation, done
     * without evidence or note) are thrown together; a move the status does not allow, or planning
     * changes of a closed task, are refused as broken rules.
     */
    public PlanTask changed(TaskChange change, @Nullable Assignee newAssignee, LocalDate today) {
        TaskStatus to = change.status() == null ? status : change.status();
        if (to != status && !status.next().contains(to)) {
            throw new BusinessRuleException("status", "tasks.status.transition");
        }
        boolean planning = change.dueOn() != null && !change.dueOn().equals(dueOn)
                || newAssignee != null && !newAssignee.equals(assignee);
        if (planning && !to.isOpen()) {
            throw new BusinessRuleException("tasks.closed");
        }
        var problems = new InvalidInputException.Collector();
        String newNote = note;
        if (change.note() != null) {
            String clean = noteText(change.note());
            if (clean.length() > MAX_NOTE) {
                problems.add("note", "tasks.note.tooLong", MAX_NOTE);
            }
            newNote = clean.isEmpty() ? null : clean;
        }
        LocalDate newDue = dueOn;
        if (change.dueOn() != null && !change.dueOn().equals(dueOn)) {
            checkDue(change.dueOn(), createdOn, problems);
            newDue = change.dueOn();
        }
        if (to == TaskStatus.DONE && evidence.isEmpty() && newNote == null) {
            problems.add("note", "tasks.done.needsEvidence");
        }
        problems.throwIfAny();
        LocalDate completed = to == TaskStatus.DONE ? (status == TaskStatus.DONE ? completedOn : today) : null;
        return new PlanTask(
                id,
                council,
                plan,
                planVersion,
                text,
                serves,
                newAssignee == null ? assignee : newAssignee,
                newDue,
                to,
                newNote,
                completed,
                isPublic,
                createdOn,
                createdBy,
                updatedAt,
                evidence);
    }

    /** A note as typed: Unicode NFC, each line's outer spaces and the blank lines at either end gone. */
    static String noteText(String note) {
        String nfc = java.text.Normalizer.normalize(note, java.text.Normalizer.Form.NFC);
        return nfc.lines()
                .map(String::strip)
                .collect(java.util.stream.Collectors.joining("\n"))
                .strip();
    }

    /** Refuses to take away the evidence a done task stands on. */
    public void checkEvidenceRemovable(UUID evidenceId) {
        boolean last = evidence.size() == 1 && evidence.getFirst().id().equals(evidenceId);
        if (status == TaskStatus.DONE && last && (note == null || note.isBlank())) {
            throw new BusinessRuleException("tasks.evidence.lastOfDone");
        }
    }
}
