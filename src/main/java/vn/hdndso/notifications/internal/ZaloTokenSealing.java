package vn.hdndso.notifications.internal;

import org.springframework.stereotype.Component;
import vn.hdndso.shared.InstallationKey;
import vn.hdndso.shared.InstallationProperties;
import vn.hdndso.shared.SecretBox;

/**
 * Keeps the Zalo OA tokens encrypted at rest (AES-256-GCM), as the webhooks keep their secrets: they
 * must be readable to call Zalo, so they cannot be hashed. The key comes from {@code
 * hdnd.notifications.zalo.token-key} ({@code HDND_NOTIFICATIONS_ZALO_TOKEN_KEY}, Base64 of 32 bytes)
 * or from {@code keys/zalo-oa.key} in the data directory, generated on first use (owner-only
 * permissions). A database dump alone does not reveal the tokens.
 */
@Component
class ZaloTokenSealing {

    private final SecretBox box;

    ZaloTokenSealing(ZaloProperties properties, InstallationProperties installation) {
        this.box = new SecretBox(
                () -> InstallationKey.load(
                        installation.dataDir(), "zalo-oa", properties.tokenKey(), "hdnd.notifications.zalo.token-key"),
                "a Zalo token");
    }

    String seal(String secret) {
        return box.seal(secret);
    }

    String open(String sealed) {
        return box.open(sealed);
    }
}
