package vn.hdndso.petitions;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.hdndso.shared.CouncilId;

/**
 * One voter's petition: its own record and tracking code, whatever issue it was grouped into. The
 * personal fields are null once the voter's data has been anonymised.
 */
public record Petition(
        UUID id,
        CouncilId council,
        String trackingCode,
        UUID issueId,
        @Nullable UUID meetingId,
        PetitionChannel channel,
        String content,
        String area,
        @Nullable String submitterName,
        @Nullable String contact,
        @Nullable String address,
        @Nullable Double latitude,
        @Nullable Double longitude,
        @Nullable UUID photoFileId,
        @Nullable String consentPurpose,
        @Nullable Instant consentAt,
        String field,
        CompetentLevel level,
        String suggestedField,
        CompetentLevel suggestedLevel,
        double suggestedScore,
        boolean classified,
        boolean complaint,
        Instant receivedAt,
        @Nullable Instant anonymisedAt,
        boolean demo) {

    public boolean hasPersonalData() {
        return submitterName != null || contact != null || address != null || latitude != null;
    }
}
