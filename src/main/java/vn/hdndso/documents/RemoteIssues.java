package vn.hdndso.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.hdndso.shared.CouncilId;

/**
 * Issue with the competent signer's remote signature ("ký số từ xa", docs/signing.md): the number
 * is reserved and written into the PDF, the signer is asked on their phone, and the document waits
 * ("Chờ ký số từ xa") until the provider answers; then the council's key signs and the document is
 * issued, or, refused or expired, it stays approved with the reason and keeps its reserved number.
 */
public interface RemoteIssues {

    /** Whether a remote signing service is configured ({@code hdnd.signing.remote.url}). */
    boolean available();

    /**
     * Approves (if needed), reserves the number, writes number and date into the PDF and asks the
     * signer; the document then waits for the signature.
     */
    RemoteIssue start(CouncilId council, DocumentId id, String signerId);

    /**
     * Asks the provider now; issues the document when the signature has come back, or records the
     * refusal or the expiry.
     */
    RemoteIssue check(CouncilId council, DocumentId id);

    /** The document's remote signing, if one was asked for and the document is not issued yet. */
    Optional<RemoteIssue> of(CouncilId council, DocumentId id);

    /** Where a remote signature of a document stands. */
    enum State {
        /** The signer has been asked and has not answered yet: "Chờ ký số từ xa". */
        PENDING,
        /** The signature came back; the document is issued. */
        SIGNED,
        /** The signer refused (or the provider failed the transaction); the document stays approved. */
        REFUSED,
        /** The signer did not answer in time; the document stays approved. */
        EXPIRED;

        public String messageKey() {
            return "remotesigning.state." + name();
        }
    }

    /**
     * A remote signature of a document.
     *
     * @param numberSymbol the number reserved for the document
     * @param issueDate the date written into the PDF
     * @param reason why it is not signed (refused, expired), in Vietnamese
     */
    record RemoteIssue(
            DocumentId document,
            State state,
            String numberSymbol,
            LocalDate issueDate,
            String signerId,
            String signerName,
            Instant requestedAt,
            Instant expiresAt,
            @Nullable String reason) {}
}
