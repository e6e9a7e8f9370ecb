package vn.hdndso.documents.signatures;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
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
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.hdndso.shared.PinnedAddresses;
import vn.hdndso.shared.PinnedHttpClients;

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
    private static final int MAX_ANSWER = 1 << 20;

    private final URI base;
    private final String apiKey;
    private final CloseableHttpClient http;

    public HttpRemoteSigning(SigningProperties.Remote settings) {
        this(settings, InetAddress::getAllByName);
    }

    /**
     * @param lookup the name resolution (the system's; a fixed table in tests): the service's
     *     addresses are checked ({@link PinnedAddresses}) and connected to as checked
     */
    public HttpRemoteSigning(SigningProperties.Remote settings, PinnedAddresses.Lookup lookup) {
        String url = settings.url().toString();
        this.base = URI.create(url.endsWith("/") ? url : url + "/");
        this.apiKey = settings.apiKey() == null ? "" : settings.apiKey();
        Duration timeout = settings.timeout() == null ? Duration.ofSeconds(20) : settings.timeout();
        this.http = PinnedHttpClients.create(
                new PinnedAddresses(lookup, settings.allowPrivateAddress()), timeout, timeout, 8);
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
        HttpPost post = new HttpPost(base.resolve("signatures"));
        post.setEntity(new StringEntity(JSON.writeValueAsString(json), ContentType.APPLICATION_JSON));
        JsonNode body = send(post, 202);
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

    private HttpGet get(String path) {
        return new HttpGet(base.resolve(path));
    }

    private JsonNode send(HttpUriRequestBase request, int expected) {
        request.setHeader("Accept", "application/json");
        if (!apiKey.isBlank()) {
            request.setHeader("Authorization", "Bearer " + apiKey);
        }
        try {
            Answer answer = http.execute(
                    request,
                    response -> new Answer(
                            response.getCode(),
                            response.getEntity() == null
                                    ? ""
                                    : EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8, MAX_ANSWER)));
            if (answer.status() != expected) {
                throw new IllegalStateException("the remote signing service answered " + answer.status() + " to "
                        + request.getMethod() + " " + request.getRequestUri());
            }
            return JSON.readTree(answer.body());
        } catch (PinnedAddresses.NonPublicAddressException e) {
            throw new IllegalStateException(
                    "the remote signing service's address is not public (set hdnd.signing.remote.allow-private-address"
                            + " for a provider inside the installation's network): " + e.getMessage(),
                    e);
        } catch (IOException e) {
            throw new IllegalStateException("the remote signing service is unreachable: " + e.getMessage(), e);
        }
    }

    private record Answer(int status, String body) {}

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
