package vn.hdndso.petitions;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A petition as it arrives from any channel. Personal data is optional except where the voter
 * wants an answer sent; consent is required on the channels where voters type it themselves.
 *
 * @param area the village or residential group (thôn, tổ dân phố), for statistics; not personal
 * @param photoName the name of an attached photo, with {@code photo} its bytes (PNG or JPEG)
 * @param meetingId the voter-contact meeting it was raised at
 * @param sourceKey a stable key of an imported row, so that importing it again adds nothing
 * @param clientAddress the sender's network address (only its hash is kept, for rate limits)
 * @param honeypot the form's hidden field: people leave it empty, robots fill it
 * @param receivedOn when it was received, if earlier than now (an imported list)
 */
public record NewPetition(
        @Nullable String content,
        @Nullable String submitterName,
        @Nullable String contact,
        @Nullable String address,
        @Nullable String area,
        boolean consent,
        PetitionChannel channel,
        @Nullable Double latitude,
        @Nullable Double longitude,
        @Nullable String photoName,
        byte @Nullable [] photo,
        @Nullable UUID meetingId,
        @Nullable String sourceKey,
        @Nullable String clientAddress,
        @Nullable String honeypot,
        java.time.@Nullable LocalDate receivedOn) {

    /** A petition typed by a clerk or delegate for a meeting: no consent form, no photo. */
    public static NewPetition atMeeting(
            UUID meetingId, String content, @Nullable String submitterName, @Nullable String area) {
        return new NewPetition(
                content,
                submitterName,
                null,
                null,
                area,
                false,
                PetitionChannel.MEETING,
                null,
                null,
                null,
                null,
                meetingId,
                null,
                null,
                null,
                null);
    }

    /** A petition through the public form or the API. */
    public static NewPetition fromVoter(
            PetitionChannel channel,
            @Nullable String content,
            @Nullable String submitterName,
            @Nullable String contact,
            boolean consent,
            @Nullable String clientAddress) {
        return new NewPetition(
                content,
                submitterName,
                contact,
                null,
                null,
                consent,
                channel,
                null,
                null,
                null,
                null,
                null,
                null,
                clientAddress,
                null,
                null);
    }
}
