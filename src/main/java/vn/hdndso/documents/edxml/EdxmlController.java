package vn.hdndso.documents.edxml;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.documents.DocumentId;
import vn.hdndso.documents.EdxmlMessage;
import vn.hdndso.documents.EdxmlPackages;
import vn.hdndso.documents.EdxmlSignatureCheck;
import vn.hdndso.documents.EdxmlStatusCode;
import vn.hdndso.documents.SignatureFinding;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.VnTime;

/** edXML for a council's staff: export an issued document, validate a received package, status. */
@RestController
class EdxmlController {

    private static final String STAFF = "@councilAccess.has('CLERK','COUNCIL_ADMIN')";
    private static final MediaType XML = new MediaType("application", "xml", java.nio.charset.StandardCharsets.UTF_8);

    /** A package of up to 60 MB (a 50 MB PDF grows by a third in base64). */
    static final int MAX_PACKAGE_BYTES = 60 * 1024 * 1024;

    private final Councils councils;
    private final EdxmlPackages packages;
    private final Clock clock;

    EdxmlController(Councils councils, EdxmlPackages packages, Clock clock) {
        this.councils = councils;
        this.packages = packages;
        this.clock = clock;
    }

    record Valid(
            boolean valid,
            EdxmlMessage.Header header,
            PackageSignature packageSignature,
            List<Attachment> attachments) {}

    /**
     * The package's XML signature: {@code integrity} of the package as received; the certificate
     * is not checked against a trust list, so {@code certificateChain} is always UNKNOWN.
     */
    record PackageSignature(
            boolean present,
            @Nullable String signerName,
            @Nullable String integrity,
            String certificateChain) {

        static PackageSignature of(EdxmlSignatureCheck check) {
            return new PackageSignature(
                    check.outcome() != EdxmlSignatureCheck.Outcome.ABSENT,
                    check.signerName(),
                    check.outcome() == EdxmlSignatureCheck.Outcome.ABSENT
                            ? null
                            : check.outcome().name(),
                    "UNKNOWN");
        }
    }

    record Attachment(
            String name,
            String contentType,
            int size,
            String sha256,
            @Nullable List<Signature> signatures) {}

    record Signature(
            String signerName,
            @Nullable Instant signedAt,
            SignatureFinding.Integrity integrity,
            SignatureFinding.CertificateChain certificateChain,
            SignatureFinding.Revocation revocation,
            SignatureFinding.Status status) {

        static Signature of(SignatureFinding f) {
            return new Signature(
                    f.signerName(), f.signedAt(), f.integrity(), f.certificateChain(), f.revocation(), f.status());
        }
    }

    @GetMapping("/api/v1/councils/{slug}/documents/{id}/edxml")
    @PreAuthorize(STAFF)
    ResponseEntity<byte[]> export(
            @PathVariable String slug,
            @PathVariable UUID id,
            @RequestParam(name = "to", required = false) @Nullable List<String> to) {
        Council council = councils.requireBySlug(slug);
        byte[] xml = packages.export(council.id(), new DocumentId(id), to == null ? List.of() : to);
        return xml(xml, "edxml-" + id + ".xml");
    }

    @PostMapping(
            path = "/api/v1/councils/{slug}/edxml/validate",
            consumes = {MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE})
    @PreAuthorize(STAFF)
    Valid validate(@PathVariable String slug, HttpServletRequest request) {
        councils.requireBySlug(slug);
        EdxmlPackages.Validation validation = packages.validate(body(request));
        return new Valid(
                true,
                validation.message().header(),
                PackageSignature.of(validation.packageSignature()),
                validation.attachments().stream()
                        .map(a -> new Attachment(
                                a.name(),
                                a.contentType(),
                                a.size(),
                                a.sha256(),
                                a.signatures() == null
                                        ? null
                                        : a.signatures().signatures().stream()
                                                .map(Signature::of)
                                                .toList()))
                        .toList());
    }

    @GetMapping("/api/v1/councils/{slug}/documents/{id}/edxml/status")
    @PreAuthorize(STAFF)
    ResponseEntity<byte[]> status(
            @PathVariable String slug,
            @PathVariable UUID id,
            @RequestParam(name = "code", required = false) @Nullable String code,
            @RequestParam(name = "description", required = false) @Nullable String description) {
        Council council = councils.requireBySlug(slug);
        EdxmlStatusCode statusCode =
                code == null ? null : EdxmlStatusCode.byCode(code).orElse(null);
        if (statusCode == null) {
            throw InvalidInputException.of(
                    "code", "edxml.status.code.unknown", code == null ? "" : code, EdxmlStatusCode.listing());
        }
        byte[] xml = packages.status(council.id(), new DocumentId(id), statusCode, description);
        return xml(xml, "edxml-status-" + statusCode.code() + "-" + id + "-" + VnTime.today(clock) + ".xml");
    }

    private static byte[] body(HttpServletRequest request) {
        if (request.getContentLengthLong() > MAX_PACKAGE_BYTES) {
            throw InvalidInputException.of("xml", "edxml.xml.tooLarge", MAX_PACKAGE_BYTES / (1024 * 1024));
        }
        try (InputStream in = request.getInputStream()) {
            byte[] bytes = in.readNBytes(MAX_PACKAGE_BYTES + 1);
            if (bytes.length > MAX_PACKAGE_BYTES) {
                throw InvalidInputException.of("xml", "edxml.xml.tooLarge", MAX_PACKAGE_BYTES / (1024 * 1024));
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ResponseEntity<byte[]> xml(byte[] content, String fileName) {
        return ResponseEntity.ok()
                .contentType(XML)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(content);
    }
}
