package vn.hdndso.webhooks.internal;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import vn.hdndso.webhooks.RetrySchedule;
import vn.hdndso.webhooks.TargetPolicy;

/**
 * Settings of the webhooks ({@code hdnd.webhooks}, docs/webhooks.md); defaults apply when unset.
 *
 * @param allowPrivateTargets accept loopback and private-range receivers ({@code
 *     HDND_WEBHOOKS_ALLOW_PRIVATE_TARGETS}, default false)
 * @param connectTimeout how long to wait for a receiver's connection (default 5 s)
 * @param readTimeout how long to wait for its answer (default 10 s)
 * @param concurrency how many deliveries are sent at once (default 4); one receiver holds at most one
 * @param pollDelay how often the job looks for due deliveries (default 2 s)
 * @param lease how long a claimed delivery is another instance's to leave alone (default 2 min)
 * @param firstRetry the delay before the second attempt, doubled each time (default 30 s)
 * @param maxRetryDelay the longest delay between attempts (default 1 h)
 * @param maxAttempts attempts before a delivery is given up (default 15)
 * @param maxAge how long a delivery is tried (default 3 days)
 * @param secretKey the AES key (Base64, 32 bytes) the subscriptions' secrets are sealed with; by
 *     default one is generated into the data directory ({@code keys/webhooks.key})
 */
@ConfigurationProperties("hdnd.webhooks")
record WebhooksProperties(
        boolean allowPrivateTargets,
        @Nullable Duration connectTimeout,
        @Nullable Duration readTimeout,
        int concurrency,
        @Nullable Duration pollDelay,
        @Nullable Duration lease,
        @Nullable Duration firstRetry,
        @Nullable Duration maxRetryDelay,
        int maxAttempts,
        @Nullable Duration maxAge,
        @Nullable String secretKey) {

    WebhooksProperties {
        connectTimeout = orDefault(connectTimeout, Duration.ofSeconds(5));
        readTimeout = orDefault(readTimeout, Duration.ofSeconds(10));
        concurrency = concurrency <= 0 ? 4 : concurrency;
        pollDelay = orDefault(pollDelay, Duration.ofSeconds(2));
        lease = orDefault(lease, Duration.ofMinutes(2));
        firstRetry = orDefault(firstRetry, Duration.ofSeconds(30));
        maxRetryDelay = orDefault(maxRetryDelay, Duration.ofHours(1));
        maxAttempts = maxAttempts <= 0 ? 15 : maxAttempts;
        maxAge = orDefault(maxAge, Duration.ofDays(3));
    }

    private static Duration orDefault(@Nullable Duration value, Duration fallback) {
        return value == null || value.isNegative() || value.isZero() ? fallback : value;
    }

    TargetPolicy targetPolicy() {
        return new TargetPolicy(allowPrivateTargets);
    }

    RetrySchedule retries() {
        return new RetrySchedule(
                java.util.Objects.requireNonNull(firstRetry),
                java.util.Objects.requireNonNull(maxRetryDelay).compareTo(firstRetry) < 0 ? firstRetry : maxRetryDelay,
                maxAttempts,
                java.util.Objects.requireNonNull(maxAge));
    }

    Duration connectTimeoutOrDefault() {
        return java.util.Objects.requireNonNull(connectTimeout);
    }

    Duration readTimeoutOrDefault() {
        return java.util.Objects.requireNonNull(readTimeout);
    }

    Duration pollDelayOrDefault() {
        return java.util.Objects.requireNonNull(pollDelay);
    }

    Duration leaseOrDefault() {
        return java.util.Objects.requireNonNull(lease);
    }
}
