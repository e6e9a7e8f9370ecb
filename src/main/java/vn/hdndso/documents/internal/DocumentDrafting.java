package vn.hdndso.documents.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.hdndso.documents.DocumentDrafted;
import vn.hdndso.documents.NewOutgoingDocument;
import vn.hdndso.documents.OutgoingDocument;
import vn.hdndso.files.FileType;
import vn.hdndso.identity.CurrentUser;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.InvalidInputException;

/**
 * Drafting an outgoing document: the metadata and the file are checked (every problem reported
 * together, each naming its field; a DOCX or ODT is converted to PDF and kept), then the files are
 * stored and the draft recorded as version 1. Drafts are private to the council's staff, so no
 * public content changes.
 */
@Component
class DocumentDrafting {

    private final DraftDetailsCheck details;
    private final DraftFiles draftFiles;
    private final DocumentRepository repository;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DocumentDrafting(
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

    /** The issuer symbols the council may number under: HĐND, TTHĐND and its committees'. */
    List<String> issuerSymbols(CouncilId council) {
        return details.issuerSymbols(council);
    }

    OutgoingDocument createDraft(CouncilId council, NewOutgoingDocument draft, String fileName, byte[] content) {
        return createDraft(council, draft, fileName, content, null);
    }

    /** A draft with the DOCX it was written from kept beside its PDF (a generated report). */
    OutgoingDocument createDraft(
            CouncilId council, NewOutgoingDocument draft, String fileName, byte[] pdf, String docxName, byte[] docx) {
        return createDraft(council, draft, fileName, pdf, new DraftFiles.Source(docxName, docx, FileType.DOCX));
    }

    private OutgoingDocument createDraft(
            CouncilId council,
            NewOutgoingDocument draft,
            String fileName,
            byte[] content,
            DraftFiles.@Nullable Source written) {
        var problems = new InvalidInputException.Collector();
        Optional<OutgoingDocument.Details> checked = details.check(council, draft, problems);
        Optional<DraftFiles.Prepared> file = draftFiles.prepare(fileName, content, problems);
        problems.throwIfAny();
        OutgoingDocument.Details d = checked.orElseThrow();
        DraftFiles.Prepared prepared = file.orElseThrow();
        if (written != null && prepared.source() == null) {
            prepared = new DraftFiles.Prepared(
                    prepared.pdfName(),
                    prepared.pdf(),
                    prepared.pages(),
                    new DraftFiles.Source(DraftFiles.safeName(written.name()), written.content(), written.type()));
        }

        DraftFiles.Stored stored = draftFiles.store(council, prepared);
        String by = CurrentUser.describe();
        Instant now = Instant.now(clock);
        var document = OutgoingDocument.newDraft(
                council,
                d.type(),
                d.issuerSymbol(),
                d.unitSymbol(),
                d.normative(),
                d.subject(),
                d.signerName(),
                d.signerPosition(),
                d.recipients(),
                stored.pdf(),
                stored.pages(),
                by,
                now,
                d.restricted());
        repository.insert(document);
        draftFiles.record(council, document.id(), document.version(), stored, by, now);
        events.publishEvent(
                new DocumentDrafted(council, document.id(), document.type().code(), d.subject(), document.createdAt()));
        var audit = OutgoingAudit.of(document, "created")
                .with("type", document.type().code())
                .with("issuer", d.issuerSymbol())
                .with("subject", d.subject())
                .with("restricted", d.restricted())
                .with("sha256", stored.pdf().sha256());
        var source = stored.source();
        events.publishEvent(source == null ? audit : audit.with("source", source.name()));
        return document;
    }
}
