package vn.hdndso.identity.internal;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits on password checks ({@code hdnd.identity.sign-in.*}).
 *
 * @param concurrent password checks running at once for the whole server (0: one per processor)
 * @param queueWait how long a check may wait for a free slot before it is refused (default 5 s: a
 *     council's delegates signing in together wait their turn on virtual threads; a flood from one
 *     address is refused by its bucket, before it waits)
 * @param perAddressBurst wrong passwords one client address may try in a row (default 10)
 * @param perAddressPerMinute how fast that allowance comes back (default 10 a minute)
 */
@ConfigurationProperties("hdnd.identity.sign-in")
record SignInLimitProperties(
        int concurrent, @Nullable Duration queueWait, int perAddressBurst, int perAddressPerMinute) {

    SignInLimitProperties {
        if (concurrent <= 0) {
            concurrent = Runtime.getRuntime().availableProcessors();
        }
        if (queueWait == null || queueWait.isNegative()) {
            queueWait = Duration.ofSeconds(5);
        }
        if (perAddressBurst <= 0) {
            perAddressBurst = 10;
        }
        if (perAddressPerMinute <= 0) {
            perAddressPerMinute = 10;
        }
    }

    Duration waitOrDefault() {
        return queueWait == null ? Duration.ofSeconds(5) : queueWait;
    }
}
