package vn.hdndso.opendata.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.files.BlobRef;
import vn.hdndso.files.BlobStore;
import vn.hdndso.opendata.BulkExport;
import vn.hdndso.opendata.BulkExports;
import vn.hdndso.opendata.OpenDataProperties;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.InstallationProperties;
import vn.hdndso.shared.VnTime;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;

/**
 * {@link BulkExports} as ZIP files in the blob store, named in {@link ExportRepository}: the files from
 * {@link BulkExportFiles} (read in the public scope), a {@code manifest.json} listing each with its size
 * and SHA-256, and a fingerprint of them all that decides whether the stored export still holds.
 */
@Service
class ZipExports implements BulkExports {

    private static final Logger log = LoggerFactory.getLogger(ZipExports.class);

    private final Councils councils;
    private final BulkExportFiles files;
    private final ExportRepository exports;
    private final OpenDataProperties settings;
    private final TransactionTemplate transactions;
    private final BlobStore blobs;
    private final Path spool;
    private final Clock clock;
    private final Set<CouncilId> inProgress = ConcurrentHashMap.newKeySet();

    ZipExports(
            Councils councils,
            BulkExportFiles files,
            ExportRepository exports,
            OpenDataProperties settings,
            PlatformTransactionManager transactionManager,
            BlobStore blobs,
            InstallationProperties installation,
            Clock clock) {
        this.councils = councils;
        this.files = files;
        this.exports = exports;
        this.settings = settings;
        this.transactions = new TransactionTemplate(transactionManager);
        this.blobs = blobs;
        this.spool = installation.dataDir().resolve("tmp").resolve("exports");
        this.clock = clock;
    }

    @Override
    public BulkExport latest(CouncilId council) {
        return stored(council).orElseGet(() -> generate(council));
    }

    @Override
    public Optional<BulkExport> stored(CouncilId council) {
        Optional<BulkExport> stored =
                Tenancy.call(TenantScope.publicOf(council), () -> transactions.execute(tx -> exports.find(council)));
        return stored == null ? Optional.empty() : stored;
    }

    @Override
    public void generateSoon(CouncilId council) {
        if (!inProgress.add(council)) {
            return;
        }
        CompletableFuture.runAsync(() -> {
            try {
                generate(council);
            } catch (RuntimeException e) {
                log.warn("bulk export of council {} failed", council, e);
            } finally {
                inProgress.remove(council);
            }
        });
    }

    @Override
    public InputStream open(BulkExport export) {
        return blobs.open(export.blob());
    }

    @Override
    public BulkExport generate(CouncilId council) {
        Council c = councils.require(council);
        Path file = spoolFile();
        try {
            // the ZIP is written to a file (each dataset streamed into it from the database) and
            // stored as a blob before its row names it: a row never names a missing or partial ZIP
            Built built = Tenancy.call(
                    TenantScope.publicOf(council),
                    () -> Objects.requireNonNull(transactions.execute(tx -> build(c, file)), "export"));
            TenantScope writer = TenantScope.allCouncils("bulk export of a council's public open data");
            Optional<BulkExport> before = Objects.requireNonNullElse(
                    Tenancy.call(writer, () -> transactions.execute(tx -> exports.find(council))), Optional.empty());
            if (before.isPresent()
                    && before.get().sha256().equals(built.fingerprint())
                    && blobs.exists(before.get().blob())) {
                return before.get();
            }
            BlobRef zip = store(file);
            BulkExport export =
                    new BulkExport(zip.sha256(), zip.size(), built.fingerprint(), built.at(), built.files());
            Tenancy.run(writer, () -> transactions.executeWithoutResult(tx -> exports.save(council, export)));
            before.filter(old -> !old.blob().equals(export.blob())).ifPresent(old -> {
                Boolean inUse = Tenancy.call(writer, () -> transactions.execute(tx -> exports.blobInUse(old.blob())));
                if (!Boolean.TRUE.equals(inUse)) {
                    blobs.delete(old.blob());
                }
            });
            return export;
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                log.warn("could not remove the spooled export {}", file, e);
            }
        }
    }

    /** Every night (Vietnam time): every council's export. */
    @Scheduled(cron = "${hdnd.opendata.export-cron:0 30 2 * * *}", zone = VnTime.ZONE_ID)
    void generateAll() {
        int done = 0;
        for (Council council : councils.all()) {
            try {
                generate(council.id());
                done++;
            } catch (RuntimeException e) {
                log.warn("bulk export of {} failed", council.slug(), e);
            }
        }
        log.info("bulk export: {} councils", done);
    }

    private record Built(String fingerprint, Instant at, int files) {}

    /** Writes the council's export into the file, in the caller's (public) transaction. */
    private Built build(Council council, Path file) {
        List<BulkExportFiles.Entry> entries = files.files(council);
        Instant now = Instant.now(clock);
        try {
            ExportZip.Written written = ExportZip.write(file, entries, now, listed -> {
                Map<String, Object> manifest = new LinkedHashMap<>();
                manifest.put("council", Map.of("code", council.code(), "name", council.name(), "slug", council.slug()));
                manifest.put("generatedAt", now.toString());
                manifest.put("licence", settings.licence());
                manifest.put("licenceUrl", settings.licenceAddress());
                manifest.put("source", files.base() + "/" + council.slug() + "/du-lieu-mo");
                manifest.put("files", listed);
                return manifest;
            });
            return new Built(written.fingerprint(), now, written.files().size() + 1);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the bulk export", e);
        }
    }

    private Path spoolFile() {
        try {
            Files.createDirectories(spool);
            return Files.createTempFile(spool, "export", ".zip");
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the bulk export", e);
        }
    }

    /** Stores the written ZIP in the blob store. */
    private BlobRef store(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return blobs.put(in);
        } catch (IOException e) {
            throw new UncheckedIOException("could not store the bulk export", e);
        }
    }
}
