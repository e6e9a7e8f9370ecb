package vn.hdndso.petitions;

import java.time.Instant;
import java.util.UUID;
import vn.hdndso.shared.CouncilId;

/**
 * A petition was received. {@code text} is the de-identified content; petitions are staff-only
 * ({@code publicVisible} false), for KPIs (per channel) and the staff search.
 */
public record PetitionReceived(
        CouncilId council,
        UUID petitionId,
        UUID issueId,
        PetitionChannel channel,
        String text,
        String field,
        CompetentLevel level,
        boolean complaint,
        Instant receivedAt,
        boolean publicVisible) {}
