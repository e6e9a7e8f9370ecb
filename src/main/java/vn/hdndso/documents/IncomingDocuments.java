package vn.hdndso.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hdndso.documents.internal.ArrivalNumbering;
import vn.hdndso.documents.internal.IncomingRepository;
import vn.hdndso.files.FileType;
import vn.hdndso.files.Files;
import vn.hdndso.files.StoredFile;
import vn.hdndso.identity.CurrentUser;
import vn.hdndso.identity.UserAccount;
import vn.hdndso.identity.UserAccounts;
import vn.hdndso.identity.UserId;
import vn.hdndso.shared.BusinessRuleException;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.NotFoundException;
import vn.hdndso.shared.VnText;
import vn.hdndso.shared.audit.AuditEvent;
import vn.hdndso.shared.web.Page;

/**
 * The incoming documents of a council (văn bản đến): registration with an arrival number, the
 * validation of the PDF's signatures and a duplicate alert; then assignment to a handler with a
 * deadline, progress and completion (theo dõi giải quyết). Runs in the caller's tenant scope (the
 * council's staff); a document outside it does not exist.
 */
@Service
public class IncomingDocuments {

    /** Deadlines and arrival years are counted in Vietnam time. */
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /** "Due soon": the deadline is at most this many working days away. */
    public static final int DUE_SOON_WORKING_DAYS = 2;

    private static final int MAX_SUBJECT = 1000;
    private static final int MAX_BODY = 300;
    private static final int MAX_SYMBOL = 80;
    private static final int MAX_NOTE = 2000;

    private final IncomingRepository repository;
    private final ArrivalNumbering numbering;
    private final Files files;
    private final SignatureValidation signatures;
    private final UserAccounts users;
    private final ApplicationEventPublisher events;

    IncomingDocuments(
            IncomingRepository repository,
            ArrivalNumbering numbering,
            Files files,
            SignatureValidation signatures,
            UserAccounts users,
            ApplicationEventPublisher events) {
        this.repository = repository;
        this.numbering = numbering;
        this.files = files;
        this.signatures = signatures;
        this.users = users;
        this.events = events;
    }

    /** Today in Vietnam. */
    public static LocalDate today() {
        return LocalDate.now(VIETNAM);
    }

    /**
     * Registers an incoming document: checks the metadata and the PDF (all problems together,
     * each naming its field), refuses a likely duplicate unless confirmed (409 naming the earlier
     * arrival number), validates the signatures, stores the PDF and takes the next arrival number,
     * all in one transaction: nothing is stored if anything fails.
     */
    @Transactional
    public IncomingDocument register(CouncilId council, NewIncomingDocument incoming, String fileName, byte[] pdf) {
        return register(council, incoming, fileName, pdf, false);
    }

    /** As {@link #register(CouncilId, NewIncomingDocument, String, byte[])}, marked as demo content. */
    @Transactional
    public IncomingDocument register(
            CouncilId council, NewIncomingDocument incoming, String fileName, byte[] pdf, boolean demo) {
        var problems = new InvalidInputException.Collector();
        LocalDate today = today();
        LocalDate receivedOn = incoming.receivedOn() == null ? today : incoming.receivedOn();
        if (receivedOn.isAfter(today)) {
            problems.add("receivedOn", "documents.incoming.receivedOn.future");
        }
        String issuingBody = clean(incoming.issuingBody());
        requireText(problems, "issuingBody", issuingBody, MAX_BODY);
        String numberSymbol = clean(incoming.numberSymbol());
        requireText(problems, "numberSymbol", numberSymbol, MAX_SYMBOL);
        if (incoming.documentDate() == null) {
            problems.add("documentDate", "documents.incoming.documentDate.required");
        } else if (incoming.documentDate().isAfter(receivedOn)) {
            problems.add("documentDate", "documents.incoming.documentDate.afterReceived");
        }
        Optional<DocumentType> type = DocumentType.byCode(clean(incoming.typeCode()));
        if (clean(incoming.typeCode()).isEmpty()) {
            problems.add("typeCode", "documents.typeCode.required");
        } else if (type.isEmpty()) {
            problems.add("typeCode", "documents.typeCode.unknown", clean(incoming.typeCode()));
        }
        String subject = clean(incoming.subject());
        requireText(problems, "subject", subject, MAX_SUBJECT);
        SignatureReport report = null;
        try {
            report = signatures.validate(pdf);
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> problems.add(p.field(), p.messageKey(), p.arguments()));
        }
        problems.throwIfAny();
        LocalDate documentDate = java.util.Objects.requireNonNull(incoming.documentDate());

