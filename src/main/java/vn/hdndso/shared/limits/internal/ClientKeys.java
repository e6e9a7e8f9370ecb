package vn.hdndso.shared.limits.internal;

import org.springframework.stereotype.Component;
import vn.hdndso.shared.AddressHmac;
import vn.hdndso.shared.InstallationKey;
import vn.hdndso.shared.InstallationProperties;

/**
 * A client as the rate buckets know it: HMAC-SHA-256 of its address under the installation's
 * rate-limits key, 32 hexadecimal digits. The same on every instance that has the same key; a
 * database dump alone does not give the addresses back. The key is loaded when the application
 * starts, so instances started together agree on the generated file.
 */
@Component
class ClientKeys {

    static final int HEX_DIGITS = 32;

    private final AddressHmac hmac;

    ClientKeys(RateLimitProperties properties, InstallationProperties installation) {
        this.hmac = new AddressHmac(
                InstallationKey.load(
                        installation.dataDir(), "rate-limits", properties.addressKey(), "hdnd.limits.address-key"),
                HEX_DIGITS);
    }

    /** The key of {@code client} (an address, stripped) under {@code limit}'s buckets. */
    String of(String client) {
        return hmac.of(client);
    }
}
