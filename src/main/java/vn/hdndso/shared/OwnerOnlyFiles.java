package vn.hdndso.shared;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Objects;
import java.util.Set;

/**
 * Secrets written to the data directory (installation keys, the embedded database's passwords,
 * the first administrator's password): a temporary file beside the target is created readable and
 * writable by its owner only ({@code rw-------}) before any byte is written, flushed to disk, then
 * put in place in one step, and the directory entry flushed too. A reader never sees a partial
 * file or one open to others, and a crash leaves the old file or the new one.
 */
public final class OwnerOnlyFiles {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private OwnerOnlyFiles() {}

    /** Writes the file, replacing what was there. */
    public static void write(Path file, byte[] content) throws IOException {
        Path temporary = temporaryBeside(file, content);
        try {
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
        forceDirectory(parent(file));
    }

    /**
     * Writes the file unless it exists (two processes starting together: the first one's file
     * stays).
     *
     * @return false when the file existed; it is left as it was
     */
    public static boolean create(Path file, byte[] content) throws IOException {
        Path temporary = temporaryBeside(file, content);
        try {
            Files.createLink(file, temporary); // fails, atomically, when the file exists
        } catch (FileAlreadyExistsException exists) {
            return false;
        } catch (UnsupportedOperationException noLinks) {
            if (Files.exists(file)) {
                return false;
            }
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
        forceDirectory(parent(file));
        return true;
    }

    /** Makes an existing file readable and writable by its owner only (where the file system has POSIX modes). */
    public static void restrict(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        } catch (UnsupportedOperationException notPosix) {
            // the directory's permissions apply
        }
    }

    private static Path temporaryBeside(Path file, byte[] content) throws IOException {
        Path dir = parent(file);
        Files.createDirectories(dir);
        String prefix = "." + file.getFileName() + ".";
        Path temporary;
        try {
            FileAttribute<Set<PosixFilePermission>> ownerOnly = PosixFilePermissions.asFileAttribute(OWNER_ONLY);
            temporary = Files.createTempFile(dir, prefix, ".new", ownerOnly);
        } catch (UnsupportedOperationException notPosix) {
            temporary = Files.createTempFile(dir, prefix, ".new");
        }
        try (var channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
            ByteBuffer bytes = ByteBuffer.wrap(content);
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
        return temporary;
    }

    private static Path parent(Path file) {
        return Objects.requireNonNull(file.toAbsolutePath().getParent(), "a file in a directory");
    }

    /** Flushes the directory's entries (Linux; elsewhere a directory cannot be opened, and that is fine). */
    private static void forceDirectory(Path dir) {
        try (var channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException notSupported) {
            // not every platform opens a directory
        }
    }
}
