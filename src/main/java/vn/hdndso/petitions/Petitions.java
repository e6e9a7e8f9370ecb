package vn.hdndso.petitions;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.web.Page;

/**
 * Petitions of voters: intake from every channel with a tracking code, the classification a clerk
 * confirms, grouping into issues, and the voter's rights over their data (see, correct, anonymise).
 *
 * <p>Intake works like the council office's reception desk: whoever hands a petition in (a member
 * of the public on the site, another system, a clerk) it is registered by the office, in the
 * council's staff scope, in one transaction — the petition, its issue, the consent, the audit entry
 * and the events, or nothing. The public scope itself cannot read or write any petition row.
 */
public interface Petitions {

    /**
     * What a sender gets back: the tracking code, and what the office made of the petition.
     *
     * @param outsideArea the point placed on the map lies outside the council's area: kept, flagged
     *     for the clerk
     */
    record Receipt(
            String trackingCode,
            UUID petitionId,
            UUID issueId,
            String field,
            CompetentLevel level,
            boolean complaint,
            boolean grouped,
            boolean outsideArea) {}

    /** The purpose voters consent to, as shown on the form and recorded with each petition. */
    String consentPurpose();

    /**
     * Registers a petition from any channel: checks it (all problems together, each naming its
     * field), applies the spam limits on public channels, suggests field and level, joins it to an
     * issue it duplicates (or opens one), stores the photo, records the consent, and queues the
     * tracking code to the contact. Runs in the council's staff scope whatever the caller's scope.
     */
    Receipt submit(CouncilId council, NewPetition petition);

    /** As {@link #submit(CouncilId, NewPetition)}, marked as demo content. */
    Receipt submit(CouncilId council, NewPetition petition, boolean demo);

    /**
     * What anyone holding a tracking code may see, from any council: status, field, the published
     * answer; nothing personal. An unknown or malformed code gives nothing, whatever exists.
     */
    Optional<PublicPetitionStatus> track(String trackingCode);

    /** One petition with its personal data: the read is audited. */
    Petition require(CouncilId council, UUID id);

    /** A page of petitions, newest first; only the unconfirmed ones if asked. Personal data is not in the list. */
    Page<Petition> list(CouncilId council, boolean unclassifiedOnly, Page.Request request);

    /** The petitions of an issue, without personal data (their text de-identified). */
    List<Petition> ofIssue(CouncilId council, UUID issueId);

    /** A clerk confirms or corrects the field and level (and the complaint flag): the classifier learns from it. */
    Petition classify(
            CouncilId council,
            UUID id,
            @Nullable String field,
            @Nullable CompetentLevel level,
            @Nullable Boolean complaint);

    /** Issues that probably ask for the same thing as this petition (its own issue left out). */
    List<DuplicateSuggestion> duplicatesOf(CouncilId council, UUID id);

    /** The data subject's request to see their data: every petition sent from a contact (audited). */
    List<Petition> ofContact(CouncilId council, String contact);

    /** The data subject's request to correct their name, contact or address. */
    Petition correct(
            CouncilId council, UUID id, @Nullable String name, @Nullable String contact, @Nullable String address);

    /**
     * The data subject's request to delete: the petition keeps its de-identified text, field and
     * issue (the voter count stays right), and loses the name, contact, address, location, photo.
     */
    Petition anonymise(CouncilId council, UUID id);
}
