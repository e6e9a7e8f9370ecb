package vn.hdndso.plans.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.hdndso.calendar.CalendarPerson;
import vn.hdndso.calendar.WorkCalendarSource;
import vn.hdndso.calendar.WorkEntry;
import vn.hdndso.plans.PlanTask;
import vn.hdndso.plans.TaskStatus;

/**
 * The plan's tasks in the work calendar, on their due dates: all of the council's for its office,
 * one's own (one's bodies', delegate groups' and one's own, as "my tasks") for everyone else. A
 * done task is met; a cancelled one is shown cancelled.
 */
@Component
class TaskWorkCalendar implements WorkCalendarSource {

    private final TaskRepository tasks;
    private final TaskActors actors;

    TaskWorkCalendar(TaskRepository tasks, TaskActors actors) {
        this.tasks = tasks;
        this.actors = actors;
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorkEntry> entriesFor(CalendarPerson person, LocalDate from, LocalDate to) {
        TaskActor actor = person.office() ? null : actors.of(person.council(), person.account());
        return tasks.list(person.council()).stream()
                .filter(t -> WorkCalendarSource.within(t.dueOn(), from, to))
                .filter(t -> actor == null || actor.holds(t))
                .map(t -> entry(person, t))
                .toList();
    }

    private static WorkEntry entry(CalendarPerson person, PlanTask t) {
        var who = t.assignee();
        String holder = who.personName() != null ? who.personName() : who.bodyName();
        WorkEntry due = WorkEntry.deadline(
                "task-" + t.id().value() + "@hdnd-so",
                person.council(),
                "workcalendar.kind.task",
                t.text(),
                holder == null ? "" : holder,
                t.dueOn(),
                person.href("tasks/" + t.id().value()),
                t.status() == TaskStatus.DONE,
                t.updatedAt());
        if (t.status() != TaskStatus.CANCELLED) {
            return due;
        }
        return new WorkEntry(
                due.uid(),
                due.council(),
                due.kind(),
                due.title(),
                due.detail(),
                null,
                null,
                due.day(),
                null,
                due.href(),
                true,
                WorkEntry.Status.CANCELLED,
                due.lastModified(),
                0);
    }
}
