package vn.hdndso.petitions;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A petition as it arrives from any channel, made by the factory of its channel ({@link
 * #fromPublicForm}, {@link #fromApi}, {@link #fromOpen311}, {@link #fromZalo}, {@link #atMeeting}, {@link
 * #imported}).
 * Personal data is optional except where the voter wants an answer sent; consent is required on the
 * channels where voters type it themselves.
 *
 * @param submitter who sent it, as they gave it (all optional)
 * @param location where the problem is, if the sender placed it on a map
 * @param photo an attached photo (PNG or JPEG), if any
 * @param origin where and when it came from: meeting, imported row, network address, form trap
 */
public record NewPetition(
        @Nullable String content,
        PetitionChannel channel,
        Submitter submitter,
        boolean consent,
        Location location,
        @Nullable Photo photo,
        Origin origin) {

    /**
     * The sender as they gave themselves.
     *
     * @param area the village or residential group (thôn, tổ dân phố), for statistics; not personal
     */
    public record Submitter(
            @Nullable String name,
            @Nullable String contact,
            @Nullable String address,
            @Nullable String area) {

        public static final Submitter ANONYMOUS = new Submitter(null, null, null, null);
    }

    /** A point on the map; both or neither. */
    public record Location(
            @Nullable Double latitude, @Nullable Double longitude) {

        public static final Location NONE = new Location(null, null);
    }

    /** An attached photo: its file name and bytes. */
    public record Photo(@Nullable String name, byte[] bytes) {}

    /**
     * Where and when the petition came from.
     *
     * @param meetingId the voter-contact meeting it was raised at
     * @param sourceKey a stable key of an imported row, so that importing it again adds nothing
     * @param clientAddress the sender's network address (only its hash is kept, for rate limits)
     * @param honeypot the form's hidden field: people leave it empty, robots fill it
     * @param receivedOn when it was received, if earlier than now (an imported list)
     */
    public record Origin(
            @Nullable UUID meetingId,
            @Nullable String sourceKey,
            @Nullable String clientAddress,
            @Nullable String honeypot,
            @Nullable LocalDate receivedOn) {

        public static final Origin NONE = new Origin(null, null, null, null, null);

        public static Origin network(@Nullable String clientAddress, @Nullable String honeypot) {
            return new Origin(null, null, clientAddress, honeypot, null);
        }
    }

    /** A petition typed by a voter on the council's public form. */
    public static NewPetition fromPublicForm(
            @Nullable String content,
            Submitter submitter,
            boolean consent,
            Location location,
            @Nullable Photo photo,
            @Nullable String clientAddress,
            @Nullable String honeypot) {
        return new NewPetition(
                content,
                PetitionChannel.WEB,
                submitter,
                consent,
                location,
                photo,
                Origin.network(clientAddress, honeypot));
    }

    /** A petition sent through the JSON API on a public channel (another system, an app). */
    public static NewPetition fromApi(
            PetitionChannel channel,
            @Nullable String content,
            Submitter submitter,
            boolean consent,
            Location location,
            @Nullable String clientAddress,
            @Nullable String honeypot) {
        return new NewPetition(
                content, channel, submitter, consent, location, null, Origin.network(clientAddress, honeypot));
    }

    /** A service request of Open311 GeoReport (through the open-data module). */
    public static NewPetition fromOpen311(
            @Nullable String content,
            Submitter submitter,
            boolean consent,
            Location location,
            @Nullable String clientAddress) {
        return new NewPetition(
                content,
                PetitionChannel.OPEN311,
                submitter,
                consent,
                location,
                null,
                Origin.network(clientAddress, null));
    }

    /**
     * A message a voter wrote to the council's Zalo Official Account: the contact is the follower's
     * Zalo id ({@code zalo:<userId>}), the answer goes back there, and writing to the council is the
     * voter's own request (consent recorded with the Zalo purpose). The Zalo message id makes the source
     * key ({@link #zaloSourceKey}), so a message delivered twice is one petition.
     */
    public static NewPetition fromZalo(@Nullable String content, String userId, String messageId) {
        return new NewPetition(
                content,
                PetitionChannel.ZALO,
                new Submitter(null, "zalo:" + userId, null, null),
                true,
                Location.NONE,
                null,
                new Origin(null, zaloSourceKey(messageId), null, null, null));
    }

    /** The source key of a Zalo message: its id, or the id's SHA-256 when too long for the column. */
    public static String zaloSourceKey(String messageId) {
        return messageId.length() <= 90 ? "zalo:" + messageId : "zalo:" + vn.hdndso.shared.Sha256.hex(messageId);
    }

    /** A petition typed by a clerk or delegate for a meeting: no consent form, no photo. */
    public static NewPetition atMeeting(
            UUID meetingId, String content, @Nullable String submitterName, @Nullable String area) {
        return new NewPetition(
                content,
                PetitionChannel.MEETING,
                new Submitter(submitterName, null, null, area),
                false,
                Location.NONE,
                null,
                new Origin(meetingId, null, null, null, null));
    }

    /** A row of an imported list: its stable key, and the day it was received if the list says. */
    public static NewPetition imported(
            @Nullable String content,
            @Nullable String submitterName,
            @Nullable String contact,
            @Nullable String area,
            String sourceKey,
            @Nullable LocalDate receivedOn) {
        return new NewPetition(
                content,
                PetitionChannel.IMPORT,
                new Submitter(submitterName, contact, null, area),
                false,
                Location.NONE,
                null,
                new Origin(null, sourceKey, null, null, receivedOn));
    }

    /** A petition through the public form or the API, without location or photo. */
    public static NewPetition fromVoter(
            PetitionChannel channel,
            @Nullable String content,
            @Nullable String submitterName,
            @Nullable String contact,
            boolean consent,
            @Nullable String clientAddress) {
        return new NewPetition(
                content,
                channel,
                new Submitter(submitterName, contact, null, null),
                consent,
                Location.NONE,
                null,
                Origin.network(clientAddress, null));
    }
}
