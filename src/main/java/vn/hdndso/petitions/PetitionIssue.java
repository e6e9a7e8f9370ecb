package vn.hdndso.petitions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.hdndso.documents.WorkingDays;
import vn.hdndso.shared.BusinessRuleException;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.InvalidInputException;

/**
 * A petition issue: one request, however many voters raised it, through whichever channels. It
 * is classified, transferred to a competent body with a deadline, answered, and its answer
 * published de-identified. The rules of that life are here: {@link #transfer}, {@link #answer},
 * {@link #publish}, {@link #merge} and {@link #requireSplittable} refuse what the state does not
 * allow, and return the issue as it is afterwards.
 *
 * @param transfer the competent body and deadline, once transferred
 * @param answer the body's answer, once answered
 * @param publication the de-identified answer on the council's site, once published
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
        @Nullable Transfer transfer,
        @Nullable Answer answer,
        @Nullable Publication publication,
        String period,
        boolean carriedOver,
        boolean demo,
        Instant createdAt) {

    /** The competent body the issue went to, the deadline, and the watch's reminder and escalation. */
    public record Transfer(
            CompetentBodyKind bodyKind,
            @Nullable UUID executiveUnitId,
            String bodyName,
            LocalDate transferredOn,
            LocalDate deadline,
            @Nullable Instant remindedAt,
            @Nullable Instant escalatedAt) {}

    /**
     * The body's answer.
     *
     * @param promisedOn when an answer {@link AnswerClass#IN_PROGRESS} will be done; null otherwise
     * @param publishBy the last day of the legal window for publishing it
     */
    public record Answer(
            AnswerClass answerClass,
            String text,
            @Nullable LocalDate promisedOn,
            LocalDate answeredOn,
            String answeredBy,
            LocalDate publishBy) {}

    /** The answer as published, de-identified. */
    public record Publication(Instant publishedAt, String text) {}

    /** "2026-1" (January–June) or "2026-2": the reporting half-year, before and after mid-year sessions. */
    public static String periodOf(LocalDate day) {
        return day.getYear() + "-" + (day.getMonthValue() <= 6 ? 1 : 2);
    }

    public PetitionIssueId issueId() {
        return new PetitionIssueId(id);
    }

    /** Transferred and not answered although the deadline has passed. */
    public boolean overdueOn(LocalDate today) {
        return status == IssueStatus.TRANSFERRED
                && transfer != null
                && transfer.deadline().isBefore(today);
    }

    /** Answered, not yet published, and the legal window for publication has passed. */
    public boolean publicationLateOn(LocalDate today) {
        return answer != null && publication == null && answer.publishBy().isBefore(today);
    }

    public boolean isAnswered() {
        return answer != null;
    }

    public boolean isPublished() {
        return publication != null;
    }

    // --- the rules ---------------------------------------------------------------------------

    /** A complaint goes another way (the law on complaints), and an answered issue stays with its body. */
    public void requireTransferable() {
        if (complaint) {
            throw new BusinessRuleException("petitions.transfer.complaint");
        }
        if (isAnswered()) {
            throw new BusinessRuleException("petitions.transfer.answered");
        }
    }

    /** The issue sent to a competent body today with a deadline that has not passed. */
    public PetitionIssue transfer(
            CompetentBodyKind bodyKind,
            @Nullable UUID executiveUnitId,
            String bodyName,
            LocalDate today,
            LocalDate deadline) {
        requireTransferable();
        if (deadline.isBefore(today)) {
            throw InvalidInputException.of("deadline", "petitions.transfer.deadline.past");
        }
        var sent = new Transfer(bodyKind, executiveUnitId, bodyName, today, deadline, null, null);
        return with(title, IssueStatus.TRANSFERRED, sent, null, null);
    }

    /** Only a transferred issue can be answered: the body must have had it. */
    public void requireAnswerable() {
        if (status != IssueStatus.TRANSFERRED || transfer == null) {
            throw new BusinessRuleException("petitions.answer.notTransferred");
        }
    }

    /**
     * The body's answer of today. An answer in progress needs the date it will be done, not in the
     * past; the answer is to be published within {@code publishWorkingDays} working days after the
     * deadline ({@code workingDays}: public holidays are not working days).
     */
    public PetitionIssue answer(
            AnswerClass answerClass,
            String text,
            @Nullable LocalDate promisedOn,
            LocalDate today,
            String answeredBy,
            WorkingDays workingDays,
            int publishWorkingDays) {
        requireAnswerable();
        if (answerClass == AnswerClass.IN_PROGRESS) {
            if (promisedOn == null) {
                throw InvalidInputException.of("promisedOn", "petitions.answer.promisedOn.required");
            }
            if (promisedOn.isBefore(today)) {
                throw InvalidInputException.of("promisedOn", "petitions.answer.promisedOn.past");
            }
        }
        LocalDate deadline = Objects.requireNonNull(transfer).deadline();
        var given = new Answer(
                answerClass,
                text,
                answerClass == AnswerClass.IN_PROGRESS ? promisedOn : null,
                today,
                answeredBy,
                workingDays.plus(deadline, publishWorkingDays));
        return with(title, IssueStatus.ANSWERED, transfer, given, null);
    }

    /** Answered by the deadline. */
    public boolean answeredOnTime() {
        return answer != null && transfer != null && !answer.answeredOn().isAfter(transfer.deadline());
    }

    /** Only an answer can be published, and only once. */
    public void requirePublishable() {
        if (!isAnswered()) {
            throw new BusinessRuleException("petitions.publish.notAnswered");
        }
        if (isPublished()) {
            throw new BusinessRuleException("petitions.publish.already");
        }
    }

    /** The answer published now, with the title and text de-identified by the caller. */
    public PetitionIssue publish(String deidentifiedTitle, String deidentifiedText, Instant now) {
        requirePublishable();
        return with(deidentifiedTitle, status, transfer, answer, new Publication(now, deidentifiedText));
    }

    /** Published (or to be published on {@code day}) within the legal window. */
    public boolean publishedWithinWindow(LocalDate day) {
        return answer == null || !day.isAfter(answer.publishBy());
    }

    /**
     * This issue with the other's petitions: only two different issues that nobody answered yet
     * can be merged.
     */
    public PetitionIssue merge(PetitionIssue other) {
        if (other.id.equals(id)) {
            throw InvalidInputException.of("otherIssueId", "petitions.merge.same");
        }
        if (isAnswered() || other.isAnswered()) {
            throw new BusinessRuleException("otherIssueId", "petitions.merge.answered");
        }
        return new PetitionIssue(
                id,
                council,
                title,
                field,
                level,
                status,
                complaint,
                petitionCount + other.petitionCount,
                transfer,
                answer,
                publication,
                period,
                carriedOver,
                demo,
                createdAt);
    }

    /**
     * A petition may leave an unanswered issue: into a new issue of its own only if others stay
     * behind ({@code intoExisting} false), or into another issue.
     */
    public void requireSplittable(boolean intoExisting) {
        if (isAnswered()) {
            throw new BusinessRuleException("petitions.split.answered");
        }
        if (petitionCount <= 1 && !intoExisting) {
            throw new BusinessRuleException("petitions.split.alone");
        }
    }

    /** An issue a split petition joins must not be answered either. */
    public void requireJoinable() {
        if (isAnswered()) {
            throw new BusinessRuleException("petitions.merge.answered");
        }
    }

    private PetitionIssue with(
            String newTitle,
            IssueStatus newStatus,
            @Nullable Transfer newTransfer,
            @Nullable Answer newAnswer,
            @Nullable Publication newPublication) {
        return new PetitionIssue(
                id,
                council,
                newTitle,
                field,
                level,
                newStatus,
                complaint,
                petitionCount,
                newTransfer,
                newAnswer,
                newPublication,
                period,
                carriedOver,
                demo,
                createdAt);
    }

    // --- flat views for pages, APIs and other modules ----------------------------------------

    public @Nullable CompetentBodyKind bodyKind() {
        return transfer == null ? null : transfer.bodyKind();
    }

    public @Nullable UUID executiveUnitId() {
        return transfer == null ? null : transfer.executiveUnitId();
    }

    public @Nullable String bodyName() {
        return transfer == null ? null : transfer.bodyName();
    }

    public @Nullable LocalDate transferredOn() {
        return transfer == null ? null : transfer.transferredOn();
    }

    public @Nullable LocalDate deadline() {
        return transfer == null ? null : transfer.deadline();
    }

    public @Nullable Instant remindedAt() {
        return transfer == null ? null : transfer.remindedAt();
    }

    public @Nullable Instant escalatedAt() {
        return transfer == null ? null : transfer.escalatedAt();
    }

    public @Nullable AnswerClass answerClass() {
        return answer == null ? null : answer.answerClass();
    }

    public @Nullable String answerText() {
        return answer == null ? null : answer.text();
    }

    public @Nullable LocalDate answerPromisedOn() {
        return answer == null ? null : answer.promisedOn();
    }

    public @Nullable LocalDate answeredOn() {
        return answer == null ? null : answer.answeredOn();
    }

    public @Nullable String answeredBy() {
        return answer == null ? null : answer.answeredBy();
    }

    public @Nullable LocalDate publishBy() {
        return answer == null ? null : answer.publishBy();
    }

    public @Nullable Instant publishedAt() {
        return publication == null ? null : publication.publishedAt();
    }

    public @Nullable String publishedText() {
        return publication == null ? null : publication.text();
    }
}
