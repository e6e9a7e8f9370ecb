package vn.hdndso.identity.audit;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.hdndso.shared.InstallationKey;
import vn.hdndso.shared.InstallationProperties;

/**
 * A client's network address as the audit trail keeps it: HMAC-SHA-256 under the installation's own
 * key, truncated to 16 hexadecimal digits (64 bits). Equal addresses give equal hashes within one
 * installation, so a clerk can still see that entries came from the same place; without the key (a
 * database dump alone) the 2^32 IPv4 addresses cannot be tried. The key is {@code hdnd.audit.address-key}
 * or, like the other generated secrets, a file {@code <data-dir>/keys/audit-address.key} made on first use
 * (owner-only permissions).
 */
@Component
class AddressHashing {

    static final int HEX_DIGITS = 16;

    private final AuditProperties properties;
    private final Path dataDir;
    private volatile byte @Nullable [] key;

    AddressHashing(AuditProperties properties, InstallationProperties installation) {
        this.properties = properties;
        this.dataDir = installation.dataDir();
    }

    /** The truncated keyed hash of an address. */
    String hash(String address) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            byte[] digest = mac.doFinal(address.strip().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, HEX_DIGITS);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }

    private byte[] key() {
        byte[] k = key;
        if (k == null) {
            synchronized (this) {
                k = key;
                if (k == null) {
                    k = loadKey();
                    key = k;
                }
            }
        }
        return k;
    }

    private byte[] loadKey() {
        return InstallationKey.load(dataDir, "audit-address", properties.addressKey(), "hdnd.audit.address-key");
    }
}
