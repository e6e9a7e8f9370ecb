package vn.hdndso.notifications.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import vn.hdndso.shared.PinnedAddresses;
import vn.hdndso.shared.PinnedHttpClients;

/**
 * POSTs one encrypted message to a push service. The endpoint comes from a browser, so the
 * connection goes only to the addresses its name resolved to when they were checked, all of them
 * public ({@link PinnedAddresses}, as webhooks): a name that passed the check when the
 * subscription was stored and now resolves into the server's own network (DNS rebinding) gets
 * nothing. Plain-http test set-ups ({@code allow-http-endpoints}) may reach local servers.
 */
final class PushSender implements AutoCloseable {

    private static final int MAX_BODY = 1_000;

    /** The push service's answer: its status, {@code Location} (may be empty) and the start of its body. */
    record Answer(int status, String location, String body) {}

    private final CloseableHttpClient http;

    PushSender(PinnedAddresses addresses, Duration timeout) {
        this.http = PinnedHttpClients.create(addresses, timeout, timeout, 16);
    }

    static PushSender of(PushProperties properties) {
        return new PushSender(
                new PinnedAddresses(InetAddress::getAllByName, properties.allowHttpEndpoints()),
                properties.requestTimeout());
    }

    /**
     * @throws PinnedAddresses.NonPublicAddressException the endpoint's name resolves into a private
     *     network: nothing was sent
     * @throws IOException the push service could not be reached
     */
    Answer post(URI endpoint, Map<String, String> headers, byte[] body) throws IOException {
        var request = new HttpPost(endpoint);
        headers.forEach(request::setHeader);
        request.setEntity(new ByteArrayEntity(body, ContentType.APPLICATION_OCTET_STREAM));
        return http.execute(request, response -> {
            String text = response.getEntity() == null
                    ? ""
                    : EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8, MAX_BODY);
            var location = response.getFirstHeader("Location");
            return new Answer(response.getCode(), location == null ? "" : location.getValue(), text);
        });
    }

    @Override
    public void close() throws IOException {
        http.close();
    }
}
