package vn.hdndso.oversight;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A commitment an answer makes, with the day it is due and the day it was met (if it was). */
public record Commitment(
        UUID id,
        UUID questionId,
        int position,
        String text,
        LocalDate dueOn,
        @Nullable LocalDate metOn) {

    public CommitmentState stateOn(LocalDate today) {
        return CommitmentState.of(dueOn, metOn, today);
    }
}
