package vn.hdndso.petitions;

import java.util.UUID;
import vn.hdndso.shared.CouncilEvent;
import vn.hdndso.shared.CouncilId;

/**
 * A petition issue changed otherwise than by the lifecycle events: merged into another
 * ({@code change} "mergedAway": it is gone), merged with one, split, edited, or one of its
 * petitions anonymised. Carries only ids; listeners read the issue again. Staff-only.
 */
public record PetitionIssueChanged(CouncilId council, UUID issueId, String change, boolean publicVisible)
        implements CouncilEvent {}
