package vn.hdndso.documents.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.hdndso.documents.IncomingDocument;
import vn.hdndso.documents.IncomingDocumentId;
import vn.hdndso.identity.UserAccount;
import vn.hdndso.identity.UserAccounts;
import vn.hdndso.identity.UserId;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.NotFoundException;
import vn.hdndso.shared.VnTime;

/**
 * The follow-up of an incoming document (theo dõi giải quyết): assignment to a handler with a
 * deadline, progress notes and completion, in the caller's transaction.
 */
@Component
class IncomingFollowUp {

    private static final int MAX_SYMBOL = 80;
    private static final int MAX_NOTE = 2000;

    private final IncomingRepository repository;
    private final UserAccounts users;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    IncomingFollowUp(IncomingRepository repository, UserAccounts users, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.users = users;
        this.events = events;
        this.clock = clock;
    }

    IncomingDocument assign(
            CouncilId council, IncomingDocumentId id, @Nullable UUID handlerUserId, @Nullable LocalDate deadline) {
        IncomingDocument document = repository.lock(council, id);
        if (handlerUserId == null) {
            throw InvalidInputException.of("handlerUserId", "documents.incoming.handler.required");
        }
        UserAccount handler;
        try {
            handler = users.require(council, new UserId(handlerUserId));
        } catch (NotFoundException e) {
            throw InvalidInputException.of("handlerUserId", "documents.incoming.handler.unknown");
        }
        if (!handler.enabled()) {
            throw InvalidInputException.of("handlerUserId", "documents.incoming.handler.disabled", handler.fullName());
        }
        if (deadline != null && deadline.isBefore(document.receivedOn())) {
            throw InvalidInputException.of("deadline", "documents.incoming.deadline.beforeReceived");
        }
        IncomingDocument assigned = document.assign(
                new IncomingDocument.Handler(handler.id().value(), handler.fullName()), deadline, VnTime.today(clock));
        repository.updateHandling(assigned);
        events.publishEvent(IncomingAudit.of(assigned, "assigned")
                .with("handler", handler.fullName())
                .with("deadline", deadline == null ? "" : deadline));
        return assigned;
    }

    IncomingDocument progress(CouncilId council, IncomingDocumentId id, @Nullable String note) {
        String text = FieldText.clean(note);
        if (text.isEmpty()) {
            throw InvalidInputException.of("note", "documents.incoming.note.required");
        }
        if (text.length() > MAX_NOTE) {
            throw InvalidInputException.of("note", "documents.field.tooLong", MAX_NOTE);
        }
        IncomingDocument progressed = repository.lock(council, id).progress(text);
        repository.updateHandling(progressed);
        events.publishEvent(IncomingAudit.of(progressed, "progressed").with("note", text));
        return progressed;
    }

    IncomingDocument complete(CouncilId council, IncomingDocumentId id, @Nullable String replyNumberSymbol) {
        String reply = FieldText.clean(replyNumberSymbol);
        if (reply.length() > MAX_SYMBOL) {
            throw InvalidInputException.of("replyNumberSymbol", "documents.field.tooLong", MAX_SYMBOL);
        }
        IncomingDocument completed =
                repository.lock(council, id).complete(reply.isEmpty() ? null : reply, Instant.now(clock));
        repository.updateHandling(completed);
        events.publishEvent(IncomingAudit.of(completed, "completed").with("replyNumberSymbol", reply));
        return completed;
    }
}
