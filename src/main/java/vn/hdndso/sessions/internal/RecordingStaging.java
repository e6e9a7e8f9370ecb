package vn.hdndso.sessions.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.UUID;
import vn.hdndso.shared.InstallationProperties;

/**
 * Staging files of resumable recording uploads, under {@code <data dir>/tmp/recordings}. A chunk
 * is written at its offset after truncating there, so a retried chunk never leaves stray bytes.
 * One writer at a time holds the file's lock (an operating-system lock: a process that dies
 * releases it), so a chunk is written without a database transaction or a pooled connection.
 */
@org.springframework.stereotype.Component
class RecordingStaging {

    private final Path directory;

    RecordingStaging(InstallationProperties installation) {
        this.directory = installation.dataDir().resolve("tmp").resolve("recordings");
    }

    public Path file(UUID upload) {
        return directory.resolve(upload + ".part");
    }

    /** The staging file opened and locked for one chunk; empty if another chunk is being written. */
    public Optional<Writer> writer(UUID upload) {
        try {
            Files.createDirectories(directory);
            FileChannel channel = FileChannel.open(
                    file(upload), StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                return Optional.empty();
            }
            return Optional.of(new Writer(channel));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void delete(UUID upload) {
        try {
            Files.deleteIfExists(file(upload));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The locked staging file of one upload; closing it releases the lock. */
    static final class Writer implements AutoCloseable {

        private final FileChannel channel;

        private Writer(FileChannel channel) {
            this.channel = channel;
        }

        /**
         * Writes up to {@code max} bytes of {@code content} at {@code offset} (what lay beyond is cut
         * off first) and forces them to the disk; returns how many were written, or -1 if the content
         * is longer than {@code max} (then nothing of it is kept).
         */
        long write(long offset, InputStream content, long max) {
            try {
                channel.truncate(offset);
                channel.position(offset);
                byte[] buffer = new byte[64 * 1024];
                long written = 0;
                int n;
                while (written < max
                        && (n = content.read(buffer, 0, (int) Math.min(buffer.length, max - written))) > 0) {
                    ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, n);
                    while (chunk.hasRemaining()) {
                        channel.write(chunk);
                    }
                    written += n;
                }
                if (written == max && content.read() >= 0) {
                    channel.truncate(offset);
                    return -1;
                }
                channel.force(false);
                return written;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            try {
                channel.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
