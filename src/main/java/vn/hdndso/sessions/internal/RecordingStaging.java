package vn.hdndso.sessions.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import vn.hdndso.shared.InstallationProperties;

/**
 * Staging files of resumable recording uploads, under {@code <data dir>/tmp/recordings}. A chunk
 * is written at its offset after truncating there, so a retried chunk never leaves stray bytes.
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

    /** Writes up to {@code max} bytes of {@code content} at {@code offset}; returns how many were written. */
    public long write(UUID upload, long offset, InputStream content, long max) {
        try {
            Files.createDirectories(directory);
            try (FileChannel channel = FileChannel.open(
                    file(upload), StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ)) {
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
                return written;
            }
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
}
