package vn.hdndso.shared;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A client's network address kept without the address itself: HMAC-SHA-256 of the stripped
 * address under one of the installation's keys ({@link InstallationKey}), as its first hexadecimal
 * digits. Equal addresses give equal hashes under one key; a database dump alone does not give
 * the addresses back (the 2^32 IPv4 addresses cannot be tried without the key). The audit trail
 * and the rate limits each use their own key and length.
 */
public final class AddressHmac {

    private final SecretKeySpec key;
    private final int hexDigits;

    public AddressHmac(byte[] key, int hexDigits) {
        if (hexDigits < 1 || hexDigits > 64) {
            throw new IllegalArgumentException("an HMAC-SHA-256 has 1 to 64 hexadecimal digits");
        }
        this.key = new SecretKeySpec(key, "HmacSHA256");
        this.hexDigits = hexDigits;
    }

    /** The keyed hash of {@code address} (stripped first). */
    public String of(String address) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] digest = mac.doFinal(address.strip().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, hexDigits);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }
}
