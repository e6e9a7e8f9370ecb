package vn.hdndso.documents.signatures;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import vn.hdndso.documents.SignatureFinding;
import vn.hdndso.documents.SignatureFinding.CertificateChain;
import vn.hdndso.documents.SignatureFinding.Integrity;
import vn.hdndso.documents.SignatureFinding.Revocation;
import vn.hdndso.documents.SignatureFinding.Status;
import vn.hdndso.documents.SignatureReason;
import vn.hdndso.documents.SignatureReport;
import vn.hdndso.files.TestPdfs;

/** Real PAdES-BASELINE-B signatures made with a test CA, validated with DSS. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PadesValidatorUnitTest {

    @TempDir
    Path temp;

    private TestPki.Identity ca;
    private TestPki.Identity signer;
    private byte[] signed;

    @BeforeAll
    void signAResolution() {
        ca = TestPki.ca("CA thử nghiệm HĐND số");
        signer = TestPki.signer("Thường trực HĐND xã Lạc Phượng", ca);
        signed = TestPki.sign(TestPdfs.textPdf(TestPdfs.resolution("01-2017-nq-hdnd.md")), signer);
    }

    @Test
    void reportsAnUntouchedSignatureWithAnUnknownCaAsIntactButUntrusted() {
        SignatureFinding finding =
                single(validator(temp.resolve("empty-trust"), false).validate(signed));

        assertThat(finding.signerName()).isEqualTo("Thường trực HĐND xã Lạc Phượng");
        assertThat(finding.signedAt()).isCloseTo(Instant.now(), within());
        assertThat(finding.integrity()).isEqualTo(Integrity.VALID);
        assertThat(finding.certificateChain()).isEqualTo(CertificateChain.UNTRUSTED);
        assertThat(finding.status()).isNotEqualTo(Status.VALID);
        assertThat(finding.coversWholeDocument()).isTrue();
        assertThat(codes(finding)).contains("signatures.reason.untrustedRoot");
    }

    @Test
    void trustsTheChainOnceTheCaIsInTheTrustDirectoryButStaysIndeterminateWithoutRevocationData() {
        Path trust = temp.resolve("trust-strict");
        TestPki.trust(trust, ca.certificate());

        SignatureFinding finding = single(validator(trust, false).validate(signed));

        assertThat(finding.integrity()).isEqualTo(Integrity.VALID);
        assertThat(finding.certificateChain()).isEqualTo(CertificateChain.TRUSTED);
        assertThat(finding.revocation()).isEqualTo(Revocation.UNKNOWN);
        assertThat(finding.status()).isEqualTo(Status.INDETERMINATE);
        assertThat(codes(finding)).contains("signatures.reason.revocationOffline");
    }

    @Test
    void isValidWithATrustedCaWhenTheInstallationAcceptsUncheckedRevocation() {
        Path trust = temp.resolve("trust-lenient");
        TestPki.trust(trust, ca.certificate());

        SignatureFinding finding = single(validator(trust, true).validate(signed));

        assertThat(finding.certificateChain()).isEqualTo(CertificateChain.TRUSTED);
        assertThat(finding.revocation()).isEqualTo(Revocation.UNKNOWN);
        assertThat(finding.status()).as(finding.reasons().toString()).isEqualTo(Status.VALID);
        assertThat(codes(finding)).contains("signatures.reason.revocationAccepted");
    }

    @Test
    void findsOneFlippedByteInsideTheSignedRange() {
        byte[] tampered = signed.clone();
        int at = indexOf(tampered, "QUYẾT NGHỊ".getBytes(StandardCharsets.UTF_16BE));
        int position = at >= 0 ? at : indexOf(tampered, "/Producer".getBytes(StandardCharsets.US_ASCII));
        if (position < 0) {
            position = indexOf(tampered, "endobj".getBytes(StandardCharsets.US_ASCII)) - 2;
        }
        assertThat(position).isPositive().isLessThan(contentsStart(tampered));
        tampered[position] ^= 0x01;

        SignatureFinding finding = single(validator(temp.resolve("t"), true).validate(tampered));

        assertThat(finding.integrity()).isEqualTo(Integrity.INVALID);
        assertThat(finding.status()).isEqualTo(Status.INVALID);
        assertThat(codes(finding)).contains("signatures.reason.modified");
    }

    @Test
    void refusesToTrustACertificateThatHadExpiredAtTheSigningTime() {
        Path trust = temp.resolve("trust-expired");
        TestPki.trust(trust, ca.certificate());
        Instant now = Instant.now();
        TestPki.Identity expired =
                TestPki.signer("Người ký hết hạn", ca, now.minus(400, ChronoUnit.DAYS), now.minus(30, ChronoUnit.DAYS));
        byte[] pdf = TestPki.sign(TestPdfs.textPdf("Văn bản ký bằng chứng thư đã hết hạn"), expired, now);

        SignatureFinding finding = single(validator(trust, true).validate(pdf));

        assertThat(finding.integrity()).isEqualTo(Integrity.VALID);
        assertThat(finding.certificateChain()).isEqualTo(CertificateChain.UNTRUSTED);
        assertThat(finding.status()).isNotEqualTo(Status.VALID);
        assertThat(codes(finding)).contains("signatures.reason.expired");
    }

    @Test
    void callsASelfSignedCertificateUntrusted() {
        TestPki.Identity self = TestPki.ca("Tự ký");
        byte[] pdf = TestPki.sign(TestPdfs.textPdf("Tự ký"), new TestPki.Identity(self.key(), self.certificate()));

        SignatureFinding finding = single(validator(temp.resolve("none"), true).validate(pdf));

        assertThat(finding.integrity()).isEqualTo(Integrity.VALID);
        assertThat(finding.certificateChain()).isEqualTo(CertificateChain.UNTRUSTED);
        assertThat(finding.status()).isEqualTo(Status.INDETERMINATE);
        assertThat(codes(finding)).contains("signatures.reason.selfSigned");
    }

    @Test
    void noticesContentAppendedAfterSigning() {
        byte[] appended = new byte[signed.length + 40];
        System.arraycopy(signed, 0, appended, 0, signed.length);
        byte[] tail = "\n% appended after signing\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(tail, 0, appended, signed.length, tail.length);

        SignatureFinding finding = single(validator(temp.resolve("x"), false).validate(appended));

        assertThat(finding.integrity()).isEqualTo(Integrity.VALID);
        assertThat(finding.coversWholeDocument()).isFalse();
        assertThat(codes(finding)).contains("signatures.reason.partial");
    }

    @Test
    void findsNoSignatureInAnUnsignedPdf() {
        SignatureReport report = validator(temp.resolve("y"), false).validate(TestPdfs.textPdf("Chưa ký"));

        assertThat(report.signatures()).isEmpty();
        assertThat(report.isSigned()).isFalse();
        assertThat(report.sha256()).hasSize(64);
    }

    private static PadesValidator validator(Path trustDir, boolean acceptUncheckedRevocation) {
        return new PadesValidator(new SignaturesProperties(trustDir, false, acceptUncheckedRevocation));
    }

    private static SignatureFinding single(SignatureReport report) {
        assertThat(report.signatures()).hasSize(1);
        return report.signatures().getFirst();
    }

    private static java.util.List<String> codes(SignatureFinding finding) {
        return finding.reasons().stream().map(SignatureReason::code).toList();
    }

    private static org.assertj.core.data.TemporalUnitOffset within() {
        return new org.assertj.core.data.TemporalUnitWithinOffset(5, ChronoUnit.MINUTES);
    }

    private static int contentsStart(byte[] pdf) {
        return indexOf(pdf, "/Contents <".getBytes(StandardCharsets.US_ASCII));
    }

    static int indexOf(byte[] data, byte[] pattern) {
        outer:
        for (int i = 0; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
