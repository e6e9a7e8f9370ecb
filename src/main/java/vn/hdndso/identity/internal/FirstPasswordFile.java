package vn.hdndso.identity.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.hdndso.shared.OwnerOnlyFiles;

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
            String content = "# HĐND số: the first administrator, created with a generated password.\n"
                    + "# Sign in at /login; you must choose a new password at once. This file is removed\n"
                    + "# on the next start after the password has been changed.\n"
                    + "username=" + username + "\n"
                    + "password=" + password + "\n";
            OwnerOnlyFiles.write(file, content.getBytes(StandardCharsets.UTF_8));
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
