package vn.hdndso.petitions.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The signature of a Zalo OA webhook event, as Zalo documents it: the header {@code
 * X-ZEvent-Signature: mac=<hex>} where {@code mac = sha256(appId + data + timeStamp + OAsecretKey)},
 * {@code data} being the request body as sent and {@code timeStamp} the event's {@code timestamp}
 * field.
 */
final class ZaloSignature {

    private ZaloSignature() {}

    /** The mac of an event, lower-case hex. */
    static String mac(String appId, String body, String timestamp, String secretKey) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((appId + body + timestamp + secretKey).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** The header's value for an event: {@code mac=<hex>}. */
    static String header(String appId, String body, String timestamp, String secretKey) {
        return "mac=" + mac(appId, body, timestamp, secretKey);
    }

    /** Whether the header carries the event's mac (compared in constant time; "mac=" optional, hex in any case). */
    static boolean matches(@Nullable String header, String appId, String body, String timestamp, String secretKey) {
        if (header == null || header.isBlank()) {
            return false;
        }
        String given = header.strip();
        if (given.regionMatches(true, 0, "mac=", 0, 4)) {
            given = given.substring(4).strip();
        }
        byte[] expected = mac(appId, body, timestamp, secretKey).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }
}
