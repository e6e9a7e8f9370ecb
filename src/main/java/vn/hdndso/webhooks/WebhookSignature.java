package vn.hdndso.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code X-HDND-Signature} of a delivery: {@code sha256=} and the lower-case hex HMAC-SHA256 of
 * the exact body bytes, keyed with the subscription's secret (its UTF-8 bytes).
 */
public final class WebhookSignature {

    public static final String HEADER = "X-HDND-Signature";
    private static final String PREFIX = "sha256=";

    private WebhookSignature() {}

    /** The header value for a body. */
    public static String of(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return PREFIX + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** Whether a header value is the signature of the body (compared in constant time). */
    public static boolean verifies(String secret, byte[] body, String header) {
        return MessageDigest.isEqual(
                of(secret, body).getBytes(StandardCharsets.US_ASCII), header.getBytes(StandardCharsets.US_ASCII));
    }
}
