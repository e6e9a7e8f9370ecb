package vn.hdndso.files.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.OptionalLong;
import vn.hdndso.files.BlobRef;
import vn.hdndso.files.BlobStore;

/**
 * Blobs as files under a root directory: {@code <root>/ab/cd/<sha256>}. A blob is written to a
 * temporary file under {@code <root>/incoming} (the same file system), forced to the disk, then
 * renamed atomically to its final name and the directory is forced too; so after a crash a final
 * name holds the whole content or does not exist. Writing the same content again changes nothing.
 */
final class LocalBlobStore implements BlobStore {

    private final Path root;
    private final Path incoming;

    public LocalBlobStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
        this.incoming = this.root.resolve("incoming");
    }

    @Override
    public BlobRef put(InputStream content) {
        try (DigestingSpool spool = DigestingSpool.receive(content, incoming, Long.MAX_VALUE)) {
            Path target = pathOf(spool.sha256());
            if (!Files.exists(target)) {
                Files.createDirectories(Objects.requireNonNull(target.getParent()));
                move(spool.path(), target);
                forceDirectory(Objects.requireNonNull(target.getParent()));
            }
            return new BlobRef(spool.sha256(), spool.size());
        } catch (IOException e) {
            throw new UncheckedIOException("could not store a blob under " + root, e);
        }
    }

    @Override
    public InputStream open(String sha256) {
        try {
            return Files.newInputStream(pathOf(sha256));
        } catch (NoSuchFileException e) {
            throw new NoSuchElementException("no blob " + sha256);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Positions the file at the offset: nothing before it is read. */
    @Override
    public InputStream open(String sha256, long from) {
        try {
            var channel = java.nio.channels.FileChannel.open(pathOf(sha256), StandardOpenOption.READ);
            channel.position(from);
            return java.nio.channels.Channels.newInputStream(channel);
        } catch (NoSuchFileException e) {
            throw new NoSuchElementException("no blob " + sha256);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public java.util.stream.Stream<String> names() {
        if (!Files.isDirectory(root)) {
            return java.util.stream.Stream.empty();
        }
        try {
            return Files.walk(root)
                    .filter(path -> !path.startsWith(incoming))
                    .filter(Files::isRegularFile)
                    .map(path -> path.getFileName().toString())
                    .filter(BlobRef::isSha256);
        } catch (IOException e) {
            throw new UncheckedIOException("could not list the blobs under " + root, e);
        }
    }

    @Override
    public boolean exists(String sha256) {
        return Files.isRegularFile(pathOf(sha256));
    }

    @Override
    public OptionalLong size(String sha256) {
        try {
            return OptionalLong.of(Files.size(pathOf(sha256)));
        } catch (NoSuchFileException e) {
            return OptionalLong.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void delete(String sha256) {
        try {
            Files.deleteIfExists(pathOf(sha256));
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete the blob " + sha256, e);
        }
    }

    Path pathOf(String sha256) {
        BlobRef.requireSha256(sha256);
        return root.resolve(sha256.substring(0, 2))
                .resolve(sha256.substring(2, 4))
                .resolve(sha256);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("the blob directory must allow atomic renames: " + to.getParent(), e);
        }
    }

    /** Makes the new directory entry durable; not every platform can open a directory. */
    private static void forceDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Windows cannot open a directory as a channel; its rename is durable on its own
        }
    }
}
