package vn.hdndso.petitions;

import java.time.LocalDate;
import java.util.UUID;
import vn.hdndso.shared.CouncilEvent;
import vn.hdndso.shared.CouncilId;

/** The competent body answered a petition issue; not public until {@link AnswerPublished}. */
public record IssueAnswered(
        CouncilId council,
        UUID issueId,
        String title,
        String field,
        AnswerClass answerClass,
        LocalDate answeredOn,
        boolean onTime,
        int petitionCount,
        boolean publicVisible)
        implements CouncilEvent {}
