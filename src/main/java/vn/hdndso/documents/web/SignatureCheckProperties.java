package vn.hdndso.documents.web;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits of the public signature check ({@link SignatureCheckLimits}); the largest file is {@code
 * HDND_SIGNATURE_CHECK_MAX_SIZE} (20 MB) in {@code hdnd.web.body-limits}.
 *
 * @param concurrent the most checks at once ({@code HDND_SIGNATURE_CHECKS_CONCURRENT}, default 2)
 * @param perMinute the most checks a minute from one address ({@code
 *     HDND_SIGNATURE_CHECKS_PER_MINUTE}, default 20)
 * @param retryWhenBusy the {@code Retry-After} of a full house (default 5 seconds)
 */
@ConfigurationProperties("hdnd.signatures.check")
record SignatureCheckProperties(
        int concurrent, int perMinute, @Nullable Duration retryWhenBusy) {

    SignatureCheckProperties {
        concurrent = concurrent <= 0 ? 2 : concurrent;
        perMinute = perMinute <= 0 ? 20 : perMinute;
        retryWhenBusy = retryWhenBusy == null ? Duration.ofSeconds(5) : retryWhenBusy;
    }

    @Override
    public Duration retryWhenBusy() {
        return java.util.Objects.requireNonNull(retryWhenBusy);
    }
}
