package vn.hdndso.oparl.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * SHA-1 and SHA-512 of stored files, as OParl's File wants them. Files are content-addressed by
 * SHA-256 and never change, so each is hashed once per instance and remembered by that key.
 */
@Component
class FileChecksums {

    /** SHA-1 (OParl 1.0 clients) and SHA-512 (OParl 1.1), lower-case hex. */
    public record Checksums(String sha1, String sha512) {}

    private static final int MAX_REMEMBERED = 100_000;

    private final Map<String, Checksums> known = new ConcurrentHashMap<>();

    public Checksums of(String sha256, Supplier<byte[]> content) {
        Checksums found = known.get(sha256);
        if (found != null) {
            return found;
        }
        byte[] bytes = content.get();
        Checksums computed = new Checksums(hex("SHA-1", bytes), hex("SHA-512", bytes));
        if (known.size() < MAX_REMEMBERED) {
            known.put(sha256, computed);
        }
        return computed;
    }

    private static String hex(String algorithm, byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
