package vn.hdndso.documents.signatures;

import eu.europa.esig.dss.diagnostic.CertificateRevocationWrapper;
import eu.europa.esig.dss.diagnostic.CertificateWrapper;
import eu.europa.esig.dss.diagnostic.PDFRevisionWrapper;
import eu.europa.esig.dss.diagnostic.SignatureWrapper;
import eu.europa.esig.dss.diagnostic.jaxb.XmlDigestMatcher;
import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SubIndication;
import java.math.BigInteger;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.hdndso.documents.SignatureFinding;
import vn.hdndso.documents.SignatureFinding.CertificateChain;
import vn.hdndso.documents.SignatureFinding.Integrity;
import vn.hdndso.documents.SignatureFinding.Revocation;
import vn.hdndso.documents.SignatureFinding.Status;
import vn.hdndso.documents.SignatureReason;
import vn.hdndso.shared.VnTime;

/**
 * Turns what DSS established about one signature into our finding. Fail closed throughout: a
 * check that could not run counts as not passed, and {@code VALID} needs every check passed plus
 * DSS's own verdict {@code TOTAL_PASSED} (the only allowance: with {@code
 * accept-unchecked-revocation}, DSS's indeterminate verdict for missing revocation data).
 */
final class FindingRules {

    private static final DateTimeFormatter SHOWN =
            DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(VnTime.ZONE);

    /**
     * DSS message keys meaning "no (acceptable) revocation data for the certificate", and the
     * summary key of the certificate's sub-process that carries them.
     */
    private static final java.util.Set<String> REVOCATION_ONLY_ERRORS =
            java.util.Set.of("BBB_XCV_SUB_ANS", "BBB_XCV_IRDPFC_ANS", "BBB_XCV_IARDPFC_ANS");

    private final boolean online;
    private final boolean acceptUncheckedRevocation;
    private final long fileLength;

    FindingRules(boolean online, boolean acceptUncheckedRevocation, long fileLength) {
        this.online = online;
        this.acceptUncheckedRevocation = acceptUncheckedRevocation;
        this.fileLength = fileLength;
    }

    SignatureFinding judge(
            SignatureWrapper signature,
            @Nullable Indication indication,
            @Nullable SubIndication subIndication,
            List<String> dssErrors) {
        List<SignatureReason> reasons = new ArrayList<>();
        CertificateWrapper certificate = signature.getSigningCertificate();
        Instant signedAt = instant(signature.getClaimedSigningTime());
        PDFRevisionWrapper revision = signature.getPDFRevision();

        Integrity integrity = integrity(signature, revision, reasons);
        CertificateChain chain = chain(signature, certificate, signedAt, reasons);
        Revocation revocation = revocation(certificate, chain, reasons);
        boolean whole = coversWholeDocument(revision, reasons);
        Status status = status(integrity, chain, revocation, indication, subIndication, dssErrors, reasons);

        return new SignatureFinding(
                signerName(signature, certificate, revision),
                signedAt,
                integrity,
                chain,
                revocation,
                status,
                whole,
                issuerName(signature, certificate),
                revision == null ? null : revision.getFirstFieldName(),
                reasons);
    }

    private static Integrity integrity(
            SignatureWrapper signature, @Nullable PDFRevisionWrapper revision, List<SignatureReason> reasons) {
        List<XmlDigestMatcher> matchers = signature.getDigestMatchers();
        boolean digestsMatch =
                !matchers.isEmpty() && matchers.stream().allMatch(m -> m.isDataFound() && m.isDataIntact());
        boolean byteRangeSound = revision != null && revision.isSignatureByteRangeValid();
        if (!byteRangeSound) {
            reasons.add(SignatureReason.of("signatures.reason.byteRange"));
        }
        if (!digestsMatch) {
            reasons.add(SignatureReason.of("signatures.reason.modified"));
        }
        if (signature.getSigningCertificate() == null) {
            reasons.add(SignatureReason.of("signatures.reason.noSigningCertificate"));
        } else if (digestsMatch && !signature.isSignatureIntact()) {
            reasons.add(SignatureReason.of("signatures.reason.signatureValue"));
        }
        boolean valid = digestsMatch && byteRangeSound && signature.isSignatureIntact();
        return valid ? Integrity.VALID : Integrity.INVALID;
    }

    private static CertificateChain chain(
            SignatureWrapper signature,
            @Nullable CertificateWrapper certificate,
            @Nullable Instant signedAt,
            List<SignatureReason> reasons) {
        if (certificate == null) {
            return CertificateChain.UNKNOWN;
        }
        CertificateChain result;
        if (signature.isTrustedChain()) {
            result = CertificateChain.TRUSTED;
        } else {
            List<CertificateWrapper> chain = signature.getCertificateChain();
            CertificateWrapper top = chain.isEmpty() ? certificate : chain.getLast();
            if (top.isSelfSigned()) {
                reasons.add(
                        chain.size() <= 1
                                ? SignatureReason.of("signatures.reason.selfSigned", name(certificate))
                                : SignatureReason.of("signatures.reason.untrustedRoot", name(top)));
                result = CertificateChain.UNTRUSTED;
            } else {
                reasons.add(SignatureReason.of("signatures.reason.incompleteChain", issuerOf(top)));
                result = CertificateChain.UNKNOWN;
            }
        }
        if (signedAt == null) {
            reasons.add(SignatureReason.of("signatures.reason.noSigningTime"));
            return result == CertificateChain.TRUSTED ? CertificateChain.UNKNOWN : result;
        }
        for (CertificateWrapper c : signature.getCertificateChain()) {
            Instant notBefore = instant(c.getNotBefore());
            Instant notAfter = instant(c.getNotAfter());
            if (notAfter != null && signedAt.isAfter(notAfter)) {
                reasons.add(SignatureReason.of("signatures.reason.expired", name(c), SHOWN.format(notAfter)));
                result = CertificateChain.UNTRUSTED;
            } else if (notBefore != null && signedAt.isBefore(notBefore)) {
                reasons.add(SignatureReason.of("signatures.reason.notYetValid", name(c), SHOWN.format(notBefore)));
                result = CertificateChain.UNTRUSTED;
            }
        }
        return result;
    }