        Optional<IncomingDocument> earlier =
                repository.findDuplicate(council, numberSymbol, issuingBody, documentDate.getYear());
        if (earlier.isPresent() && !incoming.confirmDuplicate()) {
            IncomingDocument first = earlier.get();
            throw new BusinessRuleException(
                    "numberSymbol",
                    "documents.incoming.duplicate",
                    numberSymbol,
                    issuingBody,
                    first.arrivalNumber(),
                    first.arrivalYear(),
                    first.receivedOn().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        }

        StoredFile stored = files.store(council, fileName, new ByteArrayInputStream(pdf), EnumSet.of(FileType.PDF));
        int year = receivedOn.getYear();
        int number = numbering.next(council, year);
        var document = new IncomingDocument(
                IncomingDocumentId.random(),
                council,
                year,
                number,
                receivedOn,
                issuingBody,
                numberSymbol,
                documentDate,
                type.orElseThrow(),
                subject,
                incoming.urgency() == null ? Urgency.NORMAL : incoming.urgency(),
                IncomingStatus.RECEIVED,
                null,
                null,
                null,
                null,
                null,
                null,
                new IncomingDocument.File(
                        stored.id(),
                        stored.sha256(),
                        stored.originalName(),
                        stored.pageCount() == null ? 1 : stored.pageCount()),
                IncomingSignatures.of(java.util.Objects.requireNonNull(report)),
                earlier.map(IncomingDocument::id).orElse(null),
                demo,
                actor(),
                Instant.now());
        repository.insert(document);
        events.publishEvent(new DocumentReceived(
                council, document.id(), year, number, receivedOn, issuingBody, numberSymbol, subject));
        events.publishEvent(audit(document, "registered")
                .with("arrivalNumber", number)
                .with("arrivalYear", year)
                .with("numberSymbol", numberSymbol)
                .with("issuingBody", issuingBody)
                .with("subject", subject)
                .with("sha256", stored.sha256())
                .with("signatures", document.signatures().count())
                .with("signatureStatus", document.signatures().status())
                .with("duplicateOf", document.duplicateOf() == null ? "" : document.duplicateOf()));
        return document;
    }

