package vn.hdndso.documents.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.documents.DocumentId;
import vn.hdndso.documents.RemoteIssues;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.NotFoundException;
import vn.hdndso.shared.VnTime;

/**
 * Issue with the competent signer's remote signature (docs/signing.md): ask the signer (202, the
 * document waits for the signature), ask the provider again, see where it stands.
 */
@RestController
@RequestMapping("/api/v1/councils/{slug}/documents/{id}/issue/remote")
class RemoteIssueApiController {

    private static final String SIGNER = "@councilAccess.has('COUNCIL_ADMIN')";
    private static final String STAFF = "@councilAccess.has('CLERK','COUNCIL_ADMIN')";

    private final Councils councils;
    private final RemoteIssues remoteIssues;

    RemoteIssueApiController(Councils councils, RemoteIssues remoteIssues) {
        this.councils = councils;
        this.remoteIssues = remoteIssues;
    }

    /** @param signerId the signer's account at the remote signing service */
    record RemoteIssueRequest(@Nullable String signerId) {}

    /**
     * A remote signature of a document: {@code PENDING} ("Chờ ký số từ xa"), {@code SIGNED} (the
     * document is issued), {@code REFUSED} or {@code EXPIRED} (still approved; {@code reason} says why).
     */
    record RemoteIssueView(
            String documentId,
            RemoteIssues.State state,
            String stateLabel,
            String numberSymbol,
            LocalDate issueDate,
            String signerId,
            String signerName,
            OffsetDateTime requestedAt,
            OffsetDateTime expiresAt,
            @Nullable String reason) {

        static RemoteIssueView of(RemoteIssues.RemoteIssue r) {
            return new RemoteIssueView(
                    r.document().toString(),
                    r.state(),
                    label(r.state()),
                    r.numberSymbol(),
                    r.issueDate(),
                    r.signerId(),
                    r.signerName(),
                    OffsetDateTime.ofInstant(r.requestedAt(), VnTime.ZONE),
                    OffsetDateTime.ofInstant(r.expiresAt(), VnTime.ZONE),
                    r.reason());
        }

        private static String label(RemoteIssues.State state) {
            return switch (state) {
                case PENDING -> "Chờ ký số từ xa";
                case SIGNED -> "Đã ký số, đã ban hành";
                case REFUSED -> "Người ký từ chối";
                case EXPIRED -> "Hết hạn chờ ký";
            };
        }
    }

    /**
     * Approves (if needed), reserves the number, writes number and date into the PDF and asks the
     * signer to confirm on their phone: 202 with the waiting signature.
     */
    @PostMapping
    @PreAuthorize(SIGNER)
    ResponseEntity<RemoteIssueView> start(
            @PathVariable String slug,
            @PathVariable UUID id,
            @RequestBody(required = false) @Nullable RemoteIssueRequest body) {
        Council council = councils.requireBySlug(slug);
        String signerId = body == null ? null : body.signerId();
        if (signerId == null || signerId.isBlank()) {
            throw new InvalidInputException(List.of(new InvalidInputException.FieldProblem(
                    "signerId", "remotesigning.signerId.required", new Object[0])));
        }
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .body(RemoteIssueView.of(remoteIssues.start(council.id(), new DocumentId(id), signerId)));
    }

    /** Asks the provider now; the document is issued when the signature has come back. */
    @PostMapping("/check")
    @PreAuthorize(SIGNER)
    RemoteIssueView check(@PathVariable String slug, @PathVariable UUID id) {
        Council council = councils.requireBySlug(slug);
        return RemoteIssueView.of(remoteIssues.check(council.id(), new DocumentId(id)));
    }

    /** Where the remote signature of the document stands; 404 when none is asked for. */
    @GetMapping
    @PreAuthorize(STAFF)
    RemoteIssueView state(@PathVariable String slug, @PathVariable UUID id) {
        Council council = councils.requireBySlug(slug);
        return remoteIssues
                .of(council.id(), new DocumentId(id))
                .map(RemoteIssueView::of)
                .orElseThrow(() -> new NotFoundException("remotesigning.none", id));
    }
}
