package vn.hdndso.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.CouncilOrganisation;
import vn.hdndso.councils.Councils;
import vn.hdndso.documents.internal.CouncilKeys;
import vn.hdndso.documents.internal.DocumentFiles;
import vn.hdndso.documents.internal.DocumentNumbering;
import vn.hdndso.documents.internal.DocumentRepository;
import vn.hdndso.documents.internal.DocumentsProperties;
import vn.hdndso.documents.internal.PadesSigner;
import vn.hdndso.documents.internal.PdfCheck;
import vn.hdndso.identity.CurrentUser;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.NotFoundException;
import vn.hdndso.shared.VnText;
import vn.hdndso.shared.audit.AuditEvent;
import vn.hdndso.shared.web.Page;

/**
 * The outgoing documents of a council: draft, review, approval, issue (number/symbol, PAdES
 * signature with the council's key, register entry, all in one transaction) and recall. Runs in
 * the caller's tenant scope; a document outside it does not exist.
 */
@Service
public class OutgoingDocuments {

    /** Symbols every council issues under: the council itself and its standing committee. */
    public static final List<String> COUNCIL_SYMBOLS = List.of("HĐND", "TTHĐND");

    private static final int MAX_SUBJECT = 1000;
    private static final int MAX_NAME = 200;
    private static final int MAX_RECIPIENTS = 4000;

    private final Councils councils;
    private final CouncilOrganisation organisation;
    private final DocumentRepository repository;
    private final DocumentNumbering numbering;
    private final DocumentFiles files;
    private final CouncilKeys keys;
    private final PadesSigner signer;
    private final DocumentsProperties settings;
    private final ApplicationEventPublisher events;

    OutgoingDocuments(
            Councils councils,
            CouncilOrganisation organisation,
            DocumentRepository repository,
            DocumentNumbering numbering,
            DocumentFiles files,
            CouncilKeys keys,
            PadesSigner signer,
            DocumentsProperties settings,
            ApplicationEventPublisher events) {
        this.councils = councils;
        this.organisation = organisation;
        this.repository = repository;
        this.numbering = numbering;
        this.files = files;
        this.keys = keys;
        this.signer = signer;
        this.settings = settings;
        this.events = events;
    }

    /** The issuer symbols the council may number under: HĐND, TTHĐND and its committees'. */
    @Transactional(readOnly = true)
    public List<String> issuerSymbols(CouncilId council) {
        Set<String> symbols = new LinkedHashSet<>(COUNCIL_SYMBOLS);
        organisation.profile(council).bodies().stream()
                .map(b -> b.body().symbol())
                .filter(s -> s != null && !s.isBlank())
                .forEach(symbols::add);
        return List.copyOf(symbols);
    }

    /**
     * A new draft from a PDF and its metadata. Nothing is stored if anything is wrong; the
     * problems are reported together, each naming its field.
     */
    @Transactional
    public OutgoingDocument createDraft(CouncilId council, NewOutgoingDocument draft, String fileName, byte[] pdf) {
        var problems = new InvalidInputException.Collector();
        Optional<DocumentType> type = DocumentType.byCode(draft.typeCode());
        if (blank(draft.typeCode())) {
            problems.add("typeCode", "documents.typeCode.required");
        } else if (type.isEmpty()) {
            problems.add("typeCode", "documents.typeCode.unknown", draft.typeCode());
        }
        String issuer = clean(draft.issuerSymbol());
        List<String> allowed = issuerSymbols(council);
        if (issuer.isEmpty()) {
            problems.add("issuerSymbol", "documents.issuerSymbol.required");
        } else if (!allowed.contains(issuer)) {
            problems.add("issuerSymbol", "documents.issuerSymbol.unknown", issuer, String.join(", ", allowed));
        }
        String unit = clean(draft.unitSymbol());
        if (!unit.isEmpty() && (unit.contains(" ") || unit.contains("/") || unit.length() > 30)) {
            problems.add("unitSymbol", "documents.unitSymbol.invalid");
        }
        if (draft.normative() && type.isPresent() && !type.get().isResolution()) {
            problems.add("normative", "documents.normative.onlyResolutions");
        }
        String subject = clean(draft.subject());
        requireText(problems, "subject", subject, MAX_SUBJECT);
        String signerName = clean(draft.signerName());
        requireText(problems, "signerName", signerName, MAX_NAME);
        String signerPosition = clean(draft.signerPosition());
        requireText(problems, "signerPosition", signerPosition, MAX_NAME);
        String recipients = draft.recipients() == null
                ? ""
                : draft.recipients()
                        .lines()
                        .map(VnText::normalize)
                        .filter(line -> !line.isEmpty())
                        .collect(java.util.stream.Collectors.joining("\n"));
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
        var document = new OutgoingDocument(
                DocumentId.random(),
                council,
                type.orElseThrow(),
                issuer,
                unit.isEmpty() ? null : unit,
                draft.normative(),
                subject,
                signerName,
                signerPosition,
                recipients,
                DocumentStatus.DRAFT,
                new OutgoingDocument.Content(stored.sha256(), safeName(fileName), stored.size()),
                pages,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                false,
                actor(),
                Instant.now());
        repository.insert(document);
        events.publishEvent(
                new DocumentDrafted(council, document.id(), document.type().code(), subject, document.createdAt()));
        events.publishEvent(audit(document, "created")
                .with("type", document.type().code())
                .with("issuer", issuer)
                .with("subject", subject)
                .with("sha256", stored.sha256()));
        return document;
    }

