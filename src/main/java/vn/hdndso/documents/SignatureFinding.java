package vn.hdndso.documents;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the validation found about one signature of a PDF. Fail closed: anything that could not be
 * established is {@code UNKNOWN} or {@code INDETERMINATE} with a reason, never {@code VALID}.
 *
 * @param signerName the common name (CN) of the signing certificate, or what the PDF claims
 * @param signedAt the signing time the signature claims (not proven without a time stamp)
 * @param integrity whether the signed bytes are exactly those that were signed
 * @param certificateChain whether the signing certificate chains to the configured trust store and
 *     was valid at the signing time
 * @param revocation whether the signing certificate was revoked, as far as could be checked
 * @param status the overall result
 * @param coversWholeDocument whether the signature covers the whole file (no bytes appended after
 *     signing, e.g. incremental updates or later signatures)
 * @param issuerName the common name of the certificate's issuer
 * @param fieldName the PDF signature field
 * @param reasons why, one line each
 */
public record SignatureFinding(
        String signerName,
        @Nullable Instant signedAt,
        Integrity integrity,
        CertificateChain certificateChain,
        Revocation revocation,
        Status status,
        boolean coversWholeDocument,
        @Nullable String issuerName,
        @Nullable String fieldName,
        List<SignatureReason> reasons) {

    public SignatureFinding {
        reasons = List.copyOf(reasons);
    }

    public boolean isValid() {
        return status == Status.VALID;
    }

    /** The signed bytes: unchanged ({@code VALID}) or not, or not verifiable ({@code INVALID}). */
    public enum Integrity {
        VALID,
        INVALID
    }

    /** The signing certificate's chain against the trust store, at the signing time. */
    public enum CertificateChain {
        TRUSTED,
        UNTRUSTED,
        UNKNOWN
    }

    /** The signing certificate's revocation status. */
    public enum Revocation {
        GOOD,
        REVOKED,
        UNKNOWN
    }

    /**
     * Overall: {@code VALID} only if integrity is valid, the chain trusted and the certificate not
     * revoked (and known not to be, unless the installation accepts unchecked revocation);
     * {@code INVALID} if the bytes were changed or the certificate revoked; otherwise {@code
     * INDETERMINATE}.
     */
    public enum Status {
        VALID,
        INDETERMINATE,
        INVALID
    }
}
