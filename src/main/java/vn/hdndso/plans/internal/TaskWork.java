package vn.hdndso.plans.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.hdndso.identity.WorkItem;
import vn.hdndso.identity.WorkItemSource;
import vn.hdndso.plans.PlanTask;
import vn.hdndso.plans.PlanTasks;
import vn.hdndso.plans.TaskQuery;

/**
 * The plan's part of each person's home: open tasks overdue or falling due soon, all of the
 * council's for its office, one's own (one's bodies', delegate groups' and one's own) for everyone
 * else.
 */
@Component
class TaskWork implements WorkItemSource {

    private final PlanTasks tasks;

    TaskWork(PlanTasks tasks) {
        this.tasks = tasks;
    }

    @Override
    public List<WorkItem> itemsFor(Context context) {
        boolean mine = !context.office();
        List<WorkItem> items = new ArrayList<>();
        for (TaskQuery.Due due : TaskQuery.Due.values()) {
            var query = new TaskQuery(null, null, null, due, null, mine);
            for (PlanTask task : tasks.list(context.council(), query)) {
                var who = task.assignee();
                String holder = who.personName() != null ? who.personName() : who.bodyName();
                items.add(new WorkItem(
                        "home.group.tasks",
                        due == TaskQuery.Due.OVERDUE ? "home.action.task.overdue" : "home.action.task.soon",
                        task.text(),
                        "/app/councils/" + context.councilSlug() + "/tasks/"
                                + task.id().value(),
                        task.dueOn(),
                        holder == null ? "" : holder));
            }
        }
        return items;
    }
}
