package vn.hdndso.oversight;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An answer to a question, with the commitments it makes.
 *
 * @param mode written (default) or given in the session
 * @param agendaItemId the agenda item it was answered under, for an answer in session
 * @param recordingOffset seconds into the recording, for an answer in session
 */
public record NewAnswer(
        @Nullable String text,
        @Nullable List<NewCommitment> commitments,
        @Nullable AnswerMode mode,
        @Nullable UUID agendaItemId,
        @Nullable Integer recordingOffset) {

    /** A commitment as the answer states it; {@code dueOn} is an ISO date. */
    public record NewCommitment(
            @Nullable String text, @Nullable String dueOn) {}
}
