package vn.hdndso.documents.signatures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hdndso.documents.LocalRemoteSigningProvider;
import vn.hdndso.documents.PrintedText;
import vn.hdndso.documents.SignatureFinding;
import vn.hdndso.documents.signatures.RemoteSigningService.RemoteSignatureStatus;
import vn.hdndso.files.TestPdfs;

/**
 * Remote signing against {@link LocalRemoteSigningProvider}, the local test double of a provider
 * that speaks the HTTP protocol of docs/signing.md: the request stays pending until the signer
 * confirms (or refuses) "on the phone", then the signature value comes back and is embedded; the
 * result validates.
 */
class RemoteSigningUnitTest {

    @TempDir
    Path temp;

    private final RemoteSigning remote = new RemoteSigning(
            new PadesSigner(new SigningProperties(null, null, null)),
            new HttpRemoteSigning(new SigningProperties.Remote(
                    LocalRemoteSigningProvider.url(),
                    LocalRemoteSigningProvider.API_KEY,
                    Duration.ofSeconds(5),
                    true)));

    @Test
    void theSignatureIsPendingUntilTheSignerConfirmsThenItIsEmbeddedAndValid() {
        byte[] pdf = TestPdfs.textPdf("Nghị quyết về dự toán ngân sách xã năm 2026");
        int refusedBefore = LocalRemoteSigningProvider.unauthorisedRequests();

        RemoteSigning.Pending pending = remote.start(
                pdf, LocalRemoteSigningProvider.SIGNER, "Ký văn bản 03/KH-TTHĐND", IssueSigningUnitTest.context());
        RemoteSigning.Outcome waiting = remote.finish(pdf, pending);
        LocalRemoteSigningProvider.answer(pending.transactionId(), "SIGNED");
        RemoteSigning.Outcome done = remote.finish(pdf, pending);

        assertThat(pending.signerName()).isEqualTo("Trần Thị Hoa");
        assertThat(waiting.status()).isInstanceOf(RemoteSignatureStatus.Pending.class);
        assertThat(waiting.signedPdf()).isEmpty();
        assertThat(done.status()).isInstanceOf(RemoteSignatureStatus.Signed.class);
        byte[] signed = done.signedPdf().orElseThrow();
        var report = new PadesValidator(new SignaturesProperties(temp.resolve("trust"), false, false)).validate(signed);
        assertThat(report.signatures()).hasSize(1);
        assertThat(report.signatures().getFirst().signerName()).isEqualTo("Trần Thị Hoa");
        assertThat(report.signatures().getFirst().integrity()).isEqualTo(SignatureFinding.Integrity.VALID);
        assertThat(PrintedText.of(signed)).contains("Số: 03/KH-TTHĐND");
        assertThat(LocalRemoteSigningProvider.unauthorisedRequests()).isEqualTo(refusedBefore);
    }

    @Test
    void aRefusalOnThePhoneGivesNoSignature() {
        byte[] pdf = TestPdfs.textPdf("Thông báo");
        RemoteSigning.Pending pending =
                remote.start(pdf, LocalRemoteSigningProvider.SIGNER, "Ký", IssueSigningUnitTest.context());
        LocalRemoteSigningProvider.answer(pending.transactionId(), "REFUSED");

        RemoteSigning.Outcome outcome = remote.finish(pdf, pending);

        assertThat(outcome.status()).isEqualTo(new RemoteSignatureStatus.Refused("Người ký từ chối"));
        assertThat(outcome.signedPdf()).isEmpty();
    }

    @Test
    void anUnknownSignerIsAnErrorNamingTheAnswer() {
        assertThatThrownBy(() -> remote.start(TestPdfs.textPdf("x"), "khong-co", "Ký", IssueSigningUnitTest.context()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("404");
    }
}
