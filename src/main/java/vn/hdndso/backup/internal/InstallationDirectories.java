package vn.hdndso.backup.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.core.env.Environment;
import vn.hdndso.shared.InstallationProperties;

/**
 * The installation's directories that must match the database: {@code keys/} (the installation
 * keys that seal webhook secrets, Zalo tokens and address hashes, and the councils' signing keys)
 * , {@code trust/} (the CA certificates signature checks trust) and {@code push/} (the web-push key
 * pair delegates' phones subscribed with); the signing keys' directory too
 * when it is configured elsewhere.
 */
final class InstallationDirectories {

    private final Map<String, Path> directories = new LinkedHashMap<>();

    InstallationDirectories(InstallationProperties installation, Environment environment) {
        Path keys = installation.dataDir().resolve("keys");
        directories.put("keys", keys);
        Path keystore = configured(environment, "hdnd.documents.keystore-dir", keys);
        if (!keystore.equals(keys)) {
            directories.put("keystore", keystore);
        }
        directories.put(
                "trust",
                configured(
                        environment,
                        "hdnd.signatures.trust-dir",
                        installation.dataDir().resolve("trust")));
    }

    Map<String, Path> all() {
        return directories;
    }

    /** Whether any of them holds a file. */
    boolean anyFiles() throws IOException {
        for (Path directory : directories.values()) {
            if (Files.isDirectory(directory)) {
                try (Stream<Path> walk = Files.walk(directory)) {
                    if (walk.anyMatch(Files::isRegularFile)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Copies a directory's files to another, keeping them private to the owner. */
    static long copy(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            return 0;
        }
        long copied = 0;
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(java.util.Objects.requireNonNull(target.getParent(), "a file has a directory"));
                Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                try {
                    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException e) {
                    // not a POSIX file system: the directory's permissions apply
                }
                copied++;
            }
        }
        return copied;
    }

    private static Path configured(Environment environment, String property, Path fallback) {
        String value = environment.getProperty(property, "");
        return value.isBlank() ? fallback : Path.of(value).toAbsolutePath().normalize();
    }
}
