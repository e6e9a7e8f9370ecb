package vn.hdndso.documents.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.hdndso.documents.DocumentId;
import vn.hdndso.documents.NewOutgoingDocument;
import vn.hdndso.documents.OutgoingDocument;
import vn.hdndso.identity.CurrentUser;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.InvalidInputException;

/**
 * A draft as work in progress: its metadata edited, its file replaced (the previous versions
 * kept), returned by the signer to its drafter with a comment, or withdrawn. The model decides
 * what the state allows; each step is audited. Nothing here is public, so no public content
 * changes.
 */
@Component
class DraftRevision {

    private final DraftDetailsCheck details;
    private final DraftFiles draftFiles;
    private final DocumentRepository repository;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DraftRevision(
            DraftDetailsCheck details,
            DraftFiles draftFiles,
            DocumentRepository repository,
            ApplicationEventPublisher events,
            Clock clock) {
        this.details = details;
        this.draftFiles = draftFiles;
        this.repository = repository;
        this.events = events;
        this.clock = clock;
    }

    OutgoingDocument edit(CouncilId council, DocumentId id, NewOutgoingDocument metadata) {
        OutgoingDocument document = repository.lock(council, id);
        var problems = new InvalidInputException.Collector();
        Optional<OutgoingDocument.Details> checked =
                details.check(council, withVisibility(metadata, document), problems);
        problems.throwIfAny();
        OutgoingDocument edited = document.revise(checked.orElseThrow());
        repository.updateDraft(edited);
        events.publishEvent(OutgoingAudit.of(edited, "edited")
                .with("type", edited.type().code())
                .with("issuer", edited.issuerSymbol())
                .with("subject", edited.subject())
                .with("restricted", edited.restricted()));
        return edited;
    }

    OutgoingDocument replaceFile(CouncilId council, DocumentId id, String fileName, byte[] content) {
        OutgoingDocument document = repository.lock(council, id);
        document.requireEditable();
        var problems = new InvalidInputException.Collector();
        Optional<DraftFiles.Prepared> prepared = draftFiles.prepare(fileName, content, problems);
        problems.throwIfAny();
        DraftFiles.Stored stored = draftFiles.store(council, prepared.orElseThrow());
        OutgoingDocument replaced = document.replaceFile(stored.pdf(), stored.pages());
        repository.updateDraft(replaced);
        String by = CurrentUser.describe();
        draftFiles.record(council, id, replaced.version(), stored, by, Instant.now(clock));
        var audit = OutgoingAudit.of(replaced, "fileReplaced")
                .with("version", replaced.version())
                .with("name", stored.pdf().name())
                .with("sha256", stored.pdf().sha256());
        var source = stored.source();
        events.publishEvent(source == null ? audit : audit.with("source", source.name()));
        return replaced;
    }

    OutgoingDocument returnToDrafter(CouncilId council, DocumentId id, @Nullable String comment) {
        OutgoingDocument returned = repository.lock(council, id).returnToDrafter(comment == null ? "" : comment);
        repository.updateState(returned);
        events.publishEvent(OutgoingAudit.of(returned, "returned")
                .with("comment", java.util.Objects.requireNonNull(returned.returnComment())));
        return returned;
    }

    OutgoingDocument withdraw(CouncilId council, DocumentId id, @Nullable String reason) {
        String clean = FieldText.clean(reason);
        if (clean.length() > OutgoingDocument.MAX_COMMENT) {
            throw InvalidInputException.of("reason", "documents.field.tooLong", OutgoingDocument.MAX_COMMENT);
        }
        OutgoingDocument withdrawn = repository.lock(council, id).withdraw();
        repository.updateState(withdrawn);
        events.publishEvent(OutgoingAudit.of(withdrawn, "withdrawn").with("reason", clean));
        return withdrawn;
    }

    /** An edit that does not say whether the document is public keeps what it was. */
    private static NewOutgoingDocument withVisibility(NewOutgoingDocument m, OutgoingDocument document) {
        if (m.restricted() != null) {
            return m;
        }
        return new NewOutgoingDocument(
                m.typeCode(),
                m.issuerSymbol(),
                m.unitSymbol(),
                m.normative(),
                m.subject(),
                m.signerName(),
                m.signerPosition(),
                m.recipients(),
                document.restricted());
    }
}
