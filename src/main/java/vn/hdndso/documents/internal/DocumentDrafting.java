package vn.hdndso.documents.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.hdndso.councils.CouncilOrganisation;
import vn.hdndso.documents.DocumentDrafted;
import vn.hdndso.documents.DocumentType;
import vn.hdndso.documents.EditableOriginal;
import vn.hdndso.documents.NewOutgoingDocument;
import vn.hdndso.documents.OutgoingDocument;
import vn.hdndso.documents.OutgoingDocuments;
import vn.hdndso.identity.CurrentUser;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.VnText;

/**
 * Drafting an outgoing document: the metadata and the PDF are checked (every problem reported
 * together, each naming its field), then the PDF is stored and the draft recorded. Drafts are
 * private to the council's staff, so no public content changes.
 */
@Component
class DocumentDrafting {

    private static final int MAX_SUBJECT = 1000;
    private static final int MAX_NAME = 200;
    private static final int MAX_RECIPIENTS = 4000;

    private final CouncilOrganisation organisation;
    private final DocumentRepository repository;
    private final DocumentFiles files;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DocumentDrafting(
            CouncilOrganisation organisation,
            DocumentRepository repository,
            DocumentFiles files,
            ApplicationEventPublisher events,
            Clock clock) {
        this.organisation = organisation;
        this.repository = repository;
        this.files = files;
        this.events = events;
        this.clock = clock;
    }

    /** The issuer symbols the council may number under: HĐND, TTHĐND and its committees'. */
    List<String> issuerSymbols(CouncilId council) {
        Set<String> symbols = new LinkedHashSet<>(OutgoingDocuments.COUNCIL_SYMBOLS);
        organisation.profile(council).bodies().stream()
                .map(b -> b.body().symbol())
                .filter(s -> s != null && !s.isBlank())
                .forEach(symbols::add);
        return List.copyOf(symbols);
    }

    OutgoingDocument createDraft(CouncilId council, NewOutgoingDocument draft, String fileName, byte[] pdf) {
        return createDraft(council, draft, fileName, pdf, null);
    }

    /** A draft with the DOCX it was written from kept beside its PDF (a generated report). */
    OutgoingDocument createDraft(
            CouncilId council, NewOutgoingDocument draft, String fileName, byte[] pdf, String docxName, byte[] docx) {
        return createDraft(council, draft, fileName, pdf, new Docx(docxName, docx));
    }

    private record Docx(String name, byte[] content) {}

    private OutgoingDocument createDraft(
            CouncilId council, NewOutgoingDocument draft, String fileName, byte[] pdf, @Nullable Docx docx) {
        var problems = new InvalidInputException.Collector();
        String typeCode = draft.typeCode();
        Optional<DocumentType> type = typeCode == null ? Optional.empty() : DocumentType.byCode(typeCode);
        if (typeCode == null || typeCode.isBlank()) {
            problems.add("typeCode", "documents.typeCode.required");
        } else if (type.isEmpty()) {
            problems.add("typeCode", "documents.typeCode.unknown", typeCode);
        }
        String issuer = FieldText.clean(draft.issuerSymbol());
        List<String> allowed = issuerSymbols(council);
        if (issuer.isEmpty()) {
            problems.add("issuerSymbol", "documents.issuerSymbol.required");
        } else if (!allowed.contains(issuer)) {
            problems.add("issuerSymbol", "documents.issuerSymbol.unknown", issuer, String.join(", ", allowed));
        }
        String unit = FieldText.clean(draft.unitSymbol());
        if (!unit.isEmpty() && (unit.contains(" ") || unit.contains("/") || unit.length() > 30)) {
            problems.add("unitSymbol", "documents.unitSymbol.invalid");
        }
        if (draft.normative() && type.isPresent() && !type.get().isResolution()) {
            problems.add("normative", "documents.normative.onlyResolutions");
        }
        String subject = FieldText.clean(draft.subject());
        FieldText.requireText(problems, "documents", "subject", subject, MAX_SUBJECT);
        String signerName = FieldText.clean(draft.signerName());
        FieldText.requireText(problems, "documents", "signerName", signerName, MAX_NAME);
        String signerPosition = FieldText.clean(draft.signerPosition());
        FieldText.requireText(problems, "documents", "signerPosition", signerPosition, MAX_NAME);
        String recipients = recipients(draft.recipients());
        if (recipients.length() > MAX_RECIPIENTS) {
            problems.add("recipients", "documents.field.tooLong", MAX_RECIPIENTS);
        }
        int pages = 0;
        try {
            pages = PdfCheck.pageCount("file", fileName, pdf);
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> problems.add(p.field(), p.messageKey(), p.arguments()));
        }
        problems.throwIfAny();

        DocumentFiles.StoredPdf stored = files.store(council, fileName, pdf);
        var document = OutgoingDocument.newDraft(
                council,
                type.orElseThrow(),
                issuer,
                unit.isEmpty() ? null : unit,
                draft.normative(),
                subject,
                signerName,
                signerPosition,
                recipients,
                new OutgoingDocument.Content(stored.sha256(), safeName(fileName), stored.size()),
                pages,
                CurrentUser.describe(),
                Instant.now(clock));
        repository.insert(document);
        if (docx != null) {
            DocumentFiles.StoredPdf word = files.storeDocx(council, docx.name(), docx.content());
            repository.attachEditable(
                    council, document.id(), new EditableOriginal(safeName(docx.name()), word.sha256(), word.size()));
        }
        events.publishEvent(
                new DocumentDrafted(council, document.id(), document.type().code(), subject, document.createdAt()));
        events.publishEvent(OutgoingAudit.of(document, "created")
                .with("type", document.type().code())
                .with("issuer", issuer)
                .with("subject", subject)
                .with("sha256", stored.sha256()));
        return document;
    }

    private static String recipients(@Nullable String recipients) {
        return recipients == null
                ? ""
                : recipients
                        .lines()
                        .map(VnText::normalize)
                        .filter(line -> !line.isEmpty())
                        .collect(Collectors.joining("\n"));
    }

    private static String safeName(String fileName) {
        String name = fileName.replaceAll("[\\\\/\\p{Cntrl}]", "_").strip();
        if (name.isEmpty()) {
            return "van-ban.pdf";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }
}
