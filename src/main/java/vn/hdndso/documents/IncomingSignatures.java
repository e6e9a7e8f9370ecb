package vn.hdndso.documents;

import java.util.List;

/**
 * What the validation of an incoming PDF's signatures found at registration.
 *
 * @param count the number of signatures
 * @param status {@code UNSIGNED}, or the worst of the signatures' results
 * @param signerNames the signers, in the order the signatures appear
 */
public record IncomingSignatures(int count, Status status, List<String> signerNames) {

    public IncomingSignatures {
        signerNames = List.copyOf(signerNames);
    }

    public enum Status {
        UNSIGNED,
        VALID,
        INDETERMINATE,
        INVALID
    }

    public static IncomingSignatures of(SignatureReport report) {
        List<SignatureFinding> found = report.signatures();
        Status status;
        if (found.isEmpty()) {
            status = Status.UNSIGNED;
        } else if (found.stream().anyMatch(f -> f.status() == SignatureFinding.Status.INVALID)) {
            status = Status.INVALID;
        } else if (found.stream().allMatch(SignatureFinding::isValid)) {
            status = Status.VALID;
        } else {
            status = Status.INDETERMINATE;
        }
        return new IncomingSignatures(
                found.size(),
                status,
                found.stream().map(SignatureFinding::signerName).toList());
    }
}
