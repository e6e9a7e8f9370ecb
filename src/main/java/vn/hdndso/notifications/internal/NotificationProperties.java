package vn.hdndso.notifications.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the outbox's delivery ({@code hdnd.notifications.*}).
 *
 * @param maxAttempts attempts before a message that keeps meeting passing faults is failed
 * @param firstRetry the pause after the first passing fault; each further one doubles it
 * @param maxRetry the longest pause between two attempts
 * @param lease how long a claimed message belongs to the instance that claimed it; after that another
 *     instance takes it again (the sender died)
 * @param batchSize messages claimed at once
 * @param pollInterval the pause between two runs of the job
 * @param mailFrom the sender of e-mails
 */
@ConfigurationProperties("hdnd.notifications")
record NotificationProperties(
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("30s") Duration firstRetry,
        @DefaultValue("6h") Duration maxRetry,
        @DefaultValue("2m") Duration lease,
        @DefaultValue("20") int batchSize,
        @DefaultValue("10s") Duration pollInterval,
        @DefaultValue("HĐND số <no-reply@hdnd.local>") String mailFrom) {

    NotificationProperties {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("hdnd.notifications.max-attempts must be at least 1");
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("hdnd.notifications.batch-size must be at least 1");
        }
        if (firstRetry.isNegative() || maxRetry.compareTo(firstRetry) < 0 || !lease.isPositive()) {
            throw new IllegalArgumentException("hdnd.notifications: first-retry ≤ max-retry and a positive lease");
        }
    }

    RetryPolicy retryPolicy() {
        return new RetryPolicy(maxAttempts, firstRetry, maxRetry);
    }
}
