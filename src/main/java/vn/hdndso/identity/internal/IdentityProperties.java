package vn.hdndso.identity.internal;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param adminPassword {@code HDND_ADMIN_PASSWORD}: the first administrator's password; generated
 *     and logged once when not set
 * @param lockAfterFailures failed sign-ins in a row that lock an account
 * @param lockDuration how long it stays locked
 * @param demoPassword password of the labelled demo accounts loaded with {@code HDND_DEMO=true}
 */
@ConfigurationProperties("hdnd.identity")
record IdentityProperties(
        @Nullable String adminPassword, int lockAfterFailures, Duration lockDuration, String demoPassword) {

    IdentityProperties {
        if (lockAfterFailures <= 0) {
            lockAfterFailures = 5;
        }
        if (lockDuration == null) {
            lockDuration = Duration.ofMinutes(15);
        }
        if (demoPassword == null || demoPassword.isBlank()) {
            demoPassword = "hdnd-demo-2026";
        }
    }
}
