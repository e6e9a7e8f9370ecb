package vn.hdndso.petitions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.hdndso.shared.CouncilId;

/**
 * A petition issue: one request, however many voters raised it, through whichever channels. It
 * is classified, transferred to a competent body with a deadline, answered, and its answer
 * published de-identified.
 */
public record PetitionIssue(
        UUID id,
        CouncilId council,
        String title,
        String field,
        CompetentLevel level,
        IssueStatus status,
        boolean complaint,
        int petitionCount,
        @Nullable CompetentBodyKind bodyKind,
        @Nullable UUID executiveUnitId,
        @Nullable String bodyName,
        @Nullable LocalDate transferredOn,
        @Nullable LocalDate deadline,
        @Nullable Instant remindedAt,
        @Nullable Instant escalatedAt,
        @Nullable AnswerClass answerClass,
        @Nullable String answerText,
        @Nullable LocalDate answerPromisedOn,
        @Nullable LocalDate answeredOn,
        @Nullable String answeredBy,
        @Nullable LocalDate publishBy,
        @Nullable Instant publishedAt,
        @Nullable String publishedText,
        String period,
        boolean carriedOver,
        boolean demo,
        Instant createdAt) {

    /** Transferred and not answered although the deadline has passed. */
    public boolean overdueOn(LocalDate today) {
        return status == IssueStatus.TRANSFERRED && deadline != null && deadline.isBefore(today);
    }

    /** Answered, not yet published, and the legal window for publication has passed. */
    public boolean publicationLateOn(LocalDate today) {
        return answeredOn != null && publishedAt == null && publishBy != null && publishBy.isBefore(today);
    }

    public boolean isPublished() {
        return publishedAt != null;
    }
}
