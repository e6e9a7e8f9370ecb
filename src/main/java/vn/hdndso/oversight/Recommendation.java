package vn.hdndso.oversight;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A recommendation of an oversight topic to its owner — a People's Committee unit or another agency
 * named — with a due date, the owner's responses, and the day it was found done.
 */
public record Recommendation(
        UUID id,
        UUID topicId,
        String text,
        @Nullable UUID ownerUnitId,
        String ownerName,
        LocalDate dueOn,
        @Nullable LocalDate doneOn,
        List<Response> responses) {

    public Recommendation {
        responses = List.copyOf(responses);
    }

    public State stateOn(LocalDate today) {
        if (doneOn != null) {
            return doneOn.isAfter(dueOn) ? State.DONE_LATE : State.DONE;
        }
        if (today.isAfter(dueOn)) {
            return State.OVERDUE;
        }
        return responses.isEmpty() ? State.OPEN : State.RESPONDED;
    }

    /** An answer of the owner on what was done, late when given after the due day. */
    public record Response(UUID id, String text, String respondedBy, LocalDate respondedOn, boolean late) {}

    public enum State {
        OPEN,
        RESPONDED,
        OVERDUE,
        DONE,
        DONE_LATE;

        public String messageKey() {
            return "oversight.recommendation.state." + name();
        }
    }
}
