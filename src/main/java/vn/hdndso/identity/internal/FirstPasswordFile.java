package vn.hdndso.identity.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Where a generated first-administrator password is shown, once: a file in the data directory
 * readable by the service's own account only ({@code 0600}), never the log. It goes when the
 * password has been changed (checked on every start).
 */
final class FirstPasswordFile {

    static final String NAME = "first-admin-password.txt";

    private final Path file;

    FirstPasswordFile(Path dataDir) {
        this.file = dataDir.resolve(NAME);
    }

    Path path() {
        return file;
    }

    /** Writes the password, created {@code rw-------} before any byte of it is written. */
    void write(String username, String password) {
        try {
            Files.createDirectories(file.getParent());
            Path temporary = file.resolveSibling(NAME + ".new");
            Files.deleteIfExists(temporary);
            Files.createFile(
                    temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            String content = "# HĐND số: the first administrator, created with a generated password.\n"
                    + "# Sign in at /login; you must choose a new password at once. This file is removed\n"
                    + "# on the next start after the password has been changed.\n"
                    + "username=" + username + "\n"
                    + "password=" + password + "\n";
            try (var channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.write(ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8)));
                channel.force(true);
            }
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** Removes the file (the password it shows is no longer valid). */
    boolean remove() {
        try {
            return Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + file, e);
        }
    }
}
