package vn.hdndso.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import org.jspecify.annotations.Nullable;

/**
 * A 256-bit secret of this installation: the one an operator configured (Base64 of 32 bytes), or
 * else {@code <data-dir>/keys/<name>.key}, generated on first use with owner-only permissions and
 * moved into place atomically, so two instances starting together keep the same key. Used for the
 * webhook secrets, the Zalo OA tokens and the audit trail's address hashes; the data directory's
 * {@code keys/} must be backed up with the database, or what was sealed with them cannot be opened.
 */
public final class InstallationKey {

    static final int BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private InstallationKey() {}

    /**
     * @param name the key file's name without {@code .key} ("webhooks")
     * @param configured the configured key, Base64, or blank for the generated file
     * @param property the property that configures it, named when the configured key is wrong
     */
    public static byte[] load(Path dataDir, String name, @Nullable String configured, String property) {
        if (configured != null && !configured.isBlank()) {
            return checked(decode(configured, property), property);
        }
        Path keyDir = dataDir.resolve("keys");
        Path keyFile = keyDir.resolve(name + ".key");
        try {
            if (Files.exists(keyFile)) {
                return checked(decode(Files.readString(keyFile), keyFile.toString()), keyFile.toString());
            }
            byte[] fresh = new byte[BYTES];
            RANDOM.nextBytes(fresh);
            if (!OwnerOnlyFiles.create(
                    keyFile, Base64.getEncoder().encodeToString(fresh).getBytes(StandardCharsets.US_ASCII))) {
                // another instance starting at the same moment wrote it first
                return checked(decode(Files.readString(keyFile), keyFile.toString()), keyFile.toString());
            }
            return fresh;
        } catch (IOException e) {
            throw new UncheckedIOException("the key " + name + " could not be read or written: " + keyFile, e);
        }
    }

    private static byte[] decode(String base64, String source) {
        try {
            return Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(source + " must be 32 bytes in Base64", e);
        }
    }

    private static byte[] checked(byte[] key, String source) {
        if (key.length != BYTES) {
            throw new IllegalStateException(source + " must be 32 bytes in Base64");
        }
        return key;
    }
}