    @Transactional(readOnly = true)
    public OutgoingDocument require(CouncilId council, DocumentId id) {
        return repository.find(council, id).orElseThrow(() -> new NotFoundException("documents.notFound", id));
    }

    /** An issued document, as the public sees it; anything else is not found. */
    @Transactional(readOnly = true)
    public OutgoingDocument requireIssued(CouncilId council, DocumentId id) {
        return repository
                .find(council, id)
                .filter(d -> d.status() == DocumentStatus.ISSUED)
                .orElseThrow(() -> new NotFoundException("documents.notFound", id));
    }

    @Transactional(readOnly = true)
    public Optional<OutgoingDocument> find(CouncilId council, DocumentId id) {
        return repository.find(council, id);
    }

    /** A page of the register, newest first. */
    @Transactional(readOnly = true)
    public Page<OutgoingDocument> list(CouncilId council, DocumentRepository.Filter filter, Page.Request request) {
        int size = request.sizeOr(50);
        int page = request.pageOrDefault();
        return new Page<>(
                repository.list(council, filter, page * size, size), page, size, repository.count(council, filter));
    }

    /**
     * A slice of all the council's documents in every state, in a stable order (for rebuilding
     * derived data such as the search index); what the scope may not see is left out.
     */
    @Transactional(readOnly = true)
    public List<OutgoingDocument> all(CouncilId council, int offset, int limit) {
        return repository.list(council, new DocumentRepository.Filter(null, null, null, null), offset, limit);
    }

    /** Every issued document of the council, newest first: the public record (open data, feeds). */
    @Transactional(readOnly = true)
    public List<OutgoingDocument> issued(CouncilId council) {
        return repository.list(
                council, new DocumentRepository.Filter(DocumentStatus.ISSUED, null, null, null), 0, 100_000);
    }

    @Transactional(readOnly = true)
    public List<Integer> years(CouncilId council) {
        return repository.years(council);
    }

    @Transactional
    public OutgoingDocument submitForReview(CouncilId council, DocumentId id) {
        OutgoingDocument submitted = lock(council, id).submitForReview(actor());
        repository.updateState(submitted);
        events.publishEvent(audit(submitted, "submitted"));
        return submitted;
    }

    /** The competent signer (the council's administrator) approves a document in review. */
    @Transactional
    public OutgoingDocument approve(CouncilId council, DocumentId id) {
        OutgoingDocument approved = lock(council, id).approve(actor(), Instant.now());
        repository.updateState(approved);
        events.publishEvent(audit(approved, "approved"));
        return approved;
    }

    /** Issues an approved document: number/symbol, date, signature, register entry. */
    @Transactional
    public OutgoingDocument issue(CouncilId council, DocumentId id) {
        return issue(lock(council, id));
    }

    /**
     * Approves and issues in one step, as the competent signer does when issuing a draft or a
     * document in review directly; the approval is recorded as such.
     */
    @Transactional
    public OutgoingDocument approveAndIssue(CouncilId council, DocumentId id) {
        OutgoingDocument document = lock(council, id);
        OutgoingDocument approved = document.approveForIssue(actor(), Instant.now());
        if (approved != document) {
            repository.updateState(approved);
            events.publishEvent(audit(approved, "approved").with("withIssue", true));
        }
        return issue(approved);
    }

    /** Recalls an issued document: frozen, no longer public; recipients are notified. */
    @Transactional
    public OutgoingDocument recall(CouncilId council, DocumentId id, @Nullable String reason) {
        String why = clean(reason);
        if (why.isEmpty()) {
            throw InvalidInputException.of("reason", "documents.recall.reasonRequired");
        }
        if (why.length() > 2000) {
            throw InvalidInputException.of("reason", "documents.field.tooLong", 2000);
        }
        OutgoingDocument recalled = lock(council, id).recall(why, Instant.now());
        repository.updateState(recalled);
        events.publishEvent(new DocumentRecalled(
                council,
                recalled.id(),
                String.valueOf(recalled.numberSymbol()),
                why,
                recalled.recipientList(),
                recalled.recalledAt()));
        events.publishEvent(audit(recalled, "recalled").with("reason", why));
        return recalled;
    }

    /** The signed PDF of an issued (or recalled, for staff) document; 404 before issue. */
    @Transactional(readOnly = true)
    public byte[] signedPdf(CouncilId council, DocumentId id) {
        OutgoingDocument document = require(council, id);
        if (document.signed() == null) {
            throw new NotFoundException("documents.signed.notYet", id);
        }
        return read(council, document.signed().sha256());
    }

