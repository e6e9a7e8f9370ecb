package vn.hdndso.plans.internal;

import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hdndso.identity.CurrentUser;
import vn.hdndso.plans.TaskDueSoon;
import vn.hdndso.plans.TaskOverdue;
import vn.hdndso.shared.tenancy.TenantAwareListener;

/**
 * Writes each reminder into its task's history, after the reminder run commits, through the event
 * publication registry (a failure leaves the publication incomplete, and it is published again).
 * The notification outbox that will send the reminders by e-mail or SMS listens to the same events.
 */
@Component
class TaskReminderHistory {

    private final TaskRepository repository;
    private final TransactionTemplate transactions;
    private final Clock clock;

    TaskReminderHistory(TaskRepository repository, TransactionTemplate transactions, Clock clock) {
        this.repository = repository;
        this.transactions = transactions;
        this.clock = clock;
    }

    @TenantAwareListener
    void on(TaskDueSoon event) {
        transactions.executeWithoutResult(s -> repository.insertHistory(
                event.council(),
                event.task(),
                CurrentUser.SYSTEM,
                Instant.now(clock),
                "remindedDueSoon",
                event.dueOn().toString()));
    }

    @TenantAwareListener
    void on(TaskOverdue event) {
        transactions.executeWithoutResult(s -> repository.insertHistory(
                event.council(),
                event.task(),
                CurrentUser.SYSTEM,
                Instant.now(clock),
                "remindedOverdue",
                event.dueOn().toString()));
    }
}
