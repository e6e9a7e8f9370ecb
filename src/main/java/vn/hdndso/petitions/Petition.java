package vn.hdndso.petitions;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.hdndso.shared.CouncilId;

/**
 * One voter's petition: its own record and tracking code, whatever issue it was grouped into. The
 * personal data is {@link PersonalData#NONE} once the voter's data has been anonymised (and in
 * every list, where it is left out).
 *
 * @param outsideArea the point placed on the map lies outside the council's area ({@link MapArea}):
 *     the petition is kept and the clerk sees the flag; false without a point
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
        PersonalData personal,
        @Nullable UUID photoFileId,
        Consent consent,
        Classification classification,
        Suggestion suggestion,
        Instant receivedAt,
        @Nullable Instant anonymisedAt,
        boolean demo,
        boolean outsideArea) {

    /** What identifies the voter: name, contact, address and the point they placed on a map. */
    public record PersonalData(
            @Nullable String name,
            @Nullable String contact,
            @Nullable String address,
            @Nullable Double latitude,
            @Nullable Double longitude) {

        public static final PersonalData NONE = new PersonalData(null, null, null, null, null);

        public boolean isPresent() {
            return name != null || contact != null || address != null || latitude != null;
        }
    }

    /** The purpose the voter consented to, and when; both null where no consent was recorded. */
    public record Consent(
            @Nullable String purpose, @Nullable Instant at) {

        public static final Consent NONE = new Consent(null, null);
    }

    /** The field and competent level (and whether it is a complaint), confirmed by a clerk if {@code classified}. */
    public record Classification(String field, CompetentLevel level, boolean complaint, boolean classified) {}

    /** What the classifier suggested on intake, and how sure it was. */
    public record Suggestion(String field, CompetentLevel level, double score) {}

    public PetitionId petitionId() {
        return new PetitionId(id);
    }

    public PetitionIssueId petitionIssueId() {
        return new PetitionIssueId(issueId);
    }

    public boolean hasPersonalData() {
        return personal.isPresent();
    }

    /** The same petition without personal data, its text replaced by the de-identified one. */
    public Petition withoutPersonalData(String deidentifiedContent) {
        return new Petition(
                id,
                council,
                trackingCode,
                issueId,
                meetingId,
                channel,
                deidentifiedContent,
                area,
                PersonalData.NONE,
                photoFileId,
                consent,
                classification,
                suggestion,
                receivedAt,
                anonymisedAt,
                demo,
                outsideArea);
    }

    public @Nullable String submitterName() {
        return personal.name();
    }

    public @Nullable String contact() {
        return personal.contact();
    }

    public @Nullable String address() {
        return personal.address();
    }

    public @Nullable Double latitude() {
        return personal.latitude();
    }

    public @Nullable Double longitude() {
        return personal.longitude();
    }

    public @Nullable String consentPurpose() {
        return consent.purpose();
    }

    public @Nullable Instant consentAt() {
        return consent.at();
    }

    public String field() {
        return classification.field();
    }

    public CompetentLevel level() {
        return classification.level();
    }

    public boolean complaint() {
        return classification.complaint();
    }

    public boolean classified() {
        return classification.classified();
    }

    public String suggestedField() {
        return suggestion.field();
    }

    public CompetentLevel suggestedLevel() {
        return suggestion.level();
    }

    public double suggestedScore() {
        return suggestion.score();
    }

    /**
     * Under this probability the suggested field is not trusted: the petition is flagged for the
     * clerk's review instead of being presented as a confident field.
     */
    public static final double REVIEW_BELOW = 0.5;

    /** Whether the clerk should check the suggested field (not yet confirmed, low confidence). */
    public boolean needsReview() {
        return !classified() && suggestion.score() < REVIEW_BELOW;
    }
}
