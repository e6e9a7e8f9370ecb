package vn.hdndso.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An API key as presented: {@code hdnd_<prefix>_<secret>}. The prefix (8 lower-case letters or
 * digits) is public and finds the key; only the SHA-256 of the secret (32 letters or digits,
 * about 190 bits) is stored.
 */
record ApiKeyToken(String prefix, String secret) {

    static final Pattern FORMAT = Pattern.compile("hdnd_([a-z0-9]{8})_([A-Za-z0-9]{32})");
    private static final String PREFIX_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final String SECRET_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    public static ApiKeyToken generate() {
        return new ApiKeyToken(random(PREFIX_ALPHABET, 8), random(SECRET_ALPHABET, 32));
    }

    static Optional<ApiKeyToken> parse(String token) {
        Matcher m = FORMAT.matcher(token);
        return m.matches() ? Optional.of(new ApiKeyToken(m.group(1), m.group(2))) : Optional.empty();
    }

    /** What the caller sends; shown once, when the key is created. */
    public String token() {
        return "hdnd_" + prefix + "_" + secret;
    }

    /** What is stored: the SHA-256 of the secret, hex. */
    public String secretHash() {
        return sha256(secret);
    }

    @Override
    public String toString() {
        return "ApiKeyToken[" + prefix + "]";
    }

    static String sha256(String secret) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String random(String alphabet, int length) {
        var text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
