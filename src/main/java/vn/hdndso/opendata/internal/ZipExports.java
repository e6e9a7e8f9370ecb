package vn.hdndso.opendata.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.opendata.BulkExport;
import vn.hdndso.opendata.BulkExports;
import vn.hdndso.opendata.OpenDataProperties;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.Sha256;
import vn.hdndso.shared.VnTime;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;

/**
 * {@link BulkExports} as ZIP files kept in {@link ExportRepository}: the files from
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
    private final Clock clock;
    private final Set<CouncilId> inProgress = ConcurrentHashMap.newKeySet();

    ZipExports(
            Councils councils,
            BulkExportFiles files,
            ExportRepository exports,
            OpenDataProperties settings,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.councils = councils;
        this.files = files;
        this.exports = exports;
        this.settings = settings;
        this.transactions = new TransactionTemplate(transactionManager);
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
    public BulkExport generate(CouncilId council) {
        Council c = councils.require(council);
        Built built = Tenancy.call(
                TenantScope.publicOf(council),
                () -> Objects.requireNonNull(transactions.execute(tx -> build(c)), "export"));
        return Tenancy.call(
                TenantScope.allCouncils("bulk export of a council's public open data"),
                () -> Objects.requireNonNull(
                        transactions.execute(tx -> {
                            Optional<BulkExport> stored = exports.find(council);
                            if (stored.isPresent() && stored.get().sha256().equals(built.fingerprint())) {
                                return stored.get();
                            }
                            BulkExport export =
                                    new BulkExport(built.zip(), built.fingerprint(), built.at(), built.files());
                            exports.save(council, export);
                            return export;
                        }),
                        "export"));
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

    private record Built(byte[] zip, String fingerprint, Instant at, int files) {}

    private Built build(Council council) {
        List<BulkExportFiles.Entry> entries = files.files(council);
        Instant now = Instant.now(clock);
        List<Map<String, Object>> listed = new ArrayList<>();
        StringBuilder fingerprint = new StringBuilder();
        for (BulkExportFiles.Entry e : entries) {
            String sha = Sha256.hex(e.content());
            Map<String, Object> file = new LinkedHashMap<>();
            file.put("path", e.path());
            file.put("mediaType", e.mediaType());
            file.put("size", e.content().length);
            file.put("sha256", sha);
            listed.add(file);
            fingerprint.append(e.path()).append(' ').append(sha).append('\n');
        }
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("council", Map.of("code", council.code(), "name", council.name(), "slug", council.slug()));
        manifest.put("generatedAt", now.toString());
        manifest.put("licence", settings.licence());
        manifest.put("licenceUrl", settings.licenceAddress());
        manifest.put("source", files.base() + "/" + council.slug() + "/du-lieu-mo");
        manifest.put("files", listed);
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            write(zip, "manifest.json", BulkExportFiles.json(manifest), now);
            for (BulkExportFiles.Entry e : entries) {
                write(zip, e.path(), e.content(), now);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String print = Sha256.hex(fingerprint.toString());
        return new Built(out.toByteArray(), print, now, entries.size() + 1);
    }

    private static void write(ZipOutputStream zip, String path, byte[] content, Instant at) throws IOException {
        ZipEntry entry = new ZipEntry(path);
        entry.setTime(at.toEpochMilli());
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }
}
