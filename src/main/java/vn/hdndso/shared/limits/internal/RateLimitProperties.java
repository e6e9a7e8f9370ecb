package vn.hdndso.shared.limits.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the shared rate limits ({@code hdnd.limits.*}).
 *
 * @param addressKey the key of the clients' address hashes, Base64 of 32 bytes ({@code
 *     HDND_LIMITS_ADDRESS_KEY}); blank: {@code <data-dir>/keys/rate-limits.key}, made on first
 *     start. Every instance must use the same key (share {@code keys/} or set this), or each
 *     counts the same client under another name and the limits no longer add up.
 * @param pruneCron when buckets that are full again are deleted (default every ten minutes)
 */
@ConfigurationProperties("hdnd.limits")
record RateLimitProperties(
        @Nullable String addressKey, @Nullable String pruneCron) {}
