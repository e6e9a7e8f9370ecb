package vn.hdndso.notifications.internal;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sending through Zalo Official Accounts ({@code hdnd.notifications.zalo.*}); the ZALO channel is
 * on only with {@code enabled=true}. Each council has its own OA, keyed by the council's slug: either
 * a Zalo app whose refresh token lets the installation renew the OA's access token by itself
 * ({@code apps.<slug>.*}), or a fixed access token the operator renews ({@code access-tokens.<slug>}).
 * See docs/notifications-sms-zalo.md.
 *
 * @param enabled whether the channel is on
 * @param baseUrl the OA Open API (default {@code https://openapi.zalo.me})
 * @param accessTokens a fixed OA access token of each council, by slug (used where no app is set)
 * @param timeout connect and answer timeout (default 10 s)
 * @param oauthUrl the OA's OAuth server (default {@code https://oauth.zaloapp.com})
 * @param apps each council's Zalo app: its id, its secret key and a first refresh token
 * @param tokenKey the AES key (Base64, 32 bytes) the stored tokens are sealed with; by default one is
 *     generated into the data directory ({@code keys/zalo-oa.key})
 * @param renewBefore how long before its expiry an access token is renewed (default 1 h)
 */
@ConfigurationProperties("hdnd.notifications.zalo")
record ZaloProperties(
        boolean enabled,
        @Nullable URI baseUrl,
        @Nullable Map<String, String> accessTokens,
        @Nullable Duration timeout,
        @Nullable URI oauthUrl,
        @Nullable Map<String, App> apps,
        @Nullable String tokenKey,
        @Nullable Duration renewBefore) {

    static final URI OPEN_API = URI.create("https://openapi.zalo.me/");
    static final URI OAUTH = URI.create("https://oauth.zaloapp.com/");

    /**
     * A council's Zalo app, which holds the OA's permission to send: the app id, its secret key and
     * the refresh token the OA's authorisation gave (used once, to start; the renewals replace it).
     */
    record App(
            @Nullable String appId,
            @Nullable String secretKey,
            @Nullable String refreshToken) {

        boolean complete() {
            return appId != null
                    && !appId.isBlank()
                    && secretKey != null
                    && !secretKey.isBlank()
                    && refreshToken != null
                    && !refreshToken.isBlank();
        }
    }

    URI api() {
        return withSlash(baseUrl == null ? OPEN_API : baseUrl);
    }

    URI oauth() {
        return withSlash(oauthUrl == null ? OAUTH : oauthUrl);
    }

    private static URI withSlash(URI uri) {
        String url = uri.toString();
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

    /** The council's app, if it is configured completely. */
    @Nullable
    App app(String slug) {
        if (apps == null) {
            return null;
        }
        App app = apps.get(slug);
        return app != null && app.complete() ? app : null;
    }

    Duration answerTimeout() {
        return timeout == null ? Duration.ofSeconds(10) : timeout;
    }

    Duration renewal() {
        return renewBefore == null || renewBefore.isNegative() ? Duration.ofHours(1) : renewBefore;
    }
}
