package vn.hdndso.shared;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.function.Supplier;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * Seals secrets the application must read back (webhook signing secrets, Zalo OA tokens) with
 * AES-256-GCM under an {@link InstallationKey}, as {@code v1:<Base64 of IV and ciphertext>}, so a
 * database dump alone does not reveal them. The key is loaded on first use.
 */
public final class SecretBox {

    private static final String VERSION = "v1:";
    private static final int IV = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Supplier<byte[]> keyBytes;
    private final String what;
    private volatile @Nullable SecretKey key;

    /**
     * @param keyBytes the 32-byte key, read when first needed
     * @param what what is sealed, for error messages ("a webhook secret")
     */
    public SecretBox(Supplier<byte[]> keyBytes, String what) {
        this.keyBytes = keyBytes;
        this.what = what;
    }

    public String seal(String secret) {
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
            throw new IllegalStateException(what + " could not be sealed", e);
        }
    }

    public String open(String sealed) {
        if (!sealed.startsWith(VERSION)) {
            throw new IllegalStateException("unknown sealing of " + what);
        }
        try {
            byte[] all = Base64.getDecoder().decode(sealed.substring(VERSION.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(128, all, 0, IV));
            return new String(cipher.doFinal(all, IV, all.length - IV), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException(what + " could not be opened (was the key changed?)", e);
        }
    }

    private SecretKey key() {
        SecretKey k = key;
        if (k == null) {
            synchronized (this) {
                k = key;
                if (k == null) {
                    k = new SecretKeySpec(keyBytes.get(), "AES");
                    key = k;
                }
            }
        }
        return k;
    }
}
