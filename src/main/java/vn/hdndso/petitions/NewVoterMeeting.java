package vn.hdndso.petitions;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What a clerk enters to plan a voter-contact meeting; nulls are reported as missing. */
public record NewVoterMeeting(
        @Nullable String title,
        @Nullable String delegateGroup,
        @Nullable String delegates,
        @Nullable String frontCoOrganiser,
        @Nullable String place,
        @Nullable MeetingFormat format,
        @Nullable String onlineLink,
        @Nullable LocalDate heldOn,
        @Nullable MeetingTiming timing,
        @Nullable String sessionReference,
        @Nullable String minutes) {}
