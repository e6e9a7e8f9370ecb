package vn.hdndso.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;
import vn.hdndso.files.BlobRef;

/**
 * {@code SHA256SUMS} of a backup directory: every other file with its SHA-256, one a line as
 * {@code sha256sum} writes them ({@code <hex>  <path>}), so a backup can also be checked with
 * {@code sha256sum -c SHA256SUMS} where the application is not at hand.
 */
public final class BackupManifest {

    public static final String FILE = "SHA256SUMS";

    private BackupManifest() {}

    /** A file of the backup and its checksum. */
    public record Entry(String path, String sha256, long size) {}

    /** Checksums every file under the directory and writes the manifest (forced to the disk). */
    public static List<Entry> write(Path directory, Consumer<String> progress) throws IOException {
        List<Entry> entries = new ArrayList<>();
        for (String path : files(directory)) {
            if (path.equals(FILE)) {
                continue;
            }
            Path file = directory.resolve(path);
            entries.add(new Entry(path, sha256(file), Files.size(file)));
        }
        StringBuilder text = new StringBuilder();
        entries.forEach(
                e -> text.append(e.sha256()).append("  ").append(e.path()).append('\n'));
        Files.writeString(directory.resolve(FILE), text, StandardCharsets.UTF_8);
        force(directory.resolve(FILE));
        progress.accept("Bảng kê: %,d tệp".formatted(entries.size()));
        return entries;
    }

    /**
     * Checks every listed file, that none is missing and none unlisted, and that each blob's
     * content is what its name says.
     *
     * @throws BackupRefused naming the first problems found
     */
    public static List<Entry> verify(Path given, Consumer<String> progress) throws IOException {
        Path directory = given.toAbsolutePath().normalize();
        Path manifest = directory.resolve(FILE);
        if (!Files.isRegularFile(manifest)) {
            throw new BackupRefused("Không có bảng kê " + FILE + " trong " + directory + ": đây không phải bản sao lưu"
                    + " hoặc bản sao lưu chưa hoàn tất.");
        }
        Map<String, String> listed = new LinkedHashMap<>();
        for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            int gap = line.indexOf("  ");
            if (gap != 64) {
                throw new BackupRefused("Bảng kê " + FILE + " bị hỏng ở dòng: " + line);
            }
            listed.put(line.substring(66), line.substring(0, 64));
        }
        List<String> problems = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        TreeSet<String> present = new TreeSet<>(files(directory));
        present.remove(FILE);
        int n = 0;
        for (var item : listed.entrySet()) {
            n++;
            Path file = directory.resolve(item.getKey()).normalize();
            if (!file.startsWith(directory) || !present.remove(item.getKey())) {
                problems.add("thiếu tệp " + item.getKey());
                continue;
            }
            String actual = sha256(file);
            if (!actual.equals(item.getValue())) {
                problems.add("tệp " + item.getKey() + " đã bị thay đổi (SHA-256 " + actual + ")");
            } else if (item.getKey().startsWith("blobs/")
                    && BlobRef.isSha256(file.getFileName().toString())
                    && !file.getFileName().toString().equals(actual)) {
                problems.add("tệp " + item.getKey() + " không khớp tên của nó");
            }
            entries.add(new Entry(item.getKey(), actual, Files.size(file)));
            if (n % 500 == 0) {
                progress.accept("  đã kiểm %,d/%,d tệp".formatted(n, listed.size()));
            }
        }
        present.forEach(extra -> problems.add("tệp " + extra + " không có trong bảng kê"));
        if (!problems.isEmpty()) {
            throw new BackupRefused("Bản sao lưu " + directory + " bị hỏng: "
                    + String.join("; ", problems.subList(0, Math.min(10, problems.size())))
                    + (problems.size() > 10 ? " (và " + (problems.size() - 10) + " lỗi khác)" : ""));
        }
        progress.accept("Đã kiểm %,d tệp: tất cả khớp bảng kê".formatted(entries.size()));
        return entries;
    }

    /** The files under the directory, as relative paths with {@code /}, sorted. */
    public static List<String> files(Path directory) throws IOException {
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> directory.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
    }

    public static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest())) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of()
                    .formatHex(((DigestInputStream) in).getMessageDigest().digest());
        }
    }

    /** Forces a file written to the disk. */
    public static void force(Path file) throws IOException {
        try (var channel = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.READ)) {
            channel.force(true);
        }
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
