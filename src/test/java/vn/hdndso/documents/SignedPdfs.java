package vn.hdndso.documents;

import eu.europa.esig.dss.diagnostic.SignatureWrapper;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.validation.SignedDocumentValidator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/** Independent checks of signed PDFs in tests: EU DSS directly, and poppler's pdfsig if installed. */
public final class SignedPdfs {

    public static final Path PDFSIG = Path.of("/usr/bin/pdfsig");

    private SignedPdfs() {}

    /** The signatures DSS finds, with their integrity as DSS computes it. */
    public static List<SignatureWrapper> signatures(byte[] pdf) {
        SignedDocumentValidator validator = SignedDocumentValidator.fromDocument(new InMemoryDocument(pdf));
        validator.setCertificateVerifier(new CommonCertificateVerifier());
        return validator.validateDocument().getDiagnosticData().getSignatures();
    }

    /** pdfsig's report (exit code and output), or null when pdfsig is not installed. */
    public static @Nullable String pdfsig(byte[] pdf) throws IOException, InterruptedException {
        if (!Files.isExecutable(PDFSIG)) {
            return null;
        }
        Path file = Files.createTempFile("signed", ".pdf");
        try {
            Files.write(file, pdf);
            Process process = new ProcessBuilder(PDFSIG.toString(), file.toString())
                    .redirectErrorStream(true)
                    .start();
            String output =
                    new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            process.waitFor(30, TimeUnit.SECONDS);
            return output;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /**
     * An offset inside the first signed byte range that lies in a content stream, so that changing
     * it alters the signed bytes without making the file unreadable.
     */
    public static int offsetInsideSignedRange(byte[] pdf) {
        String text = new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1);
        var m = java.util.regex.Pattern.compile("/ByteRange\\s*\\[\\s*(\\d+)\\s+(\\d+)")
                .matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("no /ByteRange");
        }
        int firstRangeEnd = Integer.parseInt(m.group(2));
        int stream = text.indexOf("stream\n");
        if (stream < 0 || stream + 30 >= firstRangeEnd) {
            throw new IllegalStateException("no content stream inside the signed range");
        }
        return stream + 20;
    }
}
