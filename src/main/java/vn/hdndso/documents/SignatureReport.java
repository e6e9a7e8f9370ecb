package vn.hdndso.documents;

import java.util.List;

/**
 * The signatures of one PDF, in the order they appear; empty when the PDF is not signed.
 *
 * @param sha256 the SHA-256 of the validated file, lower-case hex
 * @param signatures one finding per signature
 */
public record SignatureReport(String sha256, List<SignatureFinding> signatures) {

    public SignatureReport {
        signatures = List.copyOf(signatures);
    }

    public boolean isSigned() {
        return !signatures.isEmpty();
    }

    /** Signed, and every signature is valid. */
    public boolean allValid() {
        return isSigned() && signatures.stream().allMatch(SignatureFinding::isValid);
    }
}
