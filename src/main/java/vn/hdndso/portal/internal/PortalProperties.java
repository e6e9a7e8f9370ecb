package vn.hdndso.portal.internal;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * How public pages are cached ({@code hdnd.portal} in application.yaml).
 *
 * @param cacheEnabled whether anonymous public responses are kept in memory and answered from there
 * @param maxAge how long browsers and shared caches may reuse a public page without asking
 * @param staleWhileRevalidate how long a shared cache may serve a stale page while it re-fetches
 * @param serverTtl how long this instance keeps a rendered page (changes clear it at once)
 * @param maxEntries the most pages kept in memory
 * @param maxEntryBytes the largest response kept in memory, and held back to be tagged; a larger
 *     one is streamed
 * @param maxBytes the most memory the kept responses may hold ({@code HDND_PAGE_CACHE_MAX_BYTES},
 *     default 24 MB: a tenth of a 256 MB heap)
 */
@ConfigurationProperties("hdnd.portal")
record PortalProperties(
        boolean cacheEnabled,
        Duration maxAge,
        Duration staleWhileRevalidate,
        Duration serverTtl,
        int maxEntries,
        int maxEntryBytes,
        @Nullable DataSize maxBytes) {

    PortalProperties {
        maxAge = maxAge == null ? Duration.ofMinutes(1) : maxAge;
        staleWhileRevalidate = staleWhileRevalidate == null ? Duration.ofMinutes(10) : staleWhileRevalidate;
        serverTtl = serverTtl == null ? Duration.ofMinutes(1) : serverTtl;
        maxEntries = maxEntries <= 0 ? 2000 : maxEntries;
        maxEntryBytes = maxEntryBytes <= 0 ? 512 * 1024 : maxEntryBytes;
        maxBytes = maxBytes == null || maxBytes.toBytes() <= 0 ? DataSize.ofMegabytes(24) : maxBytes;
    }

    @Override
    public DataSize maxBytes() {
        return java.util.Objects.requireNonNull(maxBytes);
    }
}
