package vn.hdndso.oversight.internal;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.hdndso.documents.DocumentId;
import vn.hdndso.documents.DocumentType;
import vn.hdndso.documents.OutgoingDocument;
import vn.hdndso.documents.OutgoingDocuments;
import vn.hdndso.oversight.OversightTopic;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.InvalidInputException;

/**
 * Links a topic's oversight report: an issued report (BC) of the council. Issued reports count in T7
 * (published share of resolutions and reports) by their type already; the link shows the result on
 * the topic's public page.
 */
@Component
class TopicReports {

    private final OutgoingDocuments documents;
    private final TopicRepository repository;

    TopicReports(OutgoingDocuments documents, TopicRepository repository) {
        this.documents = documents;
        this.repository = repository;
    }

    void link(CouncilId council, OversightTopic topic, @Nullable UUID documentId) {
        if (documentId == null) {
            throw InvalidInputException.of("documentId", "oversight.topic.report.required");
        }
        OutgoingDocument document = documents.requireIssued(council, new DocumentId(documentId));
        if (document.type() != DocumentType.BAO_CAO) {
            throw InvalidInputException.of("documentId", "oversight.topic.report.notReport", document.subject());
        }
        repository.linkReport(council, topic.id(), documentId, title(document));
    }

    static String title(OutgoingDocument document) {
        String number = document.numberSymbol();
        return number == null ? document.subject() : number + " – " + document.subject();
    }
}
