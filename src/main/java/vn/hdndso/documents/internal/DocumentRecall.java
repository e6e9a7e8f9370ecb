package vn.hdndso.documents.internal;

import java.time.Clock;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.hdndso.documents.DocumentId;
import vn.hdndso.documents.DocumentRecalled;
import vn.hdndso.documents.OutgoingDocument;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.PublicContentChanged;

/**
 * The recall of an issued document (thu hồi): with a reason, it is frozen and leaves the public
 * lists, and its recipients are told (through {@link DocumentRecalled}).
 */
@Component
class DocumentRecall {

    private static final int MAX_REASON = 2000;

    private final DocumentRepository repository;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DocumentRecall(DocumentRepository repository, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.events = events;
        this.clock = clock;
    }

    OutgoingDocument recall(CouncilId council, DocumentId id, @Nullable String reason) {
        String why = FieldText.clean(reason);
        if (why.isEmpty()) {
            throw InvalidInputException.of("reason", "documents.recall.reasonRequired");
        }
        if (why.length() > MAX_REASON) {
            throw InvalidInputException.of("reason", "documents.field.tooLong", MAX_REASON);
        }
        OutgoingDocument recalled = repository.lock(council, id).recall(why, Instant.now(clock));
        repository.updateState(recalled);
        events.publishEvent(new DocumentRecalled(
                council,
                recalled.id(),
                String.valueOf(recalled.numberSymbol()),
                why,
                recalled.recipientList(),
                java.util.Objects.requireNonNull(recalled.recalledAt())));
        events.publishEvent(OutgoingAudit.of(recalled, "recalled").with("reason", why));
        events.publishEvent(new PublicContentChanged(council, PublicContentChanged.DOCUMENTS));
        return recalled;
    }
}
