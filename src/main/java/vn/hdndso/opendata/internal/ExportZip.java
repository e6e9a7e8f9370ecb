package vn.hdndso.opendata.internal;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import vn.hdndso.shared.Sha256;

/**
 * Writes a bulk export's ZIP to a file, one entry at a time: each {@link BulkExportFiles.Entry}
 * writes its content straight into the ZIP's stream (a dataset of a million rows is never a byte
 * array), its size and SHA-256 counted on the way; {@code manifest.json}, which lists them, comes
 * last. The fingerprint (every path with its SHA-256) is the one that decides whether a stored
 * export still holds.
 */
final class ExportZip {

    /** What was written: the files as the manifest lists them, and their fingerprint. */
    record Written(List<Map<String, Object>> files, String fingerprint) {}

    private ExportZip() {}

    /**
     * @param manifest the manifest for the listed files (each with path, mediaType, size, sha256)
     */
    static Written write(
            Path file,
            List<BulkExportFiles.Entry> entries,
            Instant at,
            Function<List<Map<String, Object>>, Map<String, Object>> manifest)
            throws IOException {
        List<Map<String, Object>> listed = new ArrayList<>();
        StringBuilder fingerprint = new StringBuilder();
        try (var zip =
                new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(file)), StandardCharsets.UTF_8)) {
            for (BulkExportFiles.Entry e : entries) {
                start(zip, e.path(), at);
                var counted = new CountingDigest(zip);
                e.content().writeTo(counted);
                counted.flush();
                zip.closeEntry();
                String sha = counted.hex();
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("path", e.path());
                item.put("mediaType", e.mediaType());
                item.put("size", counted.size);
                item.put("sha256", sha);
                listed.add(item);
                fingerprint.append(e.path()).append(' ').append(sha).append('\n');
            }
            start(zip, "manifest.json", at);
            zip.write(BulkExportFiles.json(manifest.apply(listed)));
            zip.closeEntry();
        }
        return new Written(List.copyOf(listed), Sha256.hex(fingerprint.toString()));
    }

    private static void start(ZipOutputStream zip, String path, Instant at) throws IOException {
        ZipEntry entry = new ZipEntry(path);
        entry.setTime(at.toEpochMilli());
        zip.putNextEntry(entry);
    }

    /**
     * The entry's stream as its writer sees it: counted and digested, and not closed with the
     * writer's own stream (a JSON generator closes its target; the ZIP goes on).
     */
    private static final class CountingDigest extends FilterOutputStream {
        private final MessageDigest digest;
        long size;

        CountingDigest(OutputStream zip) {
            super(zip);
            try {
                this.digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is part of every JDK", e);
            }
            this.out = new DigestOutputStream(zip, digest);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            size++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            size += len;
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }

        String hex() {
            return HexFormat.of().formatHex(digest.digest());
        }
    }
}
