package vn.hdndso.documents.signatures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.DigestInfo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;
import vn.hdndso.documents.PrintedText;
import vn.hdndso.documents.SignatureFinding;
import vn.hdndso.documents.signatures.RemoteSigningService.RemoteSignatureStatus;
import vn.hdndso.files.TestPdfs;

/**
 * Remote signing against a local test double of a provider that speaks the HTTP protocol of
 * docs/signing.md: the request stays pending until the signer confirms (or refuses) "on the
 * phone", then the signature value comes back and is embedded; the result validates.
 */
class RemoteSigningUnitTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String API_KEY = "khoa-thu-nghiem";

    @TempDir
    Path temp;

    private final TestPki.Identity ca = TestPki.ca("CA thử nghiệm ký số từ xa");
    private final TestPki.Identity person = TestPki.signer("Trần Thị Hoa", ca);
    private final Map<String, Transaction> transactions = new ConcurrentHashMap<>();
    private final AtomicInteger unauthorised = new AtomicInteger();
    private HttpServer provider;
    private RemoteSigning remote;

    /** One signature asked for: the digest, and what the signer answered on the phone. */
    private static final class Transaction {
        final byte[] digest;
        volatile String status = "PENDING";

        Transaction(byte[] digest) {
            this.digest = digest;
        }
    }

    @BeforeEach
    void startTheProvider() throws IOException {
        provider = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        provider.createContext("/api/", this::handle);
        provider.start();
        var settings = new SigningProperties.Remote(
                URI.create("http://127.0.0.1:" + provider.getAddress().getPort() + "/api"),
                API_KEY,
                Duration.ofSeconds(5));
        remote = new RemoteSigning(
                new PadesSigner(new SigningProperties(null, null, null)), new HttpRemoteSigning(settings));
    }

    @AfterEach
    void stopTheProvider() {
        provider.stop(0);
    }

    @Test
    void theSignatureIsPendingUntilTheSignerConfirmsThenItIsEmbeddedAndValid() {
        byte[] pdf = TestPdfs.textPdf("Nghị quyết về dự toán ngân sách xã năm 2026");

        RemoteSigning.Pending pending =
                remote.start(pdf, "0912345678", "Ký văn bản 03/KH-TTHĐND", IssueSigningUnitTest.context());
        RemoteSigning.Outcome waiting = remote.finish(pdf, pending);
        transactions.get(pending.transactionId()).status = "SIGNED";
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
        assertThat(unauthorised).hasValue(0);
    }

    @Test
    void aRefusalOnThePhoneGivesNoSignature() {
        byte[] pdf = TestPdfs.textPdf("Thông báo");
        RemoteSigning.Pending pending = remote.start(pdf, "0912345678", "Ký", IssueSigningUnitTest.context());
        transactions.get(pending.transactionId()).status = "REFUSED";

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

    /** The provider's side of the protocol. */
    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!("Bearer " + API_KEY).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                unauthorised.incrementAndGet();
                reply(exchange, 401, Map.of());
                return;
            }
            String path = exchange.getRequestURI().getPath();
            if (path.equals("/api/signers/0912345678/certificates")) {
                reply(exchange, 200, Map.of("certificates", new String[] {
                    base64(person.certificate()), base64(ca.certificate())
                }));
            } else if (path.equals("/api/signatures")
                    && exchange.getRequestMethod().equals("POST")) {
                var body = JSON.readTree(exchange.getRequestBody().readAllBytes());
                assertThat(body.path("digestAlgorithm").asString()).isEqualTo("SHA-256");
                String id = "tx-" + (transactions.size() + 1);
                transactions.put(
                        id,
                        new Transaction(
                                Base64.getDecoder().decode(body.path("digest").asString())));
                reply(exchange, 202, Map.of("transactionId", id, "status", "PENDING"));
            } else if (path.startsWith("/api/signatures/") && transactions.containsKey(path.substring(16))) {
                Transaction transaction = transactions.get(path.substring(16));
                switch (transaction.status) {
                    case "SIGNED" ->
                        reply(
                                exchange,
                                200,
                                Map.of(
                                        "status", "SIGNED",
                                        "signatureAlgorithm", "RSA_SHA256",
                                        "signatureValue",
                                                Base64.getEncoder().encodeToString(sign(transaction.digest))));
                    case "REFUSED" -> reply(exchange, 200, Map.of("status", "REFUSED", "reason", "Người ký từ chối"));
                    default -> reply(exchange, 200, Map.of("status", "PENDING"));
                }
            } else {
                reply(exchange, 404, Map.of());
            }
        }
    }

    /** What the signer's key does at the provider: PKCS#1 v1.5 over the DigestInfo of the digest. */
    private byte[] sign(byte[] digest) {
        try {
            byte[] digestInfo = new DigestInfo(
                            new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256, DERNull.INSTANCE), digest)
                    .getEncoded();
            Signature rsa = Signature.getInstance("NONEwithRSA");
            rsa.initSign(person.key());
            rsa.update(digestInfo);
            return rsa.sign();
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String base64(java.security.cert.X509Certificate certificate) {
        try {
            return Base64.getEncoder().encodeToString(certificate.getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void reply(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
