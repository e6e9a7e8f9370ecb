package vn.hdndso.portal.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How public pages are cached ({@code hdnd.portal} in application.yaml).
 *
 * @param cacheEnabled whether anonymous public responses are kept in memory and answered from there
 * @param maxAge how long browsers and shared caches may reuse a public page without asking
 * @param staleWhileRevalidate how long a shared cache may serve a stale page while it re-fetches
 * @param serverTtl how long this instance keeps a rendered page (changes clear it at once)
 * @param maxEntries the most pages kept in memory
 * @param maxEntryBytes the largest response kept in memory
 */
@ConfigurationProperties("hdnd.portal")
record PortalProperties(
        boolean cacheEnabled,
        Duration maxAge,
        Duration staleWhileRevalidate,
        Duration serverTtl,
        int maxEntries,
        int maxEntryBytes) {

    PortalProperties {
        maxAge = maxAge == null ? Duration.ofMinutes(1) : maxAge;
        staleWhileRevalidate = staleWhileRevalidate == null ? Duration.ofMinutes(10) : staleWhileRevalidate;
        serverTtl = serverTtl == null ? Duration.ofMinutes(1) : serverTtl;
        maxEntries = maxEntries <= 0 ? 2000 : maxEntries;
        maxEntryBytes = maxEntryBytes <= 0 ? 512 * 1024 : maxEntryBytes;
    }
}
