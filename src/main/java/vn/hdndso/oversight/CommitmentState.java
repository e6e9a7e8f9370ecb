package vn.hdndso.oversight;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Where a commitment stands: met on time, met late, open, or open past its due date. */
public enum CommitmentState {
    MET_ON_TIME,
    MET_LATE,
    OPEN,
    OVERDUE;

    /** A commitment met on or before its due day is met on time; an open one is overdue after it. */
    public static CommitmentState of(LocalDate dueOn, @Nullable LocalDate metOn, LocalDate today) {
        if (metOn != null) {
            return metOn.isAfter(dueOn) ? MET_LATE : MET_ON_TIME;
        }
        return today.isAfter(dueOn) ? OVERDUE : OPEN;
    }

    public boolean isMet() {
        return this == MET_ON_TIME || this == MET_LATE;
    }

    public String messageKey() {
        return "oversight.commitment.state." + name();
    }
}
