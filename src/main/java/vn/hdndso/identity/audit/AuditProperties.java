package vn.hdndso.identity.audit;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What the audit trail keeps of a client's network address (docs/audit.md).
 *
 * @param addressRetention how long an entry's hashed address is kept ({@code hdnd.audit.address-retention},
 *     90 days by default); afterwards only the entry remains
 * @param addressKey the HMAC key of the address hashes, 32 bytes in Base64 ({@code hdnd.audit.address-key});
 *     without it, one is generated once in {@code <data-dir>/keys/audit-address.key}
 */
@ConfigurationProperties("hdnd.audit")
public record AuditProperties(
        @Nullable Duration addressRetention, @Nullable String addressKey) {

    public AuditProperties {
        if (addressRetention == null) {
            addressRetention = Duration.ofDays(90);
        }
        if (addressRetention.isNegative() || addressRetention.isZero()) {
            throw new IllegalArgumentException("hdnd.audit.address-retention must be positive");
        }
    }

    /** The retention period (never null after construction). */
    public Duration retention() {
        return java.util.Objects.requireNonNull(addressRetention);
    }
}
