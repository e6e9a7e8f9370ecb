package vn.hdndso.petitions;

import java.time.LocalDate;
import java.util.UUID;
import vn.hdndso.shared.CouncilEvent;
import vn.hdndso.shared.CouncilId;

/** A transferred issue passed its deadline without an answer and was escalated to the standing committee. */
public record IssueOverdue(
        CouncilId council, UUID issueId, String title, String field, String bodyName, LocalDate deadline)
        implements CouncilEvent {}
