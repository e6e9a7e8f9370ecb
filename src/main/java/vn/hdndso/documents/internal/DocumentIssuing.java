package vn.hdndso.documents.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.documents.DocumentId;
import vn.hdndso.documents.DocumentIssued;
import vn.hdndso.documents.DocumentNumber;
import vn.hdndso.documents.DocumentType;
import vn.hdndso.documents.NewOutgoingDocument;
import vn.hdndso.documents.OutgoingDocument;
import vn.hdndso.documents.PlaceAndDate;
import vn.hdndso.documents.signatures.CouncilKeys;
import vn.hdndso.documents.signatures.DocumentsProperties;
import vn.hdndso.documents.signatures.SigningContext;
import vn.hdndso.identity.CurrentUser;
import vn.hdndso.shared.BusinessRuleException;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.PublicContentChanged;
import vn.hdndso.shared.VnTime;

/**
 * The way of a draft to an issued document: submission for review, approval by the competent
 * signer, and the issue itself (the next number of the series, the date, the PAdES signature with
 * the council's key — after the competent signer's token when one is configured — with the number
 * and date written into the PDF, and the register entry, in the caller's transaction). The model refuses the
 * steps its state does not allow; an issued document is public content.
 */
@Component
class DocumentIssuing {

    private final Councils councils;
    private final DocumentRepository repository;
    private final DocumentNumbering numbering;
    private final DocumentFiles files;
    private final DocumentDrafting drafting;
    private final CouncilKeys keys;
    private final IssueSignatures signatures;
    private final RemoteSignatureRepository remoteSignatures;
    private final DocumentsProperties settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DocumentIssuing(
            Councils councils,
            DocumentRepository repository,
            DocumentNumbering numbering,
            DocumentFiles files,
            DocumentDrafting drafting,
            CouncilKeys keys,
            IssueSignatures signatures,
            RemoteSignatureRepository remoteSignatures,
            DocumentsProperties settings,
            ApplicationEventPublisher events,
            Clock clock) {
        this.councils = councils;
        this.repository = repository;
        this.numbering = numbering;
        this.files = files;
        this.drafting = drafting;
        this.keys = keys;
        this.signatures = signatures;
        this.remoteSignatures = remoteSignatures;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    OutgoingDocument submitForReview(CouncilId council, DocumentId id) {
        OutgoingDocument submitted = repository.lock(council, id).submitForReview(CurrentUser.describe());
        repository.updateState(submitted);
        events.publishEvent(OutgoingAudit.of(submitted, "submitted"));
        return submitted;
    }

    OutgoingDocument approve(CouncilId council, DocumentId id) {
        OutgoingDocument approved = repository.lock(council, id).approve(CurrentUser.describe(), Instant.now(clock));
        repository.updateState(approved);
        events.publishEvent(OutgoingAudit.of(approved, "approved"));
        return approved;
    }

    OutgoingDocument issue(CouncilId council, DocumentId id) {
        return issue(repository.lock(council, id));
    }

    OutgoingDocument approveAndIssue(CouncilId council, DocumentId id) {
        OutgoingDocument document = repository.lock(council, id);
        OutgoingDocument approved = document.approveForIssue(CurrentUser.describe(), Instant.now(clock));
        if (approved != document) {
            repository.updateState(approved);
            events.publishEvent(OutgoingAudit.of(approved, "approved").with("withIssue", true));
        }
        return issue(approved);
    }

    Optional<OutgoingDocument> registerHistoric(
            CouncilId council,
            NewOutgoingDocument metadata,
            Supplier<byte[]> pdf,
            int number,
            LocalDate issueDate,
            boolean demo) {
        DocumentType.byCode(metadata.typeCode()).orElseThrow();
        String issuer = FieldText.clean(metadata.issuerSymbol());
        String series = OutgoingDocument.seriesOf(metadata.normative());
        int year = issueDate.getYear();
        if (repository.registered(council, issuer, year, series, number)) {
            return Optional.empty();
        }
        OutgoingDocument draft = drafting.createDraft(council, metadata, "van-ban.pdf", pdf.get());
        if (demo) {
            repository.markDemo(council, draft.id());
            draft = repository.lock(council, draft.id());
        }
        OutgoingDocument approved = draft.approveForIssue(CurrentUser.describe(), Instant.now(clock));
        numbering.continueAfter(council, issuer, year, series, number);
        return Optional.of(
                sign(approved, approved.numberFor(number, year, settings.yearInNormativeNumbers()), issueDate));
    }

    private OutgoingDocument issue(OutgoingDocument document) {
        document.requireIssuable();
        if (remoteSignatures.pending(document.council(), document.id())) {
            throw new BusinessRuleException("remotesigning.pending.issue");
        }
        LocalDate date = VnTime.today(clock);
        int number = numbering.next(document.council(), document.issuerSymbol(), date.getYear(), document.series());
        return sign(document, document.numberFor(number, date.getYear(), settings.yearInNormativeNumbers()), date);
    }

    private OutgoingDocument sign(OutgoingDocument document, DocumentNumber number, LocalDate issueDate) {
        Council council = councils.require(document.council());
        CouncilKeys.CouncilKey key = keys.of(council);
        Instant signedAt = Instant.now(clock);
        byte[] original = files.read(document.council(), document.original().sha256());
        SigningContext context = contextFor(council, number, issueDate, signedAt);
        byte[] signed = signatures.sign(council, original, key, context);
        return record(document, number, issueDate, signedAt, signed, key);
    }

    /** What the signatures of the issue say: the number, the place and date, the reason. */
    SigningContext contextFor(Council council, DocumentNumber number, LocalDate issueDate, Instant signedAt) {
        String place = PlaceAndDate.placeOf(council.name());
        return new SigningContext(
                number.format(),
                new PlaceAndDate(place, issueDate).format(),
                "Ban hành văn bản " + number.format(),
                place,
                signedAt);
    }

    /**
     * Completes a remote signature ({@link RemoteIssueService}): the council's key signs the PDF the
     * person has signed, and the document is issued under its reserved number and date.
     */
    OutgoingDocument issueSignedByPerson(
            OutgoingDocument document, DocumentNumber number, LocalDate issueDate, byte[] signedByPerson) {
        Council council = councils.require(document.council());
        CouncilKeys.CouncilKey key = keys.of(council);
        Instant signedAt = Instant.now(clock);
        byte[] signed = signatures.signAsCouncil(signedByPerson, key, contextFor(council, number, issueDate, signedAt));
        return record(document, number, issueDate, signedAt, signed, key);
    }

    /** The next number of the document's series in the year of the date. */
    int reserveNumber(OutgoingDocument document, LocalDate date) {
        return numbering.next(document.council(), document.issuerSymbol(), date.getYear(), document.series());
    }

    DocumentNumber numberOf(OutgoingDocument document, int number, int year) {
        return document.numberFor(number, year, settings.yearInNormativeNumbers());
    }

    private OutgoingDocument record(
            OutgoingDocument document,
            DocumentNumber number,
            LocalDate issueDate,
            Instant signedAt,
            byte[] signed,
            CouncilKeys.CouncilKey key) {
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
        events.publishEvent(OutgoingAudit.of(issued, "issued")
                .with("numberSymbol", number.format())
                .with("issueDate", issueDate)
                .with("signedSha256", stored.sha256())
                .with("certificate", key.signerName()));
        events.publishEvent(new PublicContentChanged(issued.council(), PublicContentChanged.DOCUMENTS));
        return issued;
    }
}
