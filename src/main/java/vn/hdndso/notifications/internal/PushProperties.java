package vn.hdndso.notifications.internal;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Web push configuration ({@code hdnd.notifications.push.*}).
 *
 * @param enabled whether the web push channel delivers at all
 * @param vapid the application server's key pair; generated once into the data directory when not set
 * @param allowHttpEndpoints accept push endpoints over plain http (tests against a local push
 *     service only; real push services are https)
 * @param timeout how long one request to a push service may take
 * @param ttl how long the push service keeps a message for a browser that is offline
 */
@ConfigurationProperties("hdnd.notifications.push")
record PushProperties(
        @Nullable Boolean enabled,
        @Nullable Vapid vapid,
        boolean allowHttpEndpoints,
        @Nullable Duration timeout,
        @Nullable Duration ttl) {

    /**
     * @param publicKey the uncompressed P-256 public point, base64url
     * @param privateKey the 32-byte private scalar, base64url
     * @param subject a {@code mailto:} or {@code https:} contact the push services may use
     */
    record Vapid(
            @Nullable String publicKey,
            @Nullable String privateKey,
            @Nullable String subject) {}

    boolean on() {
        return enabled == null || enabled;
    }

    Duration requestTimeout() {
        return timeout == null ? Duration.ofSeconds(10) : timeout;
    }

    Duration messageTtl() {
        return ttl == null ? Duration.ofDays(1) : ttl;
    }

    Vapid vapidOrEmpty() {
        return vapid == null ? new Vapid(null, null, null) : vapid;
    }
}
