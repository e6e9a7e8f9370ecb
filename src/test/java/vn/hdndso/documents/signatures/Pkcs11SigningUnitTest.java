package vn.hdndso.documents.signatures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import vn.hdndso.documents.PrintedText;
import vn.hdndso.documents.SignatureFinding;
import vn.hdndso.files.TestPdfs;

/**
 * A person's PKCS#11 token, for real: a SoftHSM2 token made in a temporary directory (its
 * configuration at {@code SOFTHSM2_CONF}, which the build sets), a key and certificate of a test CA
 * imported into it, a document signed through DSS's Pkcs11SignatureToken and validated.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Pkcs11SigningUnitTest {

    static final Path SOFTHSM = Path.of("/usr/lib/softhsm/libsofthsm2.so");
    private static final String PIN = "246810";

    private Path temp = Path.of(".");

    private TestPki.Identity ca;
    private SigningProperties.Token token;

    @BeforeAll
    void makeAToken(@TempDir Path directory) throws IOException, InterruptedException {
        temp = directory;
        String conf = System.getenv("SOFTHSM2_CONF");
        assertThat(conf)
                .as("SOFTHSM2_CONF (set by the build's surefire configuration)")
                .isNotBlank();
        assertThat(SOFTHSM).as("SoftHSM2 (Debian package softhsm2)").isReadable();
        Path tokens = Files.createDirectories(temp.resolve("tokens"));
        Files.createDirectories(Path.of(conf).getParent());
        Files.writeString(
                Path.of(conf),
                "directories.tokendir = " + tokens + "\nobjectstore.backend = file\nlog.level = ERROR\n");
        ca = TestPki.ca("CA thử nghiệm HĐND số");
        TestPki.Identity person = TestPki.signer("Bùi Văn Dũng", ca);
        Path key = temp.resolve("key.pem");
        Files.writeString(
                key,
                "-----BEGIN PRIVATE KEY-----\n"
                        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                                .encodeToString(person.key().getEncoded())
                        + "\n-----END PRIVATE KEY-----\n");
        Path certificate = temp.resolve("certificate.der");
        try {
            Files.write(certificate, person.certificate().getEncoded());
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
        run("softhsm2-util", "--init-token", "--free", "--label", "chu-tich", "--so-pin", "13579135", "--pin", PIN);
        run(
                "softhsm2-util",
                "--import",
                key.toString(),
                "--token",
                "chu-tich",
                "--label",
                "chu-tich",
                "--id",
                "01",
                "--pin",
                PIN);
        run(
                "pkcs11-tool",
                "--module",
                SOFTHSM.toString(),
                "--token-label",
                "chu-tich",
                "--login",
                "--pin",
                PIN,
                "--write-object",
                certificate.toString(),
                "--type",
                "cert",
                "--id",
                "01",
                "--label",
                "chu-tich");
        token = new SigningProperties.Token("11140", SOFTHSM, 0, PIN, null);
    }

    @Test
    void signsADocumentWithThePersonsTokenAndTheSignatureValidates() {
        var signer = new PadesSigner(new SigningProperties(null, null, null));
        SigningKey key = Pkcs11Keys.open(token);
        byte[] signed;
        try {
            assertThat(key.signerName()).isEqualTo("Bùi Văn Dũng");
            signed = signer.sign(
                    TestPdfs.textPdf(TestPdfs.resolution("01-2017-nq-hdnd.md")), key, IssueSigningUnitTest.context());
        } finally {
            key.token().close();
        }

        Path trust = temp.resolve("trust");
        TestPki.trust(trust, ca.certificate());
        var report = new PadesValidator(new SignaturesProperties(trust, false, true)).validate(signed);
        assertThat(report.signatures()).hasSize(1);
        SignatureFinding finding = report.signatures().getFirst();
        assertThat(finding.signerName()).isEqualTo("Bùi Văn Dũng");
        assertThat(finding.integrity()).isEqualTo(SignatureFinding.Integrity.VALID);
        assertThat(finding.certificateChain()).isEqualTo(SignatureFinding.CertificateChain.TRUSTED);
        assertThat(finding.status()).isEqualTo(SignatureFinding.Status.VALID);
        assertThat(PrintedText.of(signed)).contains("Ký số bởi: Bùi Văn Dũng").contains("Số: 03/KH-TTHĐND");
    }

    @Test
    void aWrongPinIsRefusedWithoutSigning() {
        var wrong = new SigningProperties.Token("11140", SOFTHSM, 0, "000000", null);
        assertThatThrownBy(() -> Pkcs11Keys.open(wrong)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aMissingModuleIsNamed() {
        var missing = new SigningProperties.Token("11140", Path.of("/usr/lib/khong-co.so"), 0, PIN, null);
        assertThatThrownBy(() -> Pkcs11Keys.open(missing)).hasMessageContaining("/usr/lib/khong-co.so");
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process =
                new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue())
                .as(String.join(" ", command) + "\n" + output)
                .isZero();
    }
}
