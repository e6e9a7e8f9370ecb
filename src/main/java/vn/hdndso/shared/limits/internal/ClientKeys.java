package vn.hdndso.shared.limits.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;
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

    private final SecretKeySpec key;

    ClientKeys(RateLimitProperties properties, InstallationProperties installation) {
        this.key = new SecretKeySpec(
                InstallationKey.load(
                        installation.dataDir(), "rate-limits", properties.addressKey(), "hdnd.limits.address-key"),
                "HmacSHA256");
    }

    /** The key of {@code client} (an address, stripped) under {@code limit}'s buckets. */
    String of(String client) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] digest = mac.doFinal(client.strip().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, HEX_DIGITS);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }
}
