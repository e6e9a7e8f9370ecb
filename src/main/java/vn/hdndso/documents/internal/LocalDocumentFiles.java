package vn.hdndso.documents.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.InstallationProperties;

/**
 * PDFs in a local directory, {@code <storage-dir>/<sha256>.pdf}: written to a temporary file in
 * the same directory, forced to disk, then renamed atomically; an existing file with the same
 * content is left as it is.
 */
@Component
class LocalDocumentFiles implements DocumentFiles {

    private final Path directory;

    LocalDocumentFiles(DocumentsProperties settings, InstallationProperties installation) {
        this.directory = settings.storageDir() != null
                ? settings.storageDir().toAbsolutePath().normalize()
                : installation.dataDir().resolve("documents");
    }

    @Override
    public StoredPdf store(CouncilId council, String originalName, byte[] content) {
        String sha256 = sha256(content);
        Path target = pathOf(sha256);
        if (Files.exists(target)) {
            return new StoredPdf(sha256, content.length);
        }
        try {
            Files.createDirectories(directory);
            Path temp = directory.resolve(".tmp-" + UUID.randomUUID());
            try {
                try (FileChannel channel =
                        FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                    ByteBuffer buffer = ByteBuffer.wrap(content);
                    while (buffer.hasRemaining()) {
                        channel.write(buffer);
                    }
                    channel.force(true);
                }
                try {
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
            return new StoredPdf(sha256, content.length);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store " + sha256, e);
        }
    }

    @Override
    public InputStream open(CouncilId council, String sha256) {
        try {
            return Files.newInputStream(pathOf(sha256));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + sha256, e);
        }
    }

    private Path pathOf(String sha256) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        return directory.resolve(sha256 + ".pdf");
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
