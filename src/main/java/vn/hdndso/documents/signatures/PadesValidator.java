package vn.hdndso.documents.signatures;

import eu.europa.esig.dss.diagnostic.DiagnosticData;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.pades.validation.PDFDocumentValidator;
import eu.europa.esig.dss.pdf.pdfbox.PdfBoxNativeObjectFactory;
import eu.europa.esig.dss.service.crl.OnlineCRLSource;
import eu.europa.esig.dss.service.ocsp.OnlineOCSPSource;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.aia.DefaultAIASource;
import eu.europa.esig.dss.validation.reports.Reports;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.hdndso.documents.SignatureFinding;
import vn.hdndso.documents.SignatureReport;
import vn.hdndso.shared.Sha256;

/**
 * PAdES validation with EU DSS: reads every signature of a PDF and judges it with {@link
 * FindingRules}. The trust store is read again when the trust directory changes ({@link
 * TrustDirectory}), so adding a CA certificate needs no restart. Revocation data and issuer
 * certificates named in the uploaded certificates are fetched (when online revocation is on) only
 * from public http(s) addresses ({@link PublicAddressDataLoader}), without following redirects.
 */
@Component
public class PadesValidator {

    private static final int NETWORK_TIMEOUT_MS = 5_000;

    private final SignaturesProperties properties;
    private final TrustDirectory trust;

    public PadesValidator(SignaturesProperties properties) {
        this.properties = properties;
        this.trust = new TrustDirectory(properties.trustDir());
    }

    /** The PDF must already have been checked to be a readable, unencrypted PDF. */
    public SignatureReport validate(byte[] pdf) {
        PDFDocumentValidator validator = new PDFDocumentValidator(new InMemoryDocument(pdf));
        validator.setPdfObjFactory(new PdfBoxNativeObjectFactory());
        validator.setCertificateVerifier(verifier());
        Reports reports = validator.validateDocument();
        DiagnosticData diagnostic = reports.getDiagnosticData();
        SimpleReport simple = reports.getSimpleReport();
        var rules = new FindingRules(properties.onlineRevocation(), properties.acceptUncheckedRevocation(), pdf.length);
        List<SignatureFinding> findings = diagnostic.getSignatures().stream()
                .map(s -> rules.judge(
                        s,
                        simple.getIndication(s.getId()),
                        simple.getSubIndication(s.getId()),
                        simple.getAdESValidationErrors(s.getId()).stream()
                                .map(m -> m.getKey())
                                .toList()))
                .toList();
        return new SignatureReport(Sha256.hex(pdf), findings);
    }

    private CommonCertificateVerifier verifier() {
        var verifier = new CommonCertificateVerifier();
        verifier.setTrustedCertSources(trust.source());
        if (properties.onlineRevocation()) {
            // resolved once, checked and connected to exactly those addresses (no DNS rebinding)
            var commons = new PinnedCommonsDataLoader(vn.hdndso.shared.PinnedAddresses.publicOnly());
            commons.setTimeoutConnection(NETWORK_TIMEOUT_MS);
            commons.setTimeoutConnectionRequest(NETWORK_TIMEOUT_MS);
            commons.setTimeoutResponse(NETWORK_TIMEOUT_MS);
            commons.setRedirectsEnabled(false);
            var loader = new PublicAddressDataLoader(commons, false, java.net.InetAddress::getAllByName);
            verifier.setAIASource(new DefaultAIASource(loader));
            verifier.setOcspSource(new OnlineOCSPSource(loader));
            verifier.setCrlSource(new OnlineCRLSource(loader));
        } else {
            verifier.setAIASource(null);
            verifier.setOcspSource(null);
            verifier.setCrlSource(null);
        }
        return verifier;
    }
}