    /** Passes the document on to a user of the council, with an optional deadline. */
    @Transactional
    public IncomingDocument assign(
            CouncilId council, IncomingDocumentId id, @Nullable UUID handlerUserId, @Nullable LocalDate deadline) {
        IncomingDocument document = lock(council, id);
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
                new IncomingDocument.Handler(handler.id().value(), handler.fullName()), deadline, today());
        repository.updateHandling(assigned);
        events.publishEvent(audit(assigned, "assigned")
                .with("handler", handler.fullName())
                .with("deadline", deadline == null ? "" : deadline));
        return assigned;
    }

    /** Records the handler's progress. */
    @Transactional
    public IncomingDocument progress(CouncilId council, IncomingDocumentId id, @Nullable String note) {
        String text = clean(note);
        if (text.isEmpty()) {
            throw InvalidInputException.of("note", "documents.incoming.note.required");
        }
        if (text.length() > MAX_NOTE) {
            throw InvalidInputException.of("note", "documents.field.tooLong", MAX_NOTE);
        }
        IncomingDocument progressed = lock(council, id).progress(text);
        repository.updateHandling(progressed);
        events.publishEvent(audit(progressed, "progressed").with("note", text));
        return progressed;
    }

    /** Closes the document, perhaps naming the number/symbol of the reply. */
    @Transactional
    public IncomingDocument complete(CouncilId council, IncomingDocumentId id, @Nullable String replyNumberSymbol) {
        String reply = clean(replyNumberSymbol);
        if (reply.length() > MAX_SYMBOL) {
            throw InvalidInputException.of("replyNumberSymbol", "documents.field.tooLong", MAX_SYMBOL);
        }
        IncomingDocument completed = lock(council, id).complete(reply.isEmpty() ? null : reply, Instant.now());
        repository.updateHandling(completed);
        events.publishEvent(audit(completed, "completed").with("replyNumberSymbol", reply));
        return completed;
    }

    @Transactional(readOnly = true)
    public IncomingDocument require(CouncilId council, IncomingDocumentId id) {
        return repository.find(council, id).orElseThrow(() -> new NotFoundException("documents.incoming.notFound", id));
    }

    /** The stored PDF as registered. */
    @Transactional(readOnly = true)
    public byte[] pdf(CouncilId council, IncomingDocumentId id) {
        IncomingDocument document = require(council, id);
        try (InputStream in = files.open(council, document.file().id())) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A page of the list, newest first. */
    @Transactional(readOnly = true)
    public Page<IncomingDocument> list(CouncilId council, Filter filter, Page.Request request) {
        int size = request.sizeOr(50);
        int page = request.pageOrDefault();
        IncomingRepository.Filter query = query(filter);
        return new Page<>(
                repository.list(council, query, page * size, size), page, size, repository.count(council, query));
    }

    /** Every document matching the filter, in register order (year, arrival number). */
    @Transactional(readOnly = true)
    public List<IncomingDocument> register(CouncilId council, Filter filter) {
        return repository.register(council, query(filter));
    }

    @Transactional(readOnly = true)
    public List<Integer> years(CouncilId council) {
        return repository.years(council);
    }

    /**
     * What to list; nulls and {@code false} mean "any".
     *
     * @param overdue deadline passed and not done
     * @param dueSoon deadline within {@link #DUE_SOON_WORKING_DAYS} working days and not done
     */
    public record Filter(
            @Nullable Integer year,
            @Nullable IncomingStatus status,
            boolean overdue,
            boolean dueSoon,
            @Nullable String q) {

        public static Filter ofYear(@Nullable Integer year, @Nullable IncomingStatus status) {
            return new Filter(year, status, false, false, null);
        }
    }

    private static IncomingRepository.Filter query(Filter filter) {
        LocalDate today = today();
        return new IncomingRepository.Filter(
                filter.year(),
                filter.status(),
                filter.overdue(),
                filter.dueSoon() ? WorkingDays.plus(today, DUE_SOON_WORKING_DAYS) : null,
                filter.q(),
                today);
    }

    private IncomingDocument lock(CouncilId council, IncomingDocumentId id) {
        return repository
                .findForUpdate(council, id)
                .orElseThrow(() -> new NotFoundException("documents.incoming.notFound", id));
    }

    private static AuditEvent audit(IncomingDocument document, String verb) {
        return AuditEvent.of(document.council(), "documents.incoming." + verb, "incoming", document.id())
                .with("status", document.status());
    }

    private static String actor() {
        return CurrentUser.get()
                .map(u -> u.fullName() + " (" + u.username() + ")")
                .orElse("hệ thống");
    }

    private static void requireText(InvalidInputException.Collector problems, String field, String value, int max) {
        if (value.isEmpty()) {
            problems.add(field, "documents.incoming." + field + ".required");
        } else if (value.length() > max) {
            problems.add(field, "documents.field.tooLong", max);
        }
    }

    private static String clean(@Nullable String value) {
        return value == null ? "" : VnText.normalize(value);
    }
}
