package vn.hdndso.plans.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.councils.DelegateId;
import vn.hdndso.councils.Delegates;
import vn.hdndso.notifications.Addressee;
import vn.hdndso.notifications.Addressees;
import vn.hdndso.notifications.Notice;
import vn.hdndso.notifications.Outbox;
import vn.hdndso.notifications.Recipient;
import vn.hdndso.plans.Assignee;
import vn.hdndso.plans.PlanTask;
import vn.hdndso.plans.ResponsibleBody;
import vn.hdndso.plans.TaskDueSoon;
import vn.hdndso.plans.TaskId;
import vn.hdndso.plans.TaskOverdue;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.InstallationProperties;

/**
 * Tells a task's body that it falls due or is overdue, in the reminder run's own transaction (the
 * run publishes each reminder once and remembers it on the task; the idempotency key — task, step,
 * addressee — keeps it once even if a run were repeated). Who is told: the person the task is given
 * to by name, otherwise the body it maps to — the officers and the address of a People's Committee
 * unit, or the members of a council body ({@link Addressees}).
 */
@Component
class TaskReminderNotices {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Outbox outbox;
    private final Addressees addressees;
    private final TaskRepository tasks;
    private final Delegates delegates;
    private final Councils councils;
    private final InstallationProperties installation;

    TaskReminderNotices(
            Outbox outbox,
            Addressees addressees,
            TaskRepository tasks,
            Delegates delegates,
            Councils councils,
            InstallationProperties installation) {
        this.outbox = outbox;
        this.addressees = addressees;
        this.tasks = tasks;
        this.delegates = delegates;
        this.councils = councils;
        this.installation = installation;
    }

    @EventListener
    void on(TaskDueSoon event) {
        queue(
                event.council(),
                event.task(),
                "task-due-soon",
                "due-soon",
                event.text(),
                event.dueOn(),
                event.bodyName());
    }

    @EventListener
    void on(TaskOverdue event) {
        queue(event.council(), event.task(), "task-overdue", "overdue", event.text(), event.dueOn(), event.bodyName());
    }

    private void queue(
            CouncilId councilId, TaskId taskId, String template, String step, String text, LocalDate due, String body) {
        PlanTask task = tasks.find(councilId, taskId).orElse(null);
        if (task == null) {
            return;
        }
        Council council = councils.require(councilId);
        String link = installation.baseUrl() + "/app/councils/" + council.slug() + "/tasks/" + taskId.value();
        for (Addressee addressee : addresseesOf(councilId, task.assignee())) {
            outbox.queue(new Notice(
                    councilId,
                    addressee.recipient(),
                    template,
                    List.of(council.name(), text, DAY.format(due), body),
                    link,
                    "task:" + taskId.value() + ":" + step + ":" + addressee.key()));
        }
    }

    /** The named person, else the body the task maps to; no one for a body the council does not hold. */
    List<Addressee> addresseesOf(CouncilId council, Assignee assignee) {
        Map<String, Addressee> found = new LinkedHashMap<>();
        UUID user = assignee.userId();
        if (user != null) {
            found.put("account:" + user, new Addressee(new Recipient.Account(user), "account:" + user));
        }
        UUID delegate = assignee.delegateId();
        if (delegate != null) {
            // looked up in the term's list, not required: a delegate gone must not roll back the run
            delegates.ofCurrentTerm(council).stream()
                    .filter(d -> d.id().equals(new DelegateId(delegate)))
                    .findFirst()
                    .ifPresent(d -> addressees.ofDelegate(council, d).forEach(a -> found.putIfAbsent(a.key(), a)));
        }
        UUID body = assignee.bodyId();
        if (found.isEmpty() && body != null) {
            List<Addressee> ofBody = assignee.body() == ResponsibleBody.PEOPLES_COMMITTEE
                    ? addressees.ofExecutiveUnit(council, body)
                    : addressees.ofCouncilBody(council, body);
            ofBody.forEach(a -> found.putIfAbsent(a.key(), a));
        }
        return new ArrayList<>(found.values());
    }
}
