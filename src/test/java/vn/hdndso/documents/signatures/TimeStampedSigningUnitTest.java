package vn.hdndso.documents.signatures;

import static org.assertj.core.api.Assertions.assertThat;

import eu.europa.esig.dss.enumerations.SignatureLevel;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hdndso.documents.SignatureFinding;
import vn.hdndso.documents.SignedPdfs;
import vn.hdndso.files.TestPdfs;

/** With a time-stamp authority configured, signatures are PAdES-BASELINE-T (a local RFC 3161 server). */
class TimeStampedSigningUnitTest {

    @TempDir
    Path temp;

    @Test
    void signsPadesBaselineTWithTheTimeStampOfTheConfiguredAuthority() throws IOException {
        TestPki.Identity ca = TestPki.ca("CA thử nghiệm HĐND số");
        try (var tsa = new LocalTimeStampAuthority(ca)) {
            var signer = new PadesSigner(new SigningProperties(tsa.url(), null, null));
            byte[] signed = signer.sign(
                    TestPdfs.textPdf("Nghị quyết về kế hoạch đầu tư công"),
                    TestPki.signingKey(TestPki.signer("Bùi Văn Dũng", ca)),
                    IssueSigningUnitTest.context());

            assertThat(signer.level()).isEqualTo(SignatureLevel.PAdES_BASELINE_T);
            assertThat(tsa.requests()).isEqualTo(1);
            var signature = SignedPdfs.signatures(signed).getFirst();
            assertThat(signature.getSignatureFormat()).isEqualTo(SignatureLevel.PAdES_BASELINE_T);
            assertThat(signature.getTimestampList()).hasSize(1);
            assertThat(signature.getTimestampList().getFirst().isSignatureIntact())
                    .isTrue();
            var report =
                    new PadesValidator(new SignaturesProperties(temp.resolve("trust"), false, false)).validate(signed);
            assertThat(report.signatures().getFirst().integrity()).isEqualTo(SignatureFinding.Integrity.VALID);
        }
    }

    @Test
    void withoutAnAuthorityTheLevelIsB() {
        var signer = new PadesSigner(new SigningProperties(null, null, null));
        byte[] signed = signer.sign(
                TestPdfs.textPdf("Thông báo"),
                TestPki.signingKey(TestPki.signer("Bùi Văn Dũng", TestPki.ca("CA"))),
                IssueSigningUnitTest.context());
        assertThat(SignedPdfs.signatures(signed).getFirst().getSignatureFormat())
                .isEqualTo(SignatureLevel.PAdES_BASELINE_B);
    }
}
