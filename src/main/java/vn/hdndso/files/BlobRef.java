package vn.hdndso.files;

import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A blob in the store: its SHA-256 (lower-case hex), which is also its name, and its size.
 *
 * @param sha256 64 lower-case hex digits
 * @param size in bytes
 */
public record BlobRef(String sha256, long size) {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    public BlobRef {
        requireSha256(sha256);
        if (size < 0) {
            throw new IllegalArgumentException("negative size");
        }
    }

    /** Fails unless the value is a SHA-256 in lower-case hex; guards paths and object keys. */
    public static String requireSha256(String sha256) {
        Objects.requireNonNull(sha256, "sha256");
        if (!SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a lower-case hex SHA-256: " + sha256);
        }
        return sha256;
    }

    /** Whether the value is a SHA-256 in lower-case hex (a blob's name). */
    public static boolean isSha256(String value) {
        return SHA256.matcher(value).matches();
    }

    static String hex(byte[] digest) {
        return HexFormat.of().formatHex(digest);
    }
}
