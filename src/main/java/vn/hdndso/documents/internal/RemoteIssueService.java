package vn.hdndso.documents.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.documents.DocumentId;
import vn.hdndso.documents.DocumentNumber;
import vn.hdndso.documents.OutgoingDocument;
import vn.hdndso.documents.RemoteIssues;
import vn.hdndso.documents.signatures.IssueMarks;
import vn.hdndso.documents.signatures.RemoteSigning;
import vn.hdndso.documents.signatures.RemoteSigningService.RemoteSignatureStatus;
import vn.hdndso.documents.signatures.SigningContext;
import vn.hdndso.identity.CurrentUser;
import vn.hdndso.shared.BusinessRuleException;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.Sha256;
import vn.hdndso.shared.VnTime;

/**
 * Issue with the competent signer's remote signature (docs/signing.md): {@link #start} reserves
 * the number, writes it with the date into the PDF, asks the provider and stores the request in
 * the same transaction; {@link #check} asks where it stands and, once signed, lets {@link
 * DocumentIssuing} add the council's signature and issue the document, exactly once (the document
 * row is locked and the request removed in the same transaction).
 */
@Service
class RemoteIssueService implements RemoteIssues {

    private static final Logger log = LoggerFactory.getLogger(RemoteIssueService.class);
    private static final Pattern SIGNER_ID = Pattern.compile("[\\p{L}\\p{N}._@+-]{1,64}");

    private final ObjectProvider<RemoteSigning> remote;
    private final Councils councils;
    private final DocumentRepository documents;
    private final RemoteSignatureRepository requests;
    private final DocumentIssuing issuing;
    private final DocumentFiles files;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration expiry;

    RemoteIssueService(
            ObjectProvider<RemoteSigning> remote,
            Councils councils,
            DocumentRepository documents,
            RemoteSignatureRepository requests,
            DocumentIssuing issuing,
            DocumentFiles files,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${hdnd.signing.remote.expiry:PT15M}") Duration expiry) {
        this.remote = remote;
        this.councils = councils;
        this.documents = documents;
        this.requests = requests;
        this.issuing = issuing;
        this.files = files;
        this.events = events;
        this.clock = clock;
        this.expiry = expiry;
    }

    @Override
    public boolean available() {
        return remote.getIfAvailable() != null;
    }

    @Override
    @Transactional
    public RemoteIssue start(CouncilId council, DocumentId id, String signerId) {
        String signer = signerId.strip();
        if (!SIGNER_ID.matcher(signer).matches()) {
            throw new InvalidInputException(java.util.List.of(new InvalidInputException.FieldProblem(
                    "signerId", "remotesigning.signerId.invalid", new Object[0])));
        }
        RemoteSigning signing = signing();
        OutgoingDocument document = documents.lock(council, id);
        Optional<RemoteSignatureRepository.Stored> earlier = requests.find(council, id);
        if (earlier.isPresent() && earlier.get().state() == State.PENDING) {
            throw new BusinessRuleException(
                    "remotesigning.pending", earlier.get().numberSymbol());
        }
        OutgoingDocument approved = document.approveForIssue(CurrentUser.describe(), Instant.now(clock));
        if (approved != document) {
            documents.updateState(approved);
            events.publishEvent(OutgoingAudit.of(approved, "approved").with("withIssue", true));
        }
        approved.requireIssuable();
        LocalDate date = VnTime.today(clock);
        int number = earlier.filter(e -> e.issueYear() == date.getYear())
                .map(RemoteSignatureRepository.Stored::number)
                .orElseGet(() -> issuing.reserveNumber(approved, date));
        DocumentNumber numberSymbol = issuing.numberOf(approved, number, date.getYear());
        Council owner = councils.require(council);
        // stored as timestamptz (microseconds): the second step must sign the very same time
        Instant now = Instant.now(clock).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        SigningContext context = issuing.contextFor(owner, numberSymbol, date, now);
        byte[] original = files.read(council, approved.original().sha256());
        byte[] prepared = IssueMarks.write(original, numberSymbol.format(), String.valueOf(context.placeAndDate()))
                .pdf();
        RemoteSigning.Pending pending;
        try {
            pending = signing.start(prepared, signer, "Ký văn bản " + numberSymbol.format(), context);
        } catch (RuntimeException e) {
            log.warn("Remote signing of {} could not be asked for", numberSymbol.format(), e);
            throw new BusinessRuleException("remotesigning.provider.unavailable");
        }
        var stored = new RemoteSignatureRepository.Stored(
                id,
                council,
                State.PENDING,
                number,
                numberSymbol.format(),
                date.getYear(),
                date,
                signer,
                pending.signerName(),
                pending.transactionId(),
                pending.chain(),
                prepared,
                Sha256.hex(prepared),
                now,
                now,
                now.plus(expiry),
                null);
        requests.save(stored);
        events.publishEvent(OutgoingAudit.of(approved, "remoteSigningRequested")
                .with("numberSymbol", numberSymbol.format())
                .with("signerId", signer)
                .with("transactionId", pending.transactionId())
                .with("preparedSha256", stored.preparedSha256()));
        return stored.view();
    }

