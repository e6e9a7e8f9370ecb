package vn.hdndso.petitions;

import java.time.LocalDate;
import java.util.UUID;
import vn.hdndso.shared.CouncilEvent;
import vn.hdndso.shared.CouncilId;

/** An unanswered issue moved up one step (to the People's Committee chair or the standing committee). */
public record IssueEscalated(CouncilId council, UUID issueId, EscalationStep step, LocalDate stepDeadline)
        implements CouncilEvent {}
