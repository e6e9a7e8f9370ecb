package vn.hdndso.documents.signatures;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link RemoteSigningService} over HTTP and JSON, the protocol of docs/signing.md:
 *
 * <ul>
 *   <li>{@code GET {url}/signers/{signerId}/certificates} → {@code {"certificates": [base64 DER, …]}}
 *   <li>{@code POST {url}/signatures} {@code {"signerId", "title", "digestAlgorithm", "digest"}} →
 *       {@code 202 {"transactionId", "status": "PENDING"}}
 *   <li>{@code GET {url}/signatures/{transactionId}} → {@code {"status": "PENDING" | "SIGNED" |
 *       "REFUSED" | "EXPIRED", "signatureAlgorithm", "signatureValue", "reason"}}
 * </ul>
 *
 * With {@code Authorization: Bearer <api key>} when a key is configured. Any other answer is an
 * {@link IllegalStateException} naming the status.
 */
public final class HttpRemoteSigning implements RemoteSigningService {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final URI base;
    private final String apiKey;
    private final Duration timeout;
    private final HttpClient http;

    public HttpRemoteSigning(SigningProperties.Remote settings) {
        String url = settings.url().toString();
        this.base = URI.create(url.endsWith("/") ? url : url + "/");
        this.apiKey = settings.apiKey() == null ? "" : settings.apiKey();
        this.timeout = settings.timeout() == null ? Duration.ofSeconds(20) : settings.timeout();
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    @Override
    public List<X509Certificate> certificates(String signerId) {
        JsonNode body = send(get("signers/" + encode(signerId) + "/certificates"), 200);
        List<X509Certificate> chain = new ArrayList<>();
        try {
            var factory = CertificateFactory.getInstance("X.509");
            for (JsonNode certificate : body.path("certificates")) {
                chain.add((X509Certificate) factory.generateCertificate(
                        new ByteArrayInputStream(Base64.getDecoder().decode(certificate.asString()))));
            }
        } catch (CertificateException | IllegalArgumentException e) {
            throw new IllegalStateException("the remote signing service sent an unreadable certificate", e);
        }
        if (chain.isEmpty()) {
            throw new IllegalStateException("the remote signing service has no certificate for " + signerId);
        }
        return chain;
    }

    @Override
    public String request(RemoteSignatureRequest request) {
        Map<String, String> json = new LinkedHashMap<>();
        json.put("signerId", request.signerId());
        json.put("title", request.title());
        json.put("digestAlgorithm", request.digestAlgorithm());
        json.put("digest", Base64.getEncoder().encodeToString(request.digest()));
        JsonNode body = send(
                builder("signatures")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(json)))
                        .build(),
                202);
        String transaction = body.path("transactionId").asString("");
        if (transaction.isBlank()) {
            throw new IllegalStateException("the remote signing service returned no transactionId");
        }
        return transaction;
    }

    @Override
    public RemoteSignatureStatus status(String transactionId) {
        JsonNode body = send(get("signatures/" + encode(transactionId)), 200);
        return switch (body.path("status").asString("")) {
            case "PENDING" -> new RemoteSignatureStatus.Pending();
            case "SIGNED" ->
                new RemoteSignatureStatus.Signed(
                        body.path("signatureAlgorithm").asString("RSA_SHA256"),
                        Base64.getDecoder().decode(body.path("signatureValue").asString("")));
            case "REFUSED" ->
                new RemoteSignatureStatus.Refused(body.path("reason").asString("từ chối ký"));
            case "EXPIRED" -> new RemoteSignatureStatus.Expired();
            default -> throw new IllegalStateException("unknown status from the remote signing service: " + body);
        };
    }

    private HttpRequest get(String path) {
        return builder(path).GET().build();
    }

    private HttpRequest.Builder builder(String path) {
        var builder =
                HttpRequest.newBuilder(base.resolve(path)).timeout(timeout).header("Accept", "application/json");
        if (!apiKey.isBlank()) {
            builder.header("Authorization", "Bearer " + apiKey);
        }
        return builder;
    }

    private JsonNode send(HttpRequest request, int expected) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new IllegalStateException("the remote signing service answered " + response.statusCode() + " to "
                        + request.method() + " " + request.uri());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("the remote signing service is unreachable: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while asking the remote signing service", e);
        }
    }

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
