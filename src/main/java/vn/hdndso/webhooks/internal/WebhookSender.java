package vn.hdndso.webhooks.internal;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.hdndso.shared.PinnedAddresses;
import vn.hdndso.shared.PinnedHttpClients;
import vn.hdndso.webhooks.TargetPolicy;
import vn.hdndso.webhooks.WebhookSignature;

/**
 * POSTs one delivery: the stored body, signed; short connect and read timeouts; redirects are not
 * followed (a redirect could lead into a private network). The target is checked again against
 * the {@link TargetPolicy} just before sending, and the connection goes to the addresses the
 * check of that moment accepted ({@link PinnedAddresses}): a name that resolves to a public
 * address for the check and to a private one for the connection (DNS rebinding) is refused.
 */
@Component
class WebhookSender {

    static final String EVENT_HEADER = "X-HDND-Event";
    static final String DELIVERY_HEADER = "X-HDND-Delivery";
    private static final int MAX_ERROR = 300;

    private final CloseableHttpClient http;
    private final TargetPolicy policy;
    private final TargetPolicy.Resolver resolver;
    private final Clock clock;

    WebhookSender(WebhooksProperties properties, TargetPolicy policy, TargetPolicy.Resolver resolver, Clock clock) {
        this.http = PinnedHttpClients.create(
                new PinnedAddresses(resolver::resolve, policy.allowPrivateTargets()),
                properties.connectTimeoutOrDefault(),
                properties.readTimeoutOrDefault(),
                32);
        this.policy = policy;
        this.resolver = resolver;
        this.clock = clock;
    }

    @jakarta.annotation.PreDestroy
    void close() throws IOException {
        http.close();
    }

    /** What came of one POST. */
    record Result(
            Instant at,
            @Nullable Integer status,
            long durationMs,
            @Nullable String error) {
        boolean delivered() {
            return status != null && status >= 200 && status < 300;
        }
    }

    Result send(DeliveryRepository.Claimed delivery, String secret) {
        Instant at = Instant.now(clock);
        long start = System.nanoTime();
        URI uri;
        try {
            uri = URI.create(delivery.url());
        } catch (IllegalArgumentException e) {
            return new Result(at, null, 0, "địa chỉ không hợp lệ");
        }
        Optional<String> refusal = policy.refusalOfHost(String.valueOf(uri.getHost()), resolver);
        if (refusal.isPresent()) {
            return new Result(at, null, elapsed(start), "địa chỉ bị từ chối: " + refusal.get());
        }
        byte[] body = delivery.body().getBytes(StandardCharsets.UTF_8);
        var request = new HttpPost(uri);
        request.setHeader("User-Agent", "HDND-so-Webhooks/1");
        request.setHeader(WebhookSignature.HEADER, WebhookSignature.of(secret, body));
        request.setHeader(EVENT_HEADER, delivery.event().wireName());
        request.setHeader(DELIVERY_HEADER, delivery.id().toString());
        request.setEntity(new ByteArrayEntity(body, ContentType.create("application/json")));
        try {
            int status = http.execute(request, response -> {
                EntityUtils.consume(response.getEntity());
                return response.getCode();
            });
            return new Result(at, status, elapsed(start), status >= 200 && status < 300 ? null : "HTTP " + status);
        } catch (PinnedAddresses.NonPublicAddressException e) {
            return new Result(at, null, elapsed(start), "địa chỉ bị từ chối: webhooks.url.private");
        } catch (ConnectTimeoutException e) {
            return new Result(at, null, elapsed(start), "hết thời gian kết nối");
        } catch (SocketTimeoutException e) {
            return new Result(at, null, elapsed(start), "hết thời gian chờ trả lời");
        } catch (ConnectException e) {
            return new Result(at, null, elapsed(start), "không kết nối được");
        } catch (IOException e) {
            return new Result(at, null, elapsed(start), shorten(e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
    }

    private static long elapsed(long start) {
        return Duration.ofNanos(System.nanoTime() - start).toMillis();
    }

    private static String shorten(String text) {
        return text.length() <= MAX_ERROR ? text : text.substring(0, MAX_ERROR);
    }
}