    @Transactional(readOnly = true)
    public byte[] originalPdf(CouncilId council, DocumentId id) {
        return read(council, require(council, id).original().sha256());
    }

    /**
     * Registers a document issued before this software kept the register (a historic number,
     * e.g. from the paper register): stored, signed with the council's key now, and the series
     * continues after its number. Does nothing if that number is already registered.
     */
    @Transactional
    public Optional<OutgoingDocument> registerHistoric(
            CouncilId council,
            NewOutgoingDocument metadata,
            java.util.function.Supplier<byte[]> pdf,
            int number,
            LocalDate issueDate,
            boolean demo) {
        DocumentType type = DocumentType.byCode(metadata.typeCode()).orElseThrow();
        String issuer = clean(metadata.issuerSymbol());
        String series = metadata.normative() ? "NORMATIVE" : "REGULAR";
        int year = issueDate.getYear();
        if (repository.registered(council, issuer, year, series, number)) {
            return Optional.empty();
        }
        // the PDF is made only when the document is not registered yet (rendering costs start-up time)
        OutgoingDocument draft = createDraft(council, metadata, "van-ban.pdf", pdf.get());
        var documentNumber = new DocumentNumber(
                number,
                year,
                type,
                issuer,
                draft.unitSymbol(),
                metadata.normative() && settings.yearInNormativeNumbers());
        var withFlag = demo ? markDemo(draft) : draft;
        OutgoingDocument approved = withFlag.approveForIssue(actor(), Instant.now());
        numbering.continueAfter(council, issuer, year, series, number);
        return Optional.of(sign(approved, documentNumber, issueDate));
    }

    private OutgoingDocument issue(OutgoingDocument document) {
        document.requireIssuable();
        Instant now = Instant.now();
        LocalDate date = LocalDate.ofInstant(now, PadesSigner.VIETNAM);
        int number = numbering.next(document.council(), document.issuerSymbol(), date.getYear(), document.series());
        var documentNumber = new DocumentNumber(
                number,
                date.getYear(),
                document.type(),
                document.issuerSymbol(),
                document.unitSymbol(),
                document.normative() && settings.yearInNormativeNumbers());
        return sign(document, documentNumber, date);
    }

    private OutgoingDocument sign(OutgoingDocument document, DocumentNumber number, LocalDate issueDate) {
        Council council = councils.require(document.council());
        CouncilKeys.CouncilKey key = keys.of(council);
        Instant signedAt = Instant.now();
        byte[] original = read(document.council(), document.original().sha256());
        byte[] signed = signer.sign(
                original,
                key,
                number.format(),
                "Ban hành văn bản " + number.format(),
                PlaceAndDate.placeOf(council.name()),
                signedAt);
        DocumentFiles.StoredPdf stored = files.store(document.council(), number.format() + ".pdf", signed);
        OutgoingDocument issued = document.issue(
                new OutgoingDocument.Issue(number, issueDate, signedAt),
                new OutgoingDocument.Content(stored.sha256(), "signed.pdf", stored.size()));
        repository.updateState(issued);
        repository.register(issued);
        events.publishEvent(new DocumentIssued(
                issued.council(),
                issued.id(),
                number.format(),
                issued.type().code(),
                issued.subject(),
                issued.signerName(),
                issueDate,
                signedAt));
        events.publishEvent(audit(issued, "issued")
                .with("numberSymbol", number.format())
                .with("issueDate", issueDate)
                .with("signedSha256", stored.sha256())
                .with("certificate", key.signerName()));
        return issued;
    }

    private OutgoingDocument markDemo(OutgoingDocument draft) {
        repository.markDemo(draft.council(), draft.id());
        return repository.find(draft.council(), draft.id()).orElseThrow();
    }

    private OutgoingDocument lock(CouncilId council, DocumentId id) {
        return repository.findForUpdate(council, id).orElseThrow(() -> new NotFoundException("documents.notFound", id));
    }

    private byte[] read(CouncilId council, String sha256) {
        try (InputStream in = files.open(council, sha256)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static AuditEvent audit(OutgoingDocument document, String verb) {
        return AuditEvent.of(document.council(), "documents.document." + verb, "document", document.id())
                .with("status", document.status());
    }

    private static String actor() {
        return CurrentUser.get()
                .map(u -> u.fullName() + " (" + u.username() + ")")
                .orElse("hệ thống");
    }

    private static void requireText(InvalidInputException.Collector problems, String field, String value, int max) {
        if (value.isEmpty()) {
            problems.add(field, "documents." + field + ".required");
        } else if (value.length() > max) {
            problems.add(field, "documents.field.tooLong", max);
        }
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }

    private static String clean(@Nullable String value) {
        return value == null ? "" : VnText.normalize(value);
    }

    private static String safeName(String fileName) {
        String name = fileName.replaceAll("[\\\\/\\p{Cntrl}]", "_").strip();
        if (name.isEmpty()) {
            return "van-ban.pdf";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }
}
