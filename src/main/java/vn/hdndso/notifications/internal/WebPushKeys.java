package vn.hdndso.notifications.internal;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPrivateKeySpec;
import java.security.spec.ECPublicKeySpec;
import java.util.Arrays;
import java.util.Base64;

/**
 * P-256 keys in the shapes web push uses: a public key as the 65-byte uncompressed point
 * ({@code 0x04 || x || y}), a private key as its 32-byte scalar, both base64url without padding.
 */
final class WebPushKeys {

    private static final ECParameterSpec P256 = p256();

    private WebPushKeys() {}

    static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("P-256 is not available", e);
        }
    }

    /** The uncompressed point of a public key: 65 bytes. */
    static byte[] raw(ECPublicKey key) {
        byte[] point = new byte[65];
        point[0] = 0x04;
        copyUnsigned(key.getW().getAffineX(), point, 1);
        copyUnsigned(key.getW().getAffineY(), point, 33);
        return point;
    }

    /** The scalar of a private key: 32 bytes. */
    static byte[] raw(ECPrivateKey key) {
        byte[] scalar = new byte[32];
        copyUnsigned(key.getS(), scalar, 0);
        return scalar;
    }

    /** A public key from its uncompressed point; anything else (or a point off the curve) is refused. */
    static ECPublicKey publicKey(byte[] point) {
        if (point.length != 65 || point[0] != 0x04) {
            throw new IllegalArgumentException("not an uncompressed P-256 point");
        }
        BigInteger x = new BigInteger(1, Arrays.copyOfRange(point, 1, 33));
        BigInteger y = new BigInteger(1, Arrays.copyOfRange(point, 33, 65));
        if (!onCurve(x, y)) {
            throw new IllegalArgumentException("the point is not on P-256");
        }
        try {
            return (ECPublicKey)
                    KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(new ECPoint(x, y), P256));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not a P-256 public key", e);
        }
    }

    static ECPrivateKey privateKey(byte[] scalar) {
        if (scalar.length != 32) {
            throw new IllegalArgumentException("a P-256 private key has 32 bytes");
        }
        try {
            return (ECPrivateKey)
                    KeyFactory.getInstance("EC").generatePrivate(new ECPrivateKeySpec(new BigInteger(1, scalar), P256));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not a P-256 private key", e);
        }
    }

    static byte[] decode(String base64url) {
        return Base64.getUrlDecoder()
                .decode(base64url.strip().replace('+', '-').replace('/', '_').replace("=", ""));
    }

    static String encode(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static boolean onCurve(BigInteger x, BigInteger y) {
        BigInteger p = ((java.security.spec.ECFieldFp) P256.getCurve().getField()).getP();
        if (x.signum() < 0 || x.compareTo(p) >= 0 || y.signum() < 0 || y.compareTo(p) >= 0) {
            return false;
        }
        BigInteger left = y.modPow(BigInteger.TWO, p);
        BigInteger right = x.pow(3)
                .add(P256.getCurve().getA().multiply(x))
                .add(P256.getCurve().getB())
                .mod(p);
        return left.equals(right);
    }

    private static void copyUnsigned(BigInteger value, byte[] target, int offset) {
        byte[] bytes = value.toByteArray();
        int length = Math.min(bytes.length, 32);
        System.arraycopy(bytes, bytes.length - length, target, offset + 32 - length, length);
    }

    private static ECParameterSpec p256() {
        return ((ECPublicKey) generate().getPublic()).getParams();
    }
}
