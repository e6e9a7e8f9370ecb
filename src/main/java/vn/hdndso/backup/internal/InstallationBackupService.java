package vn.hdndso.backup.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;
import vn.hdndso.backup.BackupManifest;
import vn.hdndso.backup.BackupRefused;
import vn.hdndso.backup.BackupSummary;
import vn.hdndso.backup.InstallationBackups;
import vn.hdndso.files.BlobRef;
import vn.hdndso.files.BlobStore;
import vn.hdndso.shared.InstallationProperties;

/** {@link InstallationBackups}: database copy, blobs, keys and the manifest. */
@Service
class InstallationBackupService implements InstallationBackups {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DatabaseCopy database;
    private final DataSource owner;
    private final BlobStore blobs;
    private final InstallationDirectories directories;
    private final ObjectProvider<FlywayConfigurationCustomizer> flywaySettings;
    private final String store;
    private final Clock clock;

    InstallationBackupService(
            @Qualifier("ownerDataSource") DataSource owner,
            BlobStore blobs,
            InstallationProperties installation,
            Environment environment,
            ObjectProvider<FlywayConfigurationCustomizer> flywaySettings,
            ObjectProvider<Clock> clock) {
        this.database = new DatabaseCopy(owner);
        this.owner = owner;
        this.blobs = blobs;
        this.directories = new InstallationDirectories(installation, environment);
        this.flywaySettings = flywaySettings;
        this.store = environment.getProperty("hdnd.files.store", "local");
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @Override
    public BackupSummary backup(Path given, Consumer<String> progress) {
        Path directory = given.toAbsolutePath().normalize();
        try {
            if (Files.exists(directory) && !BackupManifest.files(directory).isEmpty()) {
                throw new BackupRefused("Thư mục " + directory + " không trống: hãy sao lưu vào một thư mục mới.");
            }
            Files.createDirectories(directory);
            progress.accept("Sao lưu cơ sở dữ liệu (một ảnh chụp nhất quán)…");
            DatabaseCopy.Copied copied = database.dump(directory.resolve("database"), progress);
            progress.accept("Sao lưu tệp (kho blob " + store + ")…");
            long blobCount = copyBlobs(directory.resolve("blobs"), progress);
            List<String> copiedDirectories = new ArrayList<>();
            for (Map.Entry<String, Path> entry : directories.all().entrySet()) {
                long files = InstallationDirectories.copy(entry.getValue(), directory.resolve(entry.getKey()));
                copiedDirectories.add(entry.getKey());
                progress.accept("Sao lưu %s/: %d tệp".formatted(entry.getKey(), files));
            }
            var description = new BackupDescription(
                    BackupDescription.FORMAT,
                    Instant.now(clock).toString(),
                    store,
                    copied.tables(),
                    copied.sequences(),
                    copied.migrations(),
                    blobCount,
                    copiedDirectories);
            JSON.writerWithDefaultPrettyPrinter()
                    .writeValue(directory.resolve(BackupDescription.FILE).toFile(), description);
            List<BackupManifest.Entry> entries = BackupManifest.write(directory, progress);
            for (BackupManifest.Entry entry : entries) {
                BackupManifest.force(directory.resolve(entry.path()));
            }
            return summary(description, entries);
        } catch (IOException e) {
            throw new UncheckedIOException("the backup into " + directory + " failed", e);
        } catch (SQLException e) {
            throw new IllegalStateException("the database copy into " + directory + " failed", e);
        }
    }

    @Override
    public BackupSummary verify(Path given, Consumer<String> progress) {
        Path directory = given.toAbsolutePath().normalize();
        try {
            List<BackupManifest.Entry> entries = BackupManifest.verify(directory, progress);
            return summary(describe(directory), entries);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the backup in " + directory, e);
        }
    }

    @Override
    public BackupSummary restore(Path given, boolean force, Consumer<String> progress) {
        Path directory = given.toAbsolutePath().normalize();
        try {
            progress.accept("Kiểm tra bản sao lưu…");
            List<BackupManifest.Entry> entries = BackupManifest.verify(directory, progress);
            BackupDescription description = describe(directory);
            boolean holdsData = database.hasTables() || directories.anyFiles() || anyBlob();
            if (holdsData && !force) {
                throw new BackupRefused(
                        "Cài đặt này đã có dữ liệu (cơ sở dữ liệu, tệp hoặc khoá): không khôi phục đè lên."
                                + " Hãy khôi phục vào một thư mục dữ liệu trống, hoặc thêm --force để xoá dữ liệu hiện có.");
            }
            Flyway flyway = flyway(force);
            if (force && database.hasTables()) {
                progress.accept("Xoá lược đồ hiện có (--force)…");
                flyway.clean();
            }
            progress.accept("Tạo lược đồ bằng các migration…");
            flyway.migrate();
            List<String> here = database.migrations();
            if (!here.equals(description.migrations())) {
                throw new BackupRefused(
                        "Bản sao lưu được tạo bởi một phiên bản khác của ứng dụng (migration khác nhau: "
                                + difference(description.migrations(), here)
                                + "). Hãy khôi phục bằng đúng phiên bản đã sao lưu, rồi nâng cấp.");
            }
            progress.accept("Nạp dữ liệu…");
            database.load(directory.resolve("database"), description.database(), progress);
            progress.accept("Khôi phục tệp…");
            long restoredBlobs = restoreBlobs(directory.resolve("blobs"), progress);
            for (String name : description.directories()) {
                Path target = directories.all().get(name);
                if (target != null) {
                    long files = InstallationDirectories.copy(directory.resolve(name), target);
                    progress.accept("Khôi phục %s/: %d tệp".formatted(name, files));
                }
            }
            progress.accept("Đã khôi phục %,d bảng và %,d tệp blob"
                    .formatted(description.tables().size(), restoredBlobs));
            return summary(description, entries);
        } catch (IOException e) {
            throw new UncheckedIOException("the restore from " + directory + " failed", e);
        } catch (SQLException e) {
            throw new IllegalStateException("the database restore from " + directory + " failed", e);
        }
    }

    private long copyBlobs(Path target, Consumer<String> progress) throws IOException {
        Files.createDirectories(target);
        List<String> names;
        try (Stream<String> listed = blobs.names()) {
            names = listed.sorted().toList();
        }
        long copied = 0;
        for (String name : names) {
            Path file = target.resolve(name.substring(0, 2)).resolve(name);
            Files.createDirectories(java.util.Objects.requireNonNull(file.getParent(), "a blob has a directory"));
            try (InputStream in = blobs.open(name)) {
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            } catch (java.util.NoSuchElementException erased) {
                continue; // erased (a voter's photo) since it was listed: not named by the copied database either
            }
            copied++;
            if (copied % 200 == 0 || copied == names.size()) {
                progress.accept("  tệp %,d/%,d".formatted(copied, names.size()));
            }
        }
        return copied;
    }

    private long restoreBlobs(Path source, Consumer<String> progress) throws IOException {
        if (!Files.isDirectory(source)) {
            return 0;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(source)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        long restored = 0;
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (!blobs.exists(name)) {
                try (InputStream in = Files.newInputStream(file)) {
                    BlobRef stored = blobs.put(in);
                    if (!stored.sha256().equals(name)) {
                        throw new BackupRefused("Tệp " + file + " không khớp tên của nó.");
                    }
                }
            }
            restored++;
            if (restored % 200 == 0 || restored == files.size()) {
                progress.accept("  tệp %,d/%,d".formatted(restored, files.size()));
            }
        }
        return restored;
    }

    private boolean anyBlob() {
        try (Stream<String> names = blobs.names()) {
            return names.findAny().isPresent();
        }
    }

    private Flyway flyway(boolean force) {
        FluentConfiguration configuration = Flyway.configure()
                .dataSource(owner)
                .locations("classpath:db/migration")
                .outOfOrder(true)
                .cleanDisabled(!force);
        flywaySettings.orderedStream().forEach(customizer -> customizer.customize(configuration));
        return configuration.load();
    }

    private static BackupDescription describe(Path directory) {
        Path file = directory.resolve(BackupDescription.FILE);
        if (!Files.isRegularFile(file)) {
            throw new BackupRefused("Bản sao lưu " + directory + " thiếu " + BackupDescription.FILE + ".");
        }
        BackupDescription description = JSON.readValue(file.toFile(), BackupDescription.class);
        if (description.format() != BackupDescription.FORMAT) {
            throw new BackupRefused("Bản sao lưu có định dạng " + description.format()
                    + ", phiên bản này đọc định dạng " + BackupDescription.FORMAT + ".");
        }
        return description;
    }

    private static String difference(List<String> backup, List<String> here) {
        List<String> onlyInBackup =
                backup.stream().filter(m -> !here.contains(m)).toList();
        List<String> onlyHere = here.stream().filter(m -> !backup.contains(m)).toList();
        return "chỉ trong bản sao lưu " + shorten(onlyInBackup) + ", chỉ ở phiên bản này " + shorten(onlyHere);
    }

    private static String shorten(List<String> migrations) {
        List<String> versions =
                migrations.stream().map(m -> "V" + m.split(" ")[0]).toList();
        return versions.isEmpty() ? "không có" : String.join(", ", versions.subList(0, Math.min(8, versions.size())));
    }

    private static BackupSummary summary(BackupDescription description, List<BackupManifest.Entry> entries) {
        long rows = description.tables().stream()
                .mapToLong(DatabaseCopy.Table::rows)
                .sum();
        long bytes = entries.stream().mapToLong(BackupManifest.Entry::size).sum();
        return new BackupSummary(description.tables().size(), rows, description.blobs(), entries.size(), bytes);
    }
}
