package vn.hdndso.identity.internal;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238 over RFC 4226 HOTP) as authenticator apps make them:
 * HMAC-SHA1, 30-second steps from the Unix epoch, 6 digits. A code is accepted in the current step
 * or one step either side, to allow for clock drift.
 */
final class Totp {

    public static final int DIGITS = 6;
    public static final long STEP_SECONDS = 30;
    static final int SECRET_BYTES = 20;
    private static final int WINDOW = 1;
    private static final int[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};

    private Totp() {}

    /** A new random 160-bit secret, base32-encoded as authenticator apps expect it. */
    public static String newSecret() {
        byte[] secret = new byte[SECRET_BYTES];
        new SecureRandom().nextBytes(secret);
        return Base32.encode(secret);
    }

    /** The time step an instant falls in. */
    static long step(Instant time) {
        return Math.floorDiv(time.getEpochSecond(), STEP_SECONDS);
    }

    /**
     * The step whose code matches, looking one step either side of {@code now}, if any; steps at or
     * below {@code lastUsedStep} are refused so that a code works only once.
     */
    public static OptionalLong matchingStep(String base32Secret, String code, Instant now, long lastUsedStep) {
        String digits = code == null ? "" : code.replaceAll("\\s", "");
        if (!digits.matches("\\d{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        byte[] key = Base32.decode(base32Secret);
        long current = step(now);
        OptionalLong match = OptionalLong.empty();
        for (long s = current - WINDOW; s <= current + WINDOW; s++) {
            // compare every candidate, so that timing does not tell which step matched
            if (constantTimeEquals(code(key, s, DIGITS, "HmacSHA1"), digits) && s > lastUsedStep && match.isEmpty()) {
                match = OptionalLong.of(s);
            }
        }
        return match;
    }

    /** The code of the current step (for tests and enrolment checks). */
    static String codeAt(String base32Secret, Instant time) {
        return code(Base32.decode(base32Secret), step(time), DIGITS, "HmacSHA1");
    }

    /**
     * HOTP (RFC 4226 §5.3) of one counter value: dynamic truncation of the HMAC, reduced to the
     * given number of digits and left-padded with zeros.
     */
    static String code(byte[] key, long counter, int digits, String hmacAlgorithm) {
        byte[] hash;
        try {
            Mac mac = Mac.getInstance(hmacAlgorithm);
            mac.init(new SecretKeySpec(key, hmacAlgorithm));
            hash = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(counter).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC not available: " + hmacAlgorithm, e);
        }
        int offset = hash[hash.length - 1] & 0x0f;
        int binary = ((hash[offset] & 0x7f) << 24)
                | ((hash[offset + 1] & 0xff) << 16)
                | ((hash[offset + 2] & 0xff) << 8)
                | (hash[offset + 3] & 0xff);
        int otp = binary % POWERS[digits];
        String text = Integer.toString(otp);
        return "0".repeat(digits - text.length()) + text;
    }

    private static boolean constantTimeEquals(String a, String b) {
        return java.security.MessageDigest.isEqual(
                a.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                b.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }
}
