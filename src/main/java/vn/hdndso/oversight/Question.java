package vn.hdndso.oversight;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A delegate's question (chất vấn) to a People's Committee unit and what became of it.
 *
 * @param dueOn the last day for a written answer
 * @param followsUpId the question this one asks again (re-questioning), if any
 * @param petitionIssueId the unresolved petition issue it was raised from, if any
 * @param groupLabel the group the standing committee put it in
 * @param recordingOffset seconds into the session's recording where it was answered
 * @param answeredLate whether the answer came after {@code dueOn}
 */
public record Question(
        UUID id,
        UUID councilId,
        String text,
        UUID addressedUnitId,
        String addressedUnitName,
        String askedBy,
        @Nullable UUID askedByUserId,
        LocalDate askedOn,
        LocalDate dueOn,
        @Nullable UUID followsUpId,
        @Nullable UUID petitionIssueId,
        @Nullable String groupLabel,
        @Nullable UUID sessionId,
        @Nullable UUID agendaItemId,
        @Nullable String agendaItemTitle,
        @Nullable String answerText,
        @Nullable AnswerMode answerMode,
        @Nullable Integer recordingOffset,
        @Nullable String answeredBy,
        @Nullable LocalDate answeredOn,
        boolean answeredLate,
        List<Commitment> commitments) {

    public Question {
        commitments = List.copyOf(commitments);
    }

    public QuestionState state() {
        if (answeredOn != null) {
            return QuestionState.ANSWERED;
        }
        return agendaItemId != null ? QuestionState.SCHEDULED : QuestionState.ASKED;
    }

    /** Unanswered after its written-answer deadline. */
    public boolean overdueOn(LocalDate today) {
        return answeredOn == null && today.isAfter(dueOn);
    }

    /** Whether an answer given on {@code day} is late. */
    public boolean lateIf(LocalDate day) {
        return day.isAfter(dueOn);
    }
}