    @Override
    @Transactional
    public RemoteIssue check(CouncilId council, DocumentId id) {
        OutgoingDocument document = documents.lock(council, id);
        RemoteSignatureRepository.Stored stored =
                requests.find(council, id).orElseThrow(() -> new BusinessRuleException("remotesigning.none"));
        return poll(document, stored, false);
    }

    /**
     * {@link #check} for {@link RemoteSignatureWatch}, in its transaction: a provider that cannot
     * be asked leaves the request waiting, without an exception.
     */
    void checkQuietly(CouncilId council, DocumentId id) {
        OutgoingDocument document = documents.lock(council, id);
        Optional<RemoteSignatureRepository.Stored> stored = requests.find(council, id);
        if (stored.isPresent()) {
            poll(document, stored.get(), true);
        }
    }

    private RemoteIssue poll(OutgoingDocument document, RemoteSignatureRepository.Stored stored, boolean quiet) {
        if (stored.state() != State.PENDING) {
            return stored.view();
        }
        RemoteSigning.Outcome outcome;
        try {
            outcome = signing().finish(stored.preparedPdf(), pendingOf(stored));
        } catch (RuntimeException e) {
            log.warn("Remote signing of {}: the provider could not be asked", stored.numberSymbol(), e);
            if (Instant.now(clock).isAfter(stored.expiresAt())) {
                return close(document, stored, State.EXPIRED, "Người ký không xác nhận trong thời hạn.");
            }
            if (quiet) {
                return stored.view();
            }
            throw new BusinessRuleException("remotesigning.provider.unavailable");
        }
        return switch (outcome.status()) {
            case RemoteSignatureStatus.Signed signed ->
                issue(document, stored, outcome.signedPdf().orElseThrow());
            case RemoteSignatureStatus.Refused refused ->
                close(document, stored, State.REFUSED, "Người ký từ chối: " + refused.reason());
            case RemoteSignatureStatus.Expired expired ->
                close(document, stored, State.EXPIRED, "Người ký không xác nhận trong thời hạn.");
            case RemoteSignatureStatus.Pending still ->
                Instant.now(clock).isAfter(stored.expiresAt())
                        ? close(document, stored, State.EXPIRED, "Người ký không xác nhận trong thời hạn.")
                        : stored.view();
        };
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<RemoteIssue> of(CouncilId council, DocumentId id) {
        return requests.find(council, id).map(RemoteSignatureRepository.Stored::view);
    }

    private RemoteIssue issue(OutgoingDocument document, RemoteSignatureRepository.Stored stored, byte[] signed) {
        DocumentNumber number = issuing.numberOf(document, stored.number(), stored.issueYear());
        issuing.issueSignedByPerson(document, number, stored.issueDate(), signed);
        requests.delete(stored.council(), stored.document());
        return new RemoteIssue(
                stored.document(),
                State.SIGNED,
                stored.numberSymbol(),
                stored.issueDate(),
                stored.signerId(),
                stored.signerName(),
                stored.requestedAt(),
                stored.expiresAt(),
                null);
    }

    private RemoteIssue close(
            OutgoingDocument document, RemoteSignatureRepository.Stored stored, State state, String reason) {
        requests.close(stored.council(), stored.document(), state, reason);
        events.publishEvent(
                OutgoingAudit.of(document, "remoteSigning" + (state == State.REFUSED ? "Refused" : "Expired"))
                        .with("numberSymbol", stored.numberSymbol())
                        .with("signerId", stored.signerId())
                        .with("reason", reason));
        return new RemoteIssue(
                stored.document(),
                state,
                stored.numberSymbol(),
                stored.issueDate(),
                stored.signerId(),
                stored.signerName(),
                stored.requestedAt(),
                stored.expiresAt(),
                reason);
    }

    private RemoteSigning.Pending pendingOf(RemoteSignatureRepository.Stored stored) {
        OutgoingDocument document = documents.lock(stored.council(), stored.document());
        SigningContext context = issuing.contextFor(
                councils.require(stored.council()),
                issuing.numberOf(document, stored.number(), stored.issueYear()),
                stored.issueDate(),
                stored.signingTime());
        return new RemoteSigning.Pending(
                stored.transactionId(), stored.signerId(), stored.signerName(), stored.chain(), context);
    }

    private RemoteSigning signing() {
        RemoteSigning signing = remote.getIfAvailable();
        if (signing == null) {
            throw new BusinessRuleException("remotesigning.notConfigured");
        }
        return signing;
    }
}
