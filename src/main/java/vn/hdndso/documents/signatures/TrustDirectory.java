package vn.hdndso.documents.signatures;

import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The trusted CA certificates of the trust directory ({@link TrustStore}), read once and again only
 * when the directory changes: a file added, removed, replaced or touched. Telling costs a listing
 * of the directory (names, sizes and modification times), not the parsing of every certificate on
 * every validation, so adding a CA certificate still needs no restart.
 */
final class TrustDirectory {

    /** What the directory held when it was last read. */
    private record Loaded(List<String> stamp, CommonTrustedCertificateSource source) {}

    private final Path directory;
    private volatile Loaded loaded;

    TrustDirectory(Path directory) {
        this.directory = directory;
        this.loaded = new Loaded(List.of("not read yet"), new CommonTrustedCertificateSource());
    }

    /** The trusted certificates, read anew if the directory changed since the last call. */
    CommonTrustedCertificateSource source() {
        List<String> stamp = stamp();
        Loaded current = loaded;
        if (current.stamp().equals(stamp)) {
            return current.source();
        }
        synchronized (this) {
            current = loaded;
            if (!current.stamp().equals(stamp)) {
                current = new Loaded(stamp, TrustStore.load(directory));
                loaded = current;
            }
            return current.source();
        }
    }

    private List<String> stamp() {
        List<String> stamp = new ArrayList<>();
        if (!Files.isDirectory(directory)) {
            return stamp;
        }
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.sorted().toList()) {
                BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
                stamp.add(file.getFileName() + " " + a.size() + " "
                        + a.lastModifiedTime().toMillis() + " " + a.fileKey());
            }
        } catch (IOException e) {
            stamp.add("unreadable: " + e.getMessage());
        }
        return stamp;
    }
}
