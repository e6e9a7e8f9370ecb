package vn.hdndso.oversight;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.hdndso.shared.CouncilId;

/**
 * Questions (chất vấn) to the People's Committee's units. Runs in the caller's tenant scope. What
 * a caller sees follows {@link Viewer}: an executive officer only what is addressed to their unit.
 */
public interface Questions {

    /**
     * A delegate asks a question of one of the council's executive units; the written answer is due
     * after the configured number of days.
     *
     * @throws vn.hdndso.shared.NotFoundException when the unit is not one of the council's
     */
    Question ask(CouncilId council, NewQuestion question);

    /** The questions the caller may see, newest first. */
    List<Question> list(CouncilId council);

    /** One question the caller may see; others are not found. */
    Question require(CouncilId council, UUID id);

    /** Every question with its answer and commitments, for the public tracker, newest first. */
    List<Question> published(CouncilId council);

    /** One question for the public tracker. */
    Question requirePublished(CouncilId council, UUID id);

    /** The standing committee groups questions and schedules them on an agenda item. */
    List<Question> schedule(CouncilId council, ScheduleQuestions schedule);

    /**
     * The answer, by an officer of the addressed unit (or the council office recording it). An
     * answer after the due day is accepted and marked late.
     *
     * @throws org.springframework.security.access.AccessDeniedException for an officer of another unit
     */
    Question answer(CouncilId council, UUID id, NewAnswer answer);

    /** The council office records that a commitment was met on a day (today by default). */
    Question markMet(CouncilId council, UUID questionId, UUID commitmentId, @Nullable LocalDate metOn);

    /**
     * The commitments report due before the next session: every commitment with its state, and the
     * day the report is due (the configured number of days before the next planned session).
     */
    CommitmentReport commitmentReport(CouncilId council);

    /** The questions raised from a petition issue (where the issue went). */
    List<Question> fromPetitionIssue(CouncilId council, UUID petitionIssueId);

    /** Commitments with their questions, and when the report on them is due. */
    record CommitmentReport(
            @Nullable String nextSessionTitle,
            @Nullable LocalDate nextSessionOn,
            @Nullable LocalDate reportDueOn,
            List<Question> questions) {}
}
