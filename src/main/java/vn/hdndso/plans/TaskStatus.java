package vn.hdndso.plans;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a plan task stands: not started (chưa thực hiện), in progress (đang thực hiện), done (hoàn
 * thành) or cancelled (đã hủy). Only open tasks (not started or in progress) fall due.
 */
public enum TaskStatus {
    OPEN,
    IN_PROGRESS,
    DONE,
    CANCELLED;

    /** Whether the task still has to be done (it can be overdue). */
    public boolean isOpen() {
        return this == OPEN || this == IN_PROGRESS;
    }

    /**
     * The statuses a task may move to from this one: work starts, ends or is cancelled; a done task
     * is reopened into progress; a cancelled task is opened again.
     */
    public Set<TaskStatus> next() {
        return switch (this) {
            case OPEN -> EnumSet.of(IN_PROGRESS, DONE, CANCELLED);
            case IN_PROGRESS -> EnumSet.of(DONE, CANCELLED);
            case DONE -> EnumSet.of(IN_PROGRESS);
            case CANCELLED -> EnumSet.of(OPEN);
        };
    }

    /** Moves only the council office makes: cancelling a task and opening a cancelled one again. */
    public boolean officeOnly(TaskStatus to) {
        return to == CANCELLED || this == CANCELLED;
    }

    public String messageKey() {
        return "tasks.status." + name();
    }
}
