package vn.hdndso.shared;

import java.time.Duration;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.util.Timeout;

/**
 * The HTTP client (Apache HttpClient 5) of every call the server makes to an address it did not
 * choose itself or that must stay on the public internet — webhook deliveries, web push, remote
 * signing: names resolved once through {@link PinnedAddresses} and connected to exactly the
 * addresses checked, no redirects followed (a redirect could lead into a private network), no
 * automatic retries, no cookies, bounded connect and read times and a bounded pool.
 */
public final class PinnedHttpClients {

    private PinnedHttpClients() {}

    public static CloseableHttpClient create(
            PinnedAddresses addresses, Duration connectTimeout, Duration readTimeout, int maxConnections) {
        var connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setDnsResolver(addresses)
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.of(connectTimeout))
                        .setSocketTimeout(Timeout.of(readTimeout))
                        .build())
                .setMaxConnPerRoute(Math.max(1, Math.min(4, maxConnections)))
                .setMaxConnTotal(maxConnections)
                .build();
        return HttpClients.custom()
                .setConnectionManager(connections)
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(Timeout.of(readTimeout))
                        .build())
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .build();
    }
}