    private Revocation revocation(
            @Nullable CertificateWrapper certificate, CertificateChain chain, List<SignatureReason> reasons) {
        if (certificate == null) {
            return Revocation.UNKNOWN;
        }
        List<CertificateRevocationWrapper> data = certificate.getCertificateRevocationData();
        if (data.stream().anyMatch(CertificateRevocationWrapper::isRevoked)) {
            reasons.add(SignatureReason.of("signatures.reason.revoked", name(certificate)));
            return Revocation.REVOKED;
        }
        if (data.stream().anyMatch(r -> r.getStatus() != null && r.getStatus().isGood())) {
            return Revocation.GOOD;
        }
        if (certificate.isTrusted()) {
            // the signing certificate is itself a trust anchor: nothing above it could revoke it
            return Revocation.GOOD;
        }
        if (chain == CertificateChain.TRUSTED) {
            reasons.add(SignatureReason.of(
                    online ? "signatures.reason.revocationUnavailable" : "signatures.reason.revocationOffline"));
        }
        return Revocation.UNKNOWN;
    }

    private boolean coversWholeDocument(@Nullable PDFRevisionWrapper revision, List<SignatureReason> reasons) {
        if (revision == null) {
            return false;
        }
        List<BigInteger> range = revision.getSignatureByteRange();
        boolean whole = range != null
                && range.size() == 4
                && range.get(2).add(range.get(3)).longValue() == fileLength;
        if (!whole) {
            reasons.add(SignatureReason.of("signatures.reason.partial"));
        }
        if (revision.arePdfModificationsDetected()) {
            reasons.add(SignatureReason.of("signatures.reason.visualChanges"));
        }
        return whole;
    }

    private Status status(
            Integrity integrity,
            CertificateChain chain,
            Revocation revocation,
            @Nullable Indication indication,
            @Nullable SubIndication subIndication,
            List<String> dssErrors,
            List<SignatureReason> reasons) {
        if (integrity == Integrity.INVALID || revocation == Revocation.REVOKED) {
            return Status.INVALID;
        }
        if (indication == Indication.TOTAL_FAILED || indication == Indication.FAILED) {
            reasons.add(SignatureReason.of("signatures.reason.dss", indication, subIndication));
            return Status.INVALID;
        }
        boolean revocationAccepted =
                revocation == Revocation.GOOD || (revocation == Revocation.UNKNOWN && acceptUncheckedRevocation);
        if (integrity == Integrity.VALID && chain == CertificateChain.TRUSTED && revocationAccepted) {
            if (indication == Indication.TOTAL_PASSED || indication == Indication.PASSED) {
                return Status.VALID;
            }
            if (revocation == Revocation.UNKNOWN && isOnlyAboutRevocation(subIndication, dssErrors)) {
                reasons.add(SignatureReason.of("signatures.reason.revocationAccepted"));
                return Status.VALID;
            }
            reasons.add(SignatureReason.of("signatures.reason.dss", indication, subIndication));
        }
        return Status.INDETERMINATE;
    }

    /**
     * DSS reports missing revocation data as indeterminate (sub-indication {@code
     * CERTIFICATE_CHAIN_GENERAL_FAILURE}, {@code TRY_LATER} or {@code REVOCATION_OUT_OF_BOUNDS_NO_POE});
     * only when every error it lists is about revocation data may that be accepted.
     */
    private static boolean isOnlyAboutRevocation(@Nullable SubIndication subIndication, List<String> dssErrors) {
        boolean revocationKind = subIndication == SubIndication.CERTIFICATE_CHAIN_GENERAL_FAILURE
                || subIndication == SubIndication.TRY_LATER
                || subIndication == SubIndication.REVOCATION_OUT_OF_BOUNDS_NO_POE;
        return revocationKind && !dssErrors.isEmpty() && REVOCATION_ONLY_ERRORS.containsAll(dssErrors);
    }

    private static String signerName(
            SignatureWrapper signature,
            @Nullable CertificateWrapper certificate,
            @Nullable PDFRevisionWrapper revision) {
        if (certificate != null) {
            return name(certificate);
        }
        if (revision != null && revision.getSignerName() != null) {
            return revision.getSignerName();
        }
        return "";
    }

    private static @Nullable String issuerName(SignatureWrapper signature, @Nullable CertificateWrapper certificate) {
        if (certificate == null) {
            return null;
        }
        List<CertificateWrapper> chain = signature.getCertificateChain();
        if (chain.size() > 1) {
            return name(chain.get(1));
        }
        return issuerOf(certificate);
    }

    private static String name(CertificateWrapper certificate) {
        String cn = certificate.getCommonName();
        return cn == null || cn.isBlank() ? certificate.getReadableCertificateName() : cn;
    }

    private static String issuerOf(CertificateWrapper certificate) {
        String issuer = certificate.getCertificateIssuerDN();
        return issuer == null ? "?" : issuer;
    }

    private static @Nullable Instant instant(@Nullable Date date) {
        return date == null ? null : date.toInstant();
    }
}
