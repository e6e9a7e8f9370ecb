package vn.hdndso.webhooks.internal;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.hdndso.webhooks.TargetPolicy;
import vn.hdndso.webhooks.WebhookSignature;

/**
 * POSTs one delivery: the stored body, signed; short connect and read timeouts; redirects are not
 * followed (a redirect could lead into a private network). The target is checked again against
 * the {@link TargetPolicy} just before sending.
 */
@Component
class WebhookSender {

    static final String EVENT_HEADER = "X-HDND-Event";
    static final String DELIVERY_HEADER = "X-HDND-Delivery";
    private static final int MAX_ERROR = 300;

    private final HttpClient http;
    private final TargetPolicy policy;
    private final TargetPolicy.Resolver resolver;
    private final Duration readTimeout;
    private final Clock clock;

    WebhookSender(WebhooksProperties properties, TargetPolicy policy, TargetPolicy.Resolver resolver, Clock clock) {
        this.http = HttpClient.newBuilder()
                .connectTimeout(properties.connectTimeoutOrDefault())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.policy = policy;
        this.resolver = resolver;
        this.readTimeout = properties.readTimeoutOrDefault();
        this.clock = clock;
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
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(readTimeout)
                .header("Content-Type", "application/json")
                .header("User-Agent", "HDND-so-Webhooks/1")
                .header(WebhookSignature.HEADER, WebhookSignature.of(secret, body))
                .header(EVENT_HEADER, delivery.event().wireName())
                .header(DELIVERY_HEADER, delivery.id().toString())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            return new Result(at, status, elapsed(start), status >= 200 && status < 300 ? null : "HTTP " + status);
        } catch (HttpConnectTimeoutException e) {
            return new Result(at, null, elapsed(start), "hết thời gian kết nối");
        } catch (HttpTimeoutException e) {
            return new Result(at, null, elapsed(start), "hết thời gian chờ trả lời");
        } catch (ConnectException e) {
            return new Result(at, null, elapsed(start), "không kết nối được");
        } catch (IOException e) {
            return new Result(at, null, elapsed(start), shorten(e.getClass().getSimpleName() + ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(at, null, elapsed(start), "bị dừng");
        }
    }

    private static long elapsed(long start) {
        return Duration.ofNanos(System.nanoTime() - start).toMillis();
    }

    private static String shorten(String text) {
        return text.length() <= MAX_ERROR ? text : text.substring(0, MAX_ERROR);
    }
}
