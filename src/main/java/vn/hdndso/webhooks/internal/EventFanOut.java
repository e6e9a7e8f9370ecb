package vn.hdndso.webhooks.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.documents.DocumentIssued;
import vn.hdndso.documents.DocumentRecalled;
import vn.hdndso.documents.DocumentType;
import vn.hdndso.documents.OutgoingDocument;
import vn.hdndso.documents.OutgoingDocuments;
import vn.hdndso.petitions.AnswerPublished;
import vn.hdndso.petitions.IssueAnswered;
import vn.hdndso.petitions.IssueTransferred;
import vn.hdndso.petitions.PetitionLinks;
import vn.hdndso.sessions.SessionConvened;
import vn.hdndso.shared.tenancy.TenantAwareListener;
import vn.hdndso.webhooks.WebhookEvent;

/**
 * Turns the modules' events into webhook deliveries. Each listener runs after the publishing
 * transaction commits and is recorded in the event publication registry, so an event is not lost
 * when the application stops before its deliveries are written (it is published again on restart;
 * a delivery already written for it is not written twice). Only public data goes out: restricted
 * documents are never delivered, petition issues carry no voter's data and, before their answer is
 * published (and de-identified), not even their title.
 */
@Component
class EventFanOut {

    private final OutgoingDocuments documents;
    private final Councils councils;
    private final DeliveryQueue queue;
    private final Clock clock;

    EventFanOut(OutgoingDocuments documents, Councils councils, DeliveryQueue queue, Clock clock) {
        this.documents = documents;
        this.councils = councils;
        this.queue = queue;
        this.clock = clock;
    }

    @TenantAwareListener
    void on(DocumentIssued event) {
        Optional<OutgoingDocument> document =
                documents.find(event.council(), event.document()).filter(d -> !d.restricted());
        if (document.isEmpty()) {
            return;
        }
        Council council = councils.require(event.council());
        String page = "/" + council.slug() + "/van-ban/" + event.document();
        Map<String, @Nullable Object> data = new LinkedHashMap<>();
        data.put("id", event.document().toString());
        data.put("numberSymbol", event.numberSymbol());
        data.put("typeCode", event.typeCode());
        data.put("typeName", document.get().type().vietnameseName());
        data.put("subject", event.subject());
        data.put("signerName", event.signerName());
        data.put("issueDate", event.issueDate().toString());
        data.put("issuedAt", event.issuedAt().toString());
        data.put("signedPdfUrl", queue.absolute(page + "/signed.pdf"));
        String key = "document:" + event.document() + ":issued";
        queue.enqueue(council, WebhookEvent.DOCUMENT_ISSUED, key, event.issuedAt(), page, data);
        if (DocumentType.NGHI_QUYET.code().equals(event.typeCode())) {
            queue.enqueue(council, WebhookEvent.RESOLUTION_ISSUED, key, event.issuedAt(), page, data);
        }
    }

    @TenantAwareListener
    void on(DocumentRecalled event) {
        boolean wasPublic = documents
                .find(event.council(), event.document())
                .filter(d -> !d.restricted())
                .isPresent();
        if (!wasPublic) {
            return;
        }
        Council council = councils.require(event.council());
        Map<String, @Nullable Object> data = new LinkedHashMap<>();
        data.put("id", event.document().toString());
        data.put("numberSymbol", event.numberSymbol());
        data.put("reason", event.reason());
        data.put("recalledAt", event.recalledAt().toString());
        queue.enqueue(
                council,
                WebhookEvent.DOCUMENT_RECALLED,
                "document:" + event.document() + ":recalled",
                event.recalledAt(),
                "/" + council.slug() + "/van-ban/" + event.document(),
                data);
    }

    @TenantAwareListener
    void on(IssueTransferred event) {
        Council council = councils.require(event.council());
        Map<String, @Nullable Object> data = new LinkedHashMap<>();
        data.put("id", event.issueId().toString());
        data.put("field", event.field());
        data.put("bodyKind", event.bodyKind().name());
        data.put("bodyName", event.bodyName());
        data.put("transferredOn", event.transferredOn().toString());
        data.put("deadline", event.deadline().toString());
        queue.enqueue(
                council,
                WebhookEvent.PETITION_ISSUE_TRANSFERRED,
                "issue:" + event.issueId() + ":transferred:" + event.transferredOn() + ":" + event.bodyName(),
                Instant.now(clock),
                null,
                data);
    }

    @TenantAwareListener
    void on(IssueAnswered event) {
        Council council = councils.require(event.council());
        Map<String, @Nullable Object> data = new LinkedHashMap<>();
        data.put("id", event.issueId().toString());
        data.put("field", event.field());
        data.put("answerClass", event.answerClass().name());
        data.put("answeredOn", event.answeredOn().toString());
        data.put("onTime", event.onTime());
        data.put("petitionCount", event.petitionCount());
        queue.enqueue(
                council,
                WebhookEvent.PETITION_ISSUE_ANSWERED,
                "issue:" + event.issueId() + ":answered:" + event.answeredOn(),
                Instant.now(clock),
                null,
                data);
    }

    @TenantAwareListener
    void on(AnswerPublished event) {
        if (!event.publicVisible()) {
            return;
        }
        Council council = councils.require(event.council());
        Map<String, @Nullable Object> data = new LinkedHashMap<>();
        data.put("id", event.issueId().toString());
        data.put("title", event.title());
        data.put("field", event.field());
        data.put("answerClass", event.answerClass().name());
        data.put("answer", event.text());
        data.put("publishedAt", event.publishedAt().toString());
        data.put("withinLegalWindow", event.withinLegalWindow());
        queue.enqueue(
                council,
                WebhookEvent.ANSWER_PUBLISHED,
                "issue:" + event.issueId() + ":published:" + event.publishedAt(),
                event.publishedAt(),
                PetitionLinks.publicAnswer(council.slug(), event.issueId()),
                data);
    }

    @TenantAwareListener
    void on(SessionConvened event) {
        if (!event.publicVisible()) {
            return;
        }
        Council council = councils.require(event.council());
        Map<String, @Nullable Object> data = new LinkedHashMap<>();
        data.put("id", event.session().toString());
        data.put("title", event.title());
        data.put("kind", event.kind().name());
        data.put("startsAt", event.startsAt().toString());
        data.put("place", event.place());
        data.put("delegatesInvited", event.delegatesInvited());
        queue.enqueue(
                council,
                WebhookEvent.SESSION_CONVENED,
                "session:" + event.session() + ":convened",
                Instant.now(clock),
                "/" + council.slug() + "/ky-hop/" + event.session(),
                data);
    }
}
