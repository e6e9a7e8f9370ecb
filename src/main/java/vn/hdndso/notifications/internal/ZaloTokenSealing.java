package vn.hdndso.notifications.internal;

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
 * Keeps the Zalo OA tokens encrypted at rest (AES-256-GCM), as the webhooks keep their secrets: they
 * must be readable to call Zalo, so they cannot be hashed. The key comes from {@code
 * hdnd.notifications.zalo.token-key} ({@code HDND_NOTIFICATIONS_ZALO_TOKEN_KEY}, Base64 of 32 bytes)
 * or from {@code keys/zalo-oa.key} in the data directory, generated on first use (owner-only
 * permissions). A database dump alone does not reveal the tokens.
 */
@Component
class ZaloTokenSealing {

    private static final String VERSION = "v1:";
    private static final int IV = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final @Nullable String configuredKey;
    private final Path dataDir;
    private volatile @Nullable SecretKey key;

    ZaloTokenSealing(ZaloProperties properties, InstallationProperties installation) {
        this.configuredKey = properties.tokenKey();
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
            throw new IllegalStateException("a Zalo token could not be sealed", e);
        }
    }

    String open(String sealed) {
        if (!sealed.startsWith(VERSION)) {
            throw new IllegalStateException("unknown sealing of a Zalo token");
        }
        try {
            byte[] all = Base64.getDecoder().decode(sealed.substring(VERSION.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(128, all, 0, IV));
            return new String(cipher.doFinal(all, IV, all.length - IV), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("a Zalo token could not be opened (was the key changed?)", e);
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
        return InstallationKey.load(dataDir, "zalo-oa", configuredKey, "hdnd.notifications.zalo.token-key");
    }
}
