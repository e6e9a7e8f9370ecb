package vn.hdndso.documents.web;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.hdndso.documents.SignatureFinding;
import vn.hdndso.documents.SignatureReport;
import vn.hdndso.shared.VnTime;
import vn.hdndso.shared.web.Problems;

/**
 * The answer of {@code POST /api/v1/signatures/validate} and the model of the public page: the
 * findings with their reasons translated.
 */
record SignatureReportView(
        String fileName,
        String sha256,
        List<Signature> signatures,
        @Nullable String message) {

    /** One signature, with the names of the API contract. */
    record Signature(
            String signerName,
            @Nullable Instant signedAt,
            String integrity,
            String certificateChain,
            String revocation,
            String status,
            boolean coversWholeDocument,
            @Nullable String issuerName,
            @Nullable String fieldName,
            List<String> reasons,
            List<String> reasonCodes) {

        private static final java.time.format.DateTimeFormatter SHOWN = java.time.format.DateTimeFormatter.ofPattern(
                        "HH:mm:ss dd/MM/yyyy")
                .withZone(VnTime.ZONE);

        /** The signing time in Vietnam time, for the page. */
        @Nullable
        String signedAtShown() {
            return signedAt == null ? null : SHOWN.format(signedAt);
        }
    }

    static SignatureReportView of(String fileName, SignatureReport report, Problems messages) {
        List<Signature> signatures =
                report.signatures().stream().map(f -> signature(f, messages)).toList();
        String message = report.isSigned() ? null : messages.message("signatures.result.none");
        return new SignatureReportView(fileName, report.sha256(), signatures, message);
    }

    private static Signature signature(SignatureFinding f, Problems messages) {
        return new Signature(
                f.signerName(),
                f.signedAt(),
                f.integrity().name(),
                f.certificateChain().name(),
                f.revocation().name(),
                f.status().name(),
                f.coversWholeDocument(),
                f.issuerName(),
                f.fieldName(),
                f.reasons().stream()
                        .map(r -> messages.message(r.code(), r.arguments().toArray()))
                        .toList(),
                f.reasons().stream().map(r -> r.code()).toList());
    }
}
