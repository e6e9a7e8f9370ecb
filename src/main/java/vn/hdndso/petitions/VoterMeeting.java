package vn.hdndso.petitions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.hdndso.shared.CouncilId;

/** A voter-contact meeting (hội nghị tiếp xúc cử tri) and the number of petitions raised there. */
public record VoterMeeting(
        UUID id,
        CouncilId council,
        String title,
        String delegateGroup,
        String delegates,
        String frontCoOrganiser,
        String place,
        MeetingFormat format,
        @Nullable String onlineLink,
        LocalDate heldOn,
        MeetingTiming timing,
        String sessionReference,
        String minutes,
        int petitionCount,
        boolean demo,
        String createdBy,
        Instant createdAt) {}
