package vn.hdndso.petitions;

import java.util.UUID;
import vn.hdndso.shared.CouncilEvent;
import vn.hdndso.shared.CouncilId;

/** A clerk confirmed or corrected a petition's field and level ({@code corrected}: differs from the suggestion). */
public record PetitionClassified(
        CouncilId council,
        UUID petitionId,
        UUID issueId,
        String field,
        CompetentLevel level,
        boolean corrected,
        boolean publicVisible)
        implements CouncilEvent {}
