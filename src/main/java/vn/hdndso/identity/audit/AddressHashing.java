package vn.hdndso.identity.audit;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.hdndso.shared.AddressHmac;
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
    private volatile @Nullable AddressHmac hmac;

    AddressHashing(AuditProperties properties, InstallationProperties installation) {
        this.properties = properties;
        this.dataDir = installation.dataDir();
    }

    /** The truncated keyed hash of an address. */
    String hash(String address) {
        return hmac().of(address);
    }

    private AddressHmac hmac() {
        AddressHmac h = hmac;
        if (h == null) {
            synchronized (this) {
                h = hmac;
                if (h == null) {
                    h = new AddressHmac(
                            InstallationKey.load(
                                    dataDir, "audit-address", properties.addressKey(), "hdnd.audit.address-key"),
                            HEX_DIGITS);
                    hmac = h;
                }
            }
        }
        return h;
    }
}
