package vn.hdndso.plans;

/**
 * The daily reminder run over every council: publishes {@link TaskDueSoon} for each open task that
 * falls due within the window and {@link TaskOverdue} for each open task past its due date, once per
 * task and kind (remembered with the task, so a restart or a second run sends nothing twice).
 */
public interface TaskReminders {

    /** Runs now, by the application's clock. */
    Run remind();

    /** What one run published. */
    record Run(boolean ran, int dueSoon, int overdue) {}
}
