package vn.hdndso.webhooks.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.hdndso.shared.InstallationKey;
import vn.hdndso.shared.InstallationProperties;

/**
 * Keeps the subscriptions' secrets encrypted at rest (AES-256-GCM): they must be readable to sign
 * deliveries, so they cannot be hashed like passwords. The key comes from {@code
 * hdnd.webhooks.secret-key} ({@code HDND_WEBHOOKS_SECRET_KEY}, Base64 of 32 bytes) or from {@code
 * keys/webhooks.key} in the data directory, generated on first use (owner-only permissions). A
 * database dump alone does not reveal the secrets.
 */
@Component
class SecretSealing {

    private static final String VERSION = "v1:";
    private static final int IV = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final WebhooksProperties properties;
    private final Path dataDir;
    private volatile @Nullable SecretKey key;

    SecretSealing(WebhooksProperties properties, InstallationProperties installation) {
        this.properties = properties;
        this.dataDir = installation.dataDir();
    }

    String seal(String secret) {
        try {
            byte[] iv = new byte[IV];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(128, iv));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            byte[] all = new byte[IV + sealed.length];
            System.arraycopy(iv, 0, all, 0, IV);
            System.arraycopy(sealed, 0, all, IV, sealed.length);
            return VERSION + Base64.getEncoder().encodeToString(all);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the webhook secret could not be sealed", e);
        }
    }

    String open(String sealed) {
        if (!sealed.startsWith(VERSION)) {
            throw new IllegalStateException("unknown sealing of a webhook secret");
        }
        try {
            byte[] all = Base64.getDecoder().decode(sealed.substring(VERSION.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(128, all, 0, IV));
            return new String(cipher.doFinal(all, IV, all.length - IV), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("a webhook secret could not be opened (was the key changed?)", e);
        }
    }

    private SecretKey key() {
        SecretKey k = key;
        if (k == null) {
            synchronized (this) {
                k = key;
                if (k == null) {
                    k = new SecretKeySpec(loadKey(), "AES");
                    key = k;
                }
            }
        }
        return k;
    }

    private byte[] loadKey() {
        return InstallationKey.load(dataDir, "webhooks", properties.secretKey(), "hdnd.webhooks.secret-key");
    }
}
