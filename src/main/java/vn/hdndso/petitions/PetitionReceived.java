package vn.hdndso.petitions;

import vn.hdndso.shared.CouncilEvent;
import vn.hdndso.shared.CouncilId;

/**
 * A petition was received and joined an issue (a new one or a duplicate). It carries ids only:
 * petitions are staff-only and personal, so a listener reads what it may see through {@link
 * Petitions} and {@link PetitionIssues} (which hand petitions out de-identified).
 */
public record PetitionReceived(CouncilId council, PetitionId petitionId, PetitionIssueId issueId)
        implements CouncilEvent {}
