package vn.hdndso.files.internal;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where LibreOffice is and how long a conversion may take ({@code HDND_FILES_OFFICE_HOME}, {@code
 * HDND_FILES_OFFICE_TIMEOUT}).
 *
 * @param home LibreOffice's installation directory; found in the usual places when not set
 * @param timeout the longest a conversion may take (default 60 s); a slower document is refused
 */
@ConfigurationProperties("hdnd.files.office")
record OfficeProperties(@Nullable String home, @Nullable Duration timeout) {

    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    Duration timeoutOrDefault() {
        return timeout == null || timeout.isNegative() || timeout.isZero() ? DEFAULT_TIMEOUT : timeout;
    }
}
