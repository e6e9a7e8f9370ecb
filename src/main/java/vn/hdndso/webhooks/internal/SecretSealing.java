package vn.hdndso.webhooks.internal;

import org.springframework.stereotype.Component;
import vn.hdndso.shared.InstallationKey;
import vn.hdndso.shared.InstallationProperties;
import vn.hdndso.shared.SecretBox;

/**
 * Keeps the subscriptions' secrets encrypted at rest (AES-256-GCM): they must be readable to sign
 * deliveries, so they cannot be hashed like passwords. The key comes from {@code
 * hdnd.webhooks.secret-key} ({@code HDND_WEBHOOKS_SECRET_KEY}, Base64 of 32 bytes) or from {@code
 * keys/webhooks.key} in the data directory, generated on first use (owner-only permissions). A
 * database dump alone does not reveal the secrets.
 */
@Component
class SecretSealing {

    private final SecretBox box;

    SecretSealing(WebhooksProperties properties, InstallationProperties installation) {
        this.box = new SecretBox(
                () -> InstallationKey.load(
                        installation.dataDir(), "webhooks", properties.secretKey(), "hdnd.webhooks.secret-key"),
                "a webhook secret");
    }

    String seal(String secret) {
        return box.seal(secret);
    }

    String open(String sealed) {
        return box.open(sealed);
    }
}
