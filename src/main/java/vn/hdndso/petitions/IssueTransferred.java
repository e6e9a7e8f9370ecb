package vn.hdndso.petitions;

import java.time.LocalDate;
import java.util.UUID;
import vn.hdndso.shared.CouncilEvent;
import vn.hdndso.shared.CouncilId;

/** A petition issue went to a competent body with a deadline. */
public record IssueTransferred(
        CouncilId council,
        UUID issueId,
        String title,
        String field,
        CompetentBodyKind bodyKind,
        String bodyName,
        LocalDate transferredOn,
        LocalDate deadline,
        boolean publicVisible)
        implements CouncilEvent {}
