package vn.hdndso.notifications;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPrivateKeySpec;
import java.security.spec.ECPublicKeySpec;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The browser's side of RFC 8291, written for the tests from the RFC and independent of the
 * application's encryption: reads the aes128gcm header (RFC 8188 §2.1), agrees on the ECDH secret
 * with the subscription's private key, derives the key and nonce and opens the single record.
 */
public final class WebPushDecryption {

    private WebPushDecryption() {}

    public static byte[] decrypt(byte[] body, ECPrivateKey browserPrivate, byte[] browserPublic, byte[] authSecret)
            throws GeneralSecurityException {
        ByteBuffer in = ByteBuffer.wrap(body);
        byte[] salt = new byte[16];
        in.get(salt);
        int recordSize = in.getInt();
        int idLength = in.get() & 0xff;
        byte[] serverPublic = new byte[idLength];
        in.get(serverPublic);
        byte[] record = new byte[in.remaining()];
        in.get(record);
        if (record.length > recordSize) {
            throw new GeneralSecurityException("more than one record");
        }
        KeyAgreement ecdh = KeyAgreement.getInstance("ECDH");
        ecdh.init(browserPrivate);
        ecdh.doPhase(publicKey(serverPublic), true);
        byte[] ecdhSecret = ecdh.generateSecret();
        // RFC 8291 §3.3 and §3.4
        byte[] prkKey = hmac(authSecret, ecdhSecret);
        byte[] keyInfo = concat(
                "WebPush: info".getBytes(StandardCharsets.US_ASCII),
                new byte[] {0},
                browserPublic,
                serverPublic,
                new byte[] {1});
        byte[] ikm = hmac(prkKey, keyInfo);
        byte[] prk = hmac(salt, ikm);
        byte[] cek = Arrays.copyOf(
                hmac(prk, concat("Content-Encoding: aes128gcm".getBytes(StandardCharsets.US_ASCII), new byte[] {0, 1})),
                16);
        byte[] nonce = Arrays.copyOf(
                hmac(prk, concat("Content-Encoding: nonce".getBytes(StandardCharsets.US_ASCII), new byte[] {0, 1})),
                12);
        Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
        aes.init(Cipher.DECRYPT_MODE, new SecretKeySpec(cek, "AES"), new GCMParameterSpec(128, nonce));
        byte[] padded = aes.doFinal(record);
        int end = padded.length - 1;
        while (end >= 0 && padded[end] == 0) {
            end--;
        }
        if (end < 0 || padded[end] != 2) {
            throw new GeneralSecurityException("the last record must end with the delimiter 0x02");
        }
        return Arrays.copyOf(padded, end);
    }

    public static ECPublicKey publicKey(byte[] point) throws GeneralSecurityException {
        BigInteger x = new BigInteger(1, Arrays.copyOfRange(point, 1, 33));
        BigInteger y = new BigInteger(1, Arrays.copyOfRange(point, 33, 65));
        return (ECPublicKey)
                KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(new ECPoint(x, y), p256()));
    }

    public static ECPrivateKey privateKey(byte[] scalar) throws GeneralSecurityException {
        return (ECPrivateKey)
                KeyFactory.getInstance("EC").generatePrivate(new ECPrivateKeySpec(new BigInteger(1, scalar), p256()));
    }

    public static byte[] b64(String base64url) {
        return Base64.getUrlDecoder().decode(base64url);
    }

    public static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static ECParameterSpec p256() throws GeneralSecurityException {
        AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
        parameters.init(new ECGenParameterSpec("secp256r1"));
        return parameters.getParameterSpec(ECParameterSpec.class);
    }

    private static byte[] hmac(byte[] key, byte[] data) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(data);
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] p : parts) {
            length += p.length;
        }
        ByteBuffer out = ByteBuffer.allocate(length);
        for (byte[] p : parts) {
            out.put(p);
        }
        return out.array();
    }
}
