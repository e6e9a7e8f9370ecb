package vn.hdndso.documents.internal;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.hdndso.documents.DocumentReceived;
import vn.hdndso.documents.DocumentType;
import vn.hdndso.documents.IncomingDocument;
import vn.hdndso.documents.IncomingDocumentId;
import vn.hdndso.documents.IncomingSignatures;
import vn.hdndso.documents.IncomingStatus;
import vn.hdndso.documents.NewIncomingDocument;
import vn.hdndso.documents.SignatureReport;
import vn.hdndso.documents.SignatureValidation;
import vn.hdndso.documents.Urgency;
import vn.hdndso.files.ConvertedDocument;
import vn.hdndso.files.FileType;
import vn.hdndso.files.Files;
import vn.hdndso.files.OfficeConversion;
import vn.hdndso.files.StoredFile;
import vn.hdndso.identity.CurrentUser;
import vn.hdndso.shared.BusinessRuleException;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.VnTime;

/**
 * The registration of an incoming document (đăng ký văn bản đến): checks, duplicate alert,
 * signature validation, storage and the next arrival number, in the caller's transaction.
 */
@Component
class IncomingRegistration {

    private static final int MAX_SUBJECT = 1000;
    private static final int MAX_BODY = 300;
    private static final int MAX_SYMBOL = 80;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final IncomingRepository repository;
    private final ArrivalNumbering numbering;
    private final Files files;
    private final OfficeConversion conversion;
    private final SignatureValidation signatures;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    IncomingRegistration(
            IncomingRepository repository,
            ArrivalNumbering numbering,
            Files files,
            OfficeConversion conversion,
            SignatureValidation signatures,
            ApplicationEventPublisher events,
            Clock clock) {
        this.repository = repository;
        this.numbering = numbering;
        this.files = files;
        this.conversion = conversion;
        this.signatures = signatures;
        this.events = events;
        this.clock = clock;
    }

    IncomingDocument register(
            CouncilId council, NewIncomingDocument incoming, String fileName, byte[] received, boolean demo) {
        var problems = new InvalidInputException.Collector();
        LocalDate today = VnTime.today(clock);
        LocalDate receivedOn = incoming.receivedOn() == null ? today : incoming.receivedOn();
        if (receivedOn.isAfter(today)) {
            problems.add("receivedOn", "documents.incoming.receivedOn.future");
        }
        String issuingBody = FieldText.clean(incoming.issuingBody());
        FieldText.requireText(problems, "documents.incoming", "issuingBody", issuingBody, MAX_BODY);
        String numberSymbol = FieldText.clean(incoming.numberSymbol());
        FieldText.requireText(problems, "documents.incoming", "numberSymbol", numberSymbol, MAX_SYMBOL);
        LocalDate documentDate = incoming.documentDate();
        if (documentDate == null) {
            problems.add("documentDate", "documents.incoming.documentDate.required");
        } else if (documentDate.isAfter(receivedOn)) {
            problems.add("documentDate", "documents.incoming.documentDate.afterReceived");
        }
        String typeCode = FieldText.clean(incoming.typeCode());
        Optional<DocumentType> type = DocumentType.byCode(typeCode);
        if (typeCode.isEmpty()) {
            problems.add("typeCode", "documents.typeCode.required");
        } else if (type.isEmpty()) {
            problems.add("typeCode", "documents.typeCode.unknown", typeCode);
        }
        String subject = FieldText.clean(incoming.subject());
        FieldText.requireText(problems, "documents.incoming", "subject", subject, MAX_SUBJECT);
        SignatureReport report = null;
        ConvertedDocument converted = null;
        byte[] pdf = received;
        try {
            converted = received.length == 0
                    ? null
                    : conversion.toPdf(fileName, received).orElse(null);
            pdf = converted == null ? received : converted.pdf();
            report = signatures.validate(pdf);
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> problems.add(p.field(), p.messageKey(), p.arguments()));
        }
        problems.throwIfAny();
        Objects.requireNonNull(documentDate);
        Objects.requireNonNull(report);

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
                    first.receivedOn().format(DAY));
        }

        StoredFile stored = files.store(
                council,
                converted == null ? fileName : ConvertedDocument.pdfName(fileName),
                new ByteArrayInputStream(pdf),
                EnumSet.of(FileType.PDF));
        int year = receivedOn.getYear();
        int number = numbering.next(council, year);
        Integer pageCount = stored.pageCount();
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
                        stored.id(), stored.sha256(), stored.originalName(), pageCount == null ? 1 : pageCount),
                IncomingSignatures.of(report),
                earlier.map(IncomingDocument::id).orElse(null),
                demo,
                CurrentUser.describe(),
                Instant.now(clock));
        repository.insert(document);
        if (converted != null) {
            StoredFile source = files.store(
                    council, fileName, new ByteArrayInputStream(received), EnumSet.of(converted.sourceType()));
            repository.attachSource(council, document.id(), source.id());
        }
        events.publishEvent(new DocumentReceived(
                council, document.id(), year, number, receivedOn, issuingBody, numberSymbol, subject));
        IncomingDocumentId duplicateOf = document.duplicateOf();
        events.publishEvent(IncomingAudit.of(document, "registered")
                .with("arrivalNumber", number)
                .with("arrivalYear", year)
                .with("numberSymbol", numberSymbol)
                .with("issuingBody", issuingBody)
                .with("subject", subject)
                .with("sha256", stored.sha256())
                .with("signatures", document.signatures().count())
                .with("signatureStatus", document.signatures().status())
                .with("duplicateOf", duplicateOf == null ? "" : duplicateOf));
        return document;
    }
}
