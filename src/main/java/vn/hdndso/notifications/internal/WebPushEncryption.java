package vn.hdndso.notifications.internal;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.interfaces.ECPublicKey;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Message encryption for web push (RFC 8291): an ECDH P-256 agreement between a fresh key pair of
 * ours and the browser's key, mixed with the browser's authentication secret through HKDF-SHA-256,
 * encrypts the message as one {@code aes128gcm} record (RFC 8188) whose header carries our public
 * key. Only the browser holding the subscription's private key and secret can read it.
 */
final class WebPushEncryption {

    /** The record size announced in the header; a message must fit in one record. */
    static final int RECORD_SIZE = 4096;

    /** The longest plaintext one record holds: record size minus the GCM tag and the delimiter. */
    static final int MAX_PLAINTEXT = RECORD_SIZE - 16 - 1;

    private static final SecureRandom RANDOM = new SecureRandom();

    private WebPushEncryption() {}

    /** Encrypts with a fresh key pair and salt: the body of the push request. */
    static byte[] encrypt(byte[] plaintext, ECPublicKey browserKey, byte[] authSecret) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return encrypt(plaintext, browserKey, authSecret, WebPushKeys.generate(), salt);
    }

    /** Encrypts with the given key pair and salt (RFC 8291 appendix A fixes both). */
    static byte[] encrypt(byte[] plaintext, ECPublicKey browserKey, byte[] authSecret, KeyPair ours, byte[] salt) {
        if (plaintext.length > MAX_PLAINTEXT) {
            throw new IllegalArgumentException("a push message holds at most " + MAX_PLAINTEXT + " bytes");
        }
        try {
            KeyAgreement agreement = KeyAgreement.getInstance("ECDH");
            agreement.init(ours.getPrivate());
            agreement.doPhase(browserKey, true);
            byte[] ecdhSecret = agreement.generateSecret();
            byte[] browserPoint = WebPushKeys.raw(browserKey);
            byte[] ourPoint = WebPushKeys.raw((ECPublicKey) ours.getPublic());

            byte[] keyInfo = concat(ascii("WebPush: info\0"), browserPoint, ourPoint);
            byte[] ikm = hkdf(authSecret, ecdhSecret, keyInfo, 32);
            byte[] contentKey = hkdf(salt, ikm, ascii("Content-Encoding: aes128gcm\0"), 16);
            byte[] nonce = hkdf(salt, ikm, ascii("Content-Encoding: nonce\0"), 12);

            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(contentKey, "AES"), new GCMParameterSpec(128, nonce));
            byte[] record = cipher.doFinal(concat(plaintext, new byte[] {0x02})); // 0x02: the last record

            ByteBuffer header = ByteBuffer.allocate(16 + 4 + 1 + ourPoint.length);
            header.put(salt).putInt(RECORD_SIZE).put((byte) ourPoint.length).put(ourPoint);
            return concat(header.array(), record);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("web push encryption failed", e);
        }
    }

    /** HKDF-SHA-256 (RFC 5869) for outputs of at most 32 bytes: extract, then one expand block. */
    static byte[] hkdf(byte[] salt, byte[] ikm, byte[] info, int length) throws GeneralSecurityException {
        byte[] prk = hmac(salt, ikm);
        return Arrays.copyOf(hmac(prk, concat(info, new byte[] {0x01})), length);
    }

    private static byte[] hmac(byte[] key, byte[] data) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(data);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] concat(byte[]... parts) {
        var out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
