package vn.hdndso.notifications.internal;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sending through Zalo Official Accounts ({@code hdnd.notifications.zalo.*}); the ZALO channel is
 * on only with {@code enabled=true}. Each council has its own OA, so its own access token, keyed by
 * the council's slug. See docs/notifications-sms-zalo.md.
 *
 * @param enabled whether the channel is on
 * @param baseUrl the OA Open API (default {@code https://openapi.zalo.me})
 * @param accessTokens the OA access token of each council, by slug
 * @param timeout connect and answer timeout (default 10 s)
 */
@ConfigurationProperties("hdnd.notifications.zalo")
record ZaloProperties(
        boolean enabled,
        @Nullable URI baseUrl,
        @Nullable Map<String, String> accessTokens,
        @Nullable Duration timeout) {

    static final URI OPEN_API = URI.create("https://openapi.zalo.me/");

    URI api() {
        if (baseUrl == null) {
            return OPEN_API;
        }
        String url = baseUrl.toString();
        return URI.create(url.endsWith("/") ? url : url + "/");
    }

    @Nullable
    String accessToken(String slug) {
        if (accessTokens == null) {
            return null;
        }
        String token = accessTokens.get(slug);
        return token == null || token.isBlank() ? null : token.strip();
    }

    Duration answerTimeout() {
        return timeout == null ? Duration.ofSeconds(10) : timeout;
    }
}
