package vn.hdndso.files.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A stream copied to a temporary file while its SHA-256 is computed and its size counted, flushed
 * to the disk; deleted on {@link #close()} unless it was moved away.
 */
final class DigestingSpool implements AutoCloseable {

    private final Path path;
    private final String sha256;
    private final long size;

    private DigestingSpool(Path path, String sha256, long size) {
        this.path = path;
        this.sha256 = sha256;
        this.size = size;
    }

    /**
     * Copies the stream into a new file in {@code directory}.
     *
     * @param limit the most bytes accepted; more throws {@link TooLargeException}
     */
    public static DigestingSpool receive(InputStream content, Path directory, long limit) throws IOException {
        Files.createDirectories(directory);
        Path file = Files.createTempFile(directory, "incoming-", ".part");
        try {
            MessageDigest digest = newDigest();
            long total = 0;
            try (InputStream in = new DigestInputStream(content, digest);
                    FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE);
                    OutputStream out = Channels.newOutputStream(channel)) {
                byte[] buffer = new byte[64 * 1024];
                int n;
                while ((n = in.read(buffer)) != -1) {
                    total += n;
                    if (total > limit) {
                        throw new TooLargeException(limit);
                    }
                    out.write(buffer, 0, n);
                }
                out.flush();
                channel.force(true);
            }
            return new DigestingSpool(file, HexFormat.of().formatHex(digest.digest()), total);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    public Path path() {
        return path;
    }

    public String sha256() {
        return sha256;
    }

    public long size() {
        return size;
    }

    @Override
    public void close() throws IOException {
        Files.deleteIfExists(path);
    }

    static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The stream was longer than allowed. */
    public static final class TooLargeException extends IOException {
        private final long limit;

        TooLargeException(long limit) {
            super("more than " + limit + " bytes");
            this.limit = limit;
        }

        public long limit() {
            return limit;
        }
    }
}
