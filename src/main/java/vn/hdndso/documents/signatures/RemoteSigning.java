package vn.hdndso.documents.signatures;

import eu.europa.esig.dss.enumerations.SignatureAlgorithm;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.spi.DSSUtils;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;

/**
 * A PAdES signature made by a remote signing service, in two steps: {@link #start} prepares the
 * signature with the signer's certificates, sends the digest and returns the pending signature;
 * {@link #finish} asks where it stands and, once the signer has confirmed on their phone, embeds
 * the signature value into the PDF. The caller keeps the {@link Pending} (and the same PDF)
 * between the two steps.
 */
public final class RemoteSigning {

    private final PadesSigner signer;
    private final RemoteSigningService service;

    public RemoteSigning(PadesSigner signer, RemoteSigningService service) {
        this.signer = signer;
        this.service = service;
    }

    /**
     * A signature asked for and not yet answered.
     *
     * @param chain the signer's certificates as DER, the signing certificate first
     */
    public record Pending(
            String transactionId, String signerId, String signerName, List<byte[]> chain, SigningContext context) {
        public Pending {
            chain = List.copyOf(chain);
        }
    }

    /** The outcome of {@link #finish}: the signed PDF, or the status that is not (yet) a signature. */
    public record Outcome(RemoteSigningService.RemoteSignatureStatus status, Optional<byte[]> signedPdf) {}

    public Pending start(byte[] pdf, String signerId, String title, SigningContext context) {
        List<X509Certificate> certificates = service.certificates(signerId);
        List<CertificateToken> chain =
                certificates.stream().map(CertificateToken::new).toList();
        String name = commonName(certificates.getFirst());
        ToBeSigned toBeSigned = signer.prepare(pdf, chain, name, context);
        byte[] digest = DSSUtils.digest(PadesSigner.digestAlgorithm(), toBeSigned.getBytes());
        String transaction = service.request(new RemoteSigningService.RemoteSignatureRequest(
                signerId, title, PadesSigner.digestAlgorithm().getJavaName(), digest));
        return new Pending(
                transaction,
                signerId,
                name,
                chain.stream().map(CertificateToken::getEncoded).toList(),
                context);
    }

    public Outcome finish(byte[] pdf, Pending pending) {
        var status = service.status(pending.transactionId());
        if (!(status instanceof RemoteSigningService.RemoteSignatureStatus.Signed signed)) {
            return new Outcome(status, Optional.empty());
        }
        List<CertificateToken> chain =
                pending.chain().stream().map(DSSUtils::loadCertificate).toList();
        var value = new SignatureValue(SignatureAlgorithm.valueOf(signed.algorithm()), signed.value());
        byte[] result = signer.complete(pdf, chain, pending.signerName(), pending.context(), value);
        return new Outcome(status, Optional.of(result));
    }

    private static String commonName(X509Certificate certificate) {
        var cn = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded())
                .getRDNs(BCStyle.CN);
        return cn.length == 0
                ? certificate.getSubjectX500Principal().getName()
                : cn[0].getFirst().getValue().toString();
    }
}
