package vn.hdndso.petitions.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.hdndso.files.FileErasures;
import vn.hdndso.files.StoredFileId;
import vn.hdndso.notifications.VoterContact;
import vn.hdndso.notifications.VoterContactErased;
import vn.hdndso.petitions.Petition;
import vn.hdndso.shared.CouncilId;

/**
 * When a petition is anonymised, removes its sender's personal data from every other place it went
 * (docs/petitions.md#anonymisation): the photo (record, file name and bytes), the petition's messages
 * in its own log and in the notifications outbox, the sender's name, address and contact in the
 * issue's raw answer, its steps and the ratings' comments, and in the event publication registry.
 * Runs in the anonymising transaction; the search index follows from the issue's change event.
 */
@Component
class PetitionErasure {

    private final JdbcClient jdbc;
    private final FileErasures files;
    private final EventPublicationScrub publications;
    private final ApplicationEventPublisher events;

    PetitionErasure(
            JdbcClient jdbc, FileErasures files, EventPublicationScrub publications, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.files = files;
        this.publications = publications;
        this.events = events;
    }

    void erase(CouncilId council, Petition petition) {
        java.util.UUID photo = petition.photoFileId();
        if (photo != null) {
            files.erase(council, new StoredFileId(photo));
        }
        VoterContact.of(petition.contact())
                .ifPresent(contact -> events.publishEvent(
                        new VoterContactErased(council, contact, petition.id().toString())));
        jdbc.sql("delete from petition_notification where council_id = :council and petition_id = :id")
                .param("council", council.value())
                .param("id", petition.id())
                .update();
        scrubIssueTexts(council, petition);
        publications.scrub(personalValues(petition));
    }

    /** The issue's free texts written by staff and voters may name the sender: scrubbed of them. */
    private void scrubIssueTexts(CouncilId council, Petition petition) {
        List<Petition> sender = List.of(petition);
        jdbc.sql("select answer_text from petition_issue where council_id = :council and id = :issue"
                        + " and answer_text is not null")
                .param("council", council.value())
                .param("issue", petition.issueId())
                .query(String.class)
                .optional()
                .ifPresent(text -> jdbc.sql(
                                "update petition_issue set answer_text = :text where council_id = :council and id = :issue")
                        .param("text", PetitionTexts.deidentified(text, sender))
                        .param("council", council.value())
                        .param("issue", petition.issueId())
                        .update());
        record Step(java.util.UUID id, String reason, String detail) {}
        jdbc.sql("select id, reason, detail from petition_issue_step where council_id = :council and issue_id = :issue")
                .param("council", council.value())
                .param("issue", petition.issueId())
                .query((rs, n) -> new Step(
                        rs.getObject("id", java.util.UUID.class), rs.getString("reason"), rs.getString("detail")))
                .list()
                .forEach(step -> jdbc.sql("update petition_issue_step set reason = :reason, detail = :detail"
                                + " where council_id = :council and id = :id")
                        .param("reason", PetitionTexts.deidentified(step.reason(), sender))
                        .param("detail", PetitionTexts.deidentified(step.detail(), sender))
                        .param("council", council.value())
                        .param("id", step.id())
                        .update());
        record Rating(java.util.UUID id, String comment) {}
        jdbc.sql("select id, comment from petition_rating where council_id = :council and petition_id = :petition")
                .param("council", council.value())
                .param("petition", petition.id())
                .query((rs, n) -> new Rating(rs.getObject("id", java.util.UUID.class), rs.getString("comment")))
                .list()
                .forEach(rating -> jdbc.sql(
                                "update petition_rating set comment = :comment where council_id = :council and id = :id")
                        .param("comment", PetitionTexts.deidentified(rating.comment(), sender))
                        .param("council", council.value())
                        .param("id", rating.id())
                        .update());
    }

    /** The sender's name, address and contact as given, and the contact's digits alone. */
    static List<String> personalValues(Petition petition) {
        Set<String> values = new LinkedHashSet<>();
        for (String value : new String[] {petition.submitterName(), petition.address(), petition.contact()}) {
            if (value != null && value.strip().length() >= 3) {
                values.add(value.strip());
            }
        }
        VoterContact.of(petition.contact()).ifPresent(contact -> values.add(contact.address()));
        return new ArrayList<>(values);
    }
}
