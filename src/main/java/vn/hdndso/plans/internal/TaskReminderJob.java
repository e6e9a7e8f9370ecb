package vn.hdndso.plans.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hdndso.plans.PlanTask;
import vn.hdndso.plans.TaskDueSoon;
import vn.hdndso.plans.TaskOverdue;
import vn.hdndso.plans.TaskReminders;
import vn.hdndso.shared.VnTime;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;

/**
 * Every morning: a {@link TaskDueSoon} for each open task due within the window and a {@link
 * TaskOverdue} for each open task past its due date, once per task and kind (the task remembers it,
 * in the same transaction as the publication). Several instances may run it; a transaction-scoped
 * advisory lock lets one do the work.
 */
@Component
class TaskReminderJob implements TaskReminders {

    private static final Logger log = LoggerFactory.getLogger(TaskReminderJob.class);
    private static final long LOCK = 0x504c_414e_5441_534bL; // "PLANTASK"

    private final TaskRepository repository;
    private final TaskProperties properties;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;
    private final Clock clock;

    TaskReminderJob(
            TaskRepository repository,
            TaskProperties properties,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            JdbcClient jdbc,
            Clock clock) {
        this.repository = repository;
        this.properties = properties;
        this.events = events;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Scheduled(cron = "${hdnd.plans.tasks.reminder-cron:0 0 7 * * *}", zone = VnTime.ZONE_ID)
    void daily() {
        log.info("plan task reminders: {}", remind());
    }

    @Override
    public Run remind() {
        LocalDate today = VnTime.today(clock);
        Instant now = Instant.now(clock);
        return Tenancy.call(
                TenantScope.allCouncils("plan task reminders"),
                () -> Objects.requireNonNull(transactions.execute(status -> {
                    Boolean locked = jdbc.sql("select pg_try_advisory_xact_lock(:key)")
                            .param("key", LOCK)
                            .query(Boolean.class)
                            .single();
                    if (!Boolean.TRUE.equals(locked)) {
                        return new Run(false, 0, 0);
                    }
                    int soon = 0;
                    for (PlanTask task : repository.dueSoonUnreminded(today, today.plusDays(properties.soonDays()))) {
                        events.publishEvent(new TaskDueSoon(
                                task.council(),
                                task.id(),
                                task.text(),
                                task.assignee().body(),
                                bodyName(task),
                                task.dueOn()));
                        repository.markRemindedDueSoon(task.id(), now);
                        soon++;
                    }
                    int overdue = 0;
                    for (PlanTask task : repository.overdueUnreminded(today)) {
                        events.publishEvent(new TaskOverdue(
                                task.council(),
                                task.id(),
                                task.text(),
                                task.assignee().body(),
                                bodyName(task),
                                task.dueOn()));
                        repository.markRemindedOverdue(task.id(), now);
                        overdue++;
                    }
                    return new Run(true, soon, overdue);
                })));
    }

    private static String bodyName(PlanTask task) {
        String name = task.assignee().bodyName();
        return name == null ? task.assignee().body().name() : name;
    }
}
