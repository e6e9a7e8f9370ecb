package vn.hdndso.documents;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.DigestInfo;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.support.TestPropertySourceUtils;
import tools.jackson.databind.json.JsonMapper;
import vn.hdndso.documents.signatures.TestPki;

/**
 * A local remote signing provider speaking the HTTP protocol of docs/signing.md (one per test JVM),
 * configured as {@code hdnd.signing.remote.url} of the application context it initialises. The
 * signer {@link #SIGNER} answers "on the phone" when a test calls {@link #answer}.
 */
public final class LocalRemoteSigningProvider implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String SIGNER = "0912345678";
    public static final String API_KEY = "khoa-thu-nghiem-tu-xa";
    public static final TestPki.Identity CA = TestPki.ca("CA thử nghiệm ký số từ xa");
    public static final TestPki.Identity PERSON = TestPki.signer("Trần Thị Hoa", CA);

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, Transaction> TRANSACTIONS = new ConcurrentHashMap<>();
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final AtomicInteger UNAUTHORISED = new AtomicInteger();
    private static final HttpServer SERVER = start();

    /** One signature asked for: the digest, and what the signer answered on the phone. */
    private static final class Transaction {
        final byte[] digest;
        final String title;
        volatile String status = "PENDING";

        Transaction(byte[] digest, String title) {
            this.digest = digest;
            this.title = title;
        }
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertySourceUtils.addInlinedPropertiesToEnvironment(
                context,
                "hdnd.signing.remote.url=" + url(),
                "hdnd.signing.remote.api-key=" + API_KEY,
                "hdnd.signing.remote.allow-private-address=true",
                "hdnd.signing.remote.poll-delay=PT1H");
    }

    /** The provider's API address. */
    public static URI url() {
        return URI.create("http://127.0.0.1:" + SERVER.getAddress().getPort() + "/api");
    }

    /** How many requests came without the right API key. */
    public static int unauthorisedRequests() {
        return UNAUTHORISED.get();
    }

    /** The signer answers the transaction: {@code SIGNED}, {@code REFUSED} or {@code EXPIRED}. */
    public static void answer(String transactionId, String status) {
        TRANSACTIONS.get(transactionId).status = status;
    }

    /** The transaction asked for last. */
    public static String lastTransaction() {
        return "tx-" + COUNTER.get();
    }

    /** What the signer saw on the phone. */
    public static String title(String transactionId) {
        return TRANSACTIONS.get(transactionId).title;
    }

    private static HttpServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/api/", LocalRemoteSigningProvider::handle);
            server.setExecutor(null);
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!("Bearer " + API_KEY).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                UNAUTHORISED.incrementAndGet();
                reply(exchange, 401, Map.of());
                return;
            }
            String path = exchange.getRequestURI().getPath();
            if (path.equals("/api/signers/" + SIGNER + "/certificates")) {
                reply(exchange, 200, Map.of("certificates", new String[] {
                    base64(PERSON.certificate()), base64(CA.certificate())
                }));
            } else if (path.equals("/api/signatures")
                    && exchange.getRequestMethod().equals("POST")) {
                var body = JSON.readTree(exchange.getRequestBody().readAllBytes());
                if (!"SHA-256".equals(body.path("digestAlgorithm").asString())) {
                    reply(exchange, 400, Map.of("error", "digestAlgorithm"));
                    return;
                }
                String id = "tx-" + COUNTER.incrementAndGet();
                TRANSACTIONS.put(
                        id,
                        new Transaction(
                                Base64.getDecoder().decode(body.path("digest").asString()),
                                body.path("title").asString()));
                reply(exchange, 202, Map.of("transactionId", id, "status", "PENDING"));
            } else if (path.startsWith("/api/signatures/") && TRANSACTIONS.containsKey(path.substring(16))) {
                Transaction transaction = TRANSACTIONS.get(path.substring(16));
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
                    case "EXPIRED" -> reply(exchange, 200, Map.of("status", "EXPIRED"));
                    default -> reply(exchange, 200, Map.of("status", "PENDING"));
                }
            } else {
                reply(exchange, 404, Map.of());
            }
        }
    }

    /** What the signer's key does at the provider: PKCS#1 v1.5 over the DigestInfo of the digest. */
    private static byte[] sign(byte[] digest) {
        try {
            byte[] digestInfo = new DigestInfo(
                            new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256, DERNull.INSTANCE), digest)
                    .getEncoded();
            Signature rsa = Signature.getInstance("NONEwithRSA");
            rsa.initSign(PERSON.key());
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
