package vn.hdndso.opendata;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.CouncilOrganisation;
import vn.hdndso.councils.CouncilProfile;
import vn.hdndso.councils.Councils;
import vn.hdndso.documents.OutgoingDocument;
import vn.hdndso.documents.OutgoingDocuments;
import vn.hdndso.opendata.internal.DatasetFiles;
import vn.hdndso.opendata.internal.DatasetRepository;
import vn.hdndso.opendata.internal.ExportRepository;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.InstallationProperties;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;

/**
 * The bulk export of each council's public data as one ZIP: published datasets (CSV and JSON),
 * the metadata of issued documents, delegates and the council's bodies with their members, and
 * {@code manifest.json} listing every file with its size and SHA-256. Everything is read in the
 * public scope, so nothing private can slip in. Made every night for every council and on demand;
 * a council whose data did not change keeps its export (and its ETag).
 */
@Service
public class BulkExports {

    private static final Logger log = LoggerFactory.getLogger(BulkExports.class);

    private final Councils councils;
    private final Datasets datasets;
    private final DatasetRepository repository;
    private final OutgoingDocuments documents;
    private final CouncilOrganisation organisation;
    private final ExportRepository exports;
    private final OpenDataProperties settings;
    private final InstallationProperties installation;
    private final TransactionTemplate transactions;

    BulkExports(
            Councils councils,
            Datasets datasets,
            DatasetRepository repository,
            OutgoingDocuments documents,
            CouncilOrganisation organisation,
            ExportRepository exports,
            OpenDataProperties settings,
            InstallationProperties installation,
            PlatformTransactionManager transactionManager) {
        this.councils = councils;
        this.datasets = datasets;
        this.repository = repository;
        this.documents = documents;
        this.organisation = organisation;
        this.exports = exports;
        this.settings = settings;
        this.installation = installation;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** The stored export of the council, made now if there is none yet. Call outside a transaction. */
    public BulkExport latest(CouncilId council) {
        Optional<BulkExport> stored =
                Tenancy.call(TenantScope.publicOf(council), () -> transactions.execute(tx -> exports.find(council)));
        return stored != null && stored.isPresent() ? stored.get() : generate(council);
    }

    /** Makes the council's export now (or keeps the stored one when nothing changed). Call outside a transaction. */
    public BulkExport generate(CouncilId council) {
        Council c = councils.require(council);
        Built built = Tenancy.call(TenantScope.publicOf(council), () -> transactions.execute(tx -> build(c)));
        return Tenancy.call(
                TenantScope.allCouncils("bulk export of a council's public open data"),
                () -> transactions.execute(tx -> {
                    Optional<BulkExport> stored = exports.find(council);
                    if (stored.isPresent() && stored.get().sha256().equals(built.fingerprint())) {
                        return stored.get();
                    }
                    BulkExport export = new BulkExport(built.zip(), built.fingerprint(), built.at(), built.files());
                    exports.save(council, export);
                    return export;
                }));
    }

    /** Every night (Vietnam time): every council's export. */
    @Scheduled(cron = "${hdnd.opendata.export-cron:0 30 2 * * *}", zone = "Asia/Ho_Chi_Minh")
    public void generateAll() {
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

    private record Entry(String path, String mediaType, byte[] content) {}

    private Built build(Council council) {
        String base =
                installation.baseUrl() == null ? "" : installation.baseUrl().replaceAll("/$", "");
        List<Entry> entries = new ArrayList<>();
        List<Map<String, Object>> catalogue = new ArrayList<>();
        for (Dataset dataset : datasets.published(council.id())) {
            DatasetVersion version = datasets.publishedVersion(council.id(), dataset.id());
            String url = base + "/" + council.slug() + "/du-lieu-mo/" + dataset.id();
            DatasetFiles.RowSource rows = sink -> repository.eachRow(version, sink);
            String name = "datasets/" + dataset.id();
            entries.add(new Entry(name + ".csv", "text/csv", DatasetFiles.csvBytes(version, rows)));
            entries.add(
                    new Entry(name + ".json", "application/json", DatasetFiles.jsonBytes(dataset, version, url, rows)));
            Map<String, Object> item = DatasetFiles.map();
            item.put("id", dataset.id().toString());
            item.put("title", dataset.title());
            item.put("theme", dataset.theme().name());
            item.put("version", version.number());
            item.put("licence", dataset.licence());
            item.put("url", url);
            item.put("csv", name + ".csv");
            item.put("json", name + ".json");
            catalogue.add(item);
        }
        entries.add(new Entry("datasets.json", "application/json", DatasetFiles.json(catalogue)));

        List<Map<String, Object>> issued = new ArrayList<>();
        StringBuilder documentsCsv =
                new StringBuilder("\uFEFFnumberSymbol,issueDate,type,subject,signerName,signerPosition,url\r\n");
        for (OutgoingDocument d : documents.issued(council.id())) {
            LocalDate date = d.issue() == null ? null : d.issue().issueDate();
            String url = base + "/" + council.slug() + "/van-ban/" + d.id();
            Map<String, Object> item = DatasetFiles.map();
            item.put("id", d.id().toString());
            item.put("numberSymbol", d.numberSymbol());
            item.put("issueDate", date == null ? null : date.toString());
            item.put("type", d.type().vietnameseName());
            item.put("subject", d.subject());
            item.put("signerName", d.signerName());
            item.put("signerPosition", d.signerPosition());
            item.put("url", url);
            item.put("signedPdf", url + "/signed.pdf");
            item.put("demo", d.demo());
            issued.add(item);
            documentsCsv.append(csvLine(
                    d.numberSymbol(),
                    date == null ? "" : date.toString(),
                    d.type().vietnameseName(),
                    d.subject(),
                    d.signerName(),
                    d.signerPosition(),
                    url));
        }
        entries.add(new Entry("documents.json", "application/json", DatasetFiles.json(issued)));
        entries.add(
                new Entry("documents.csv", "text/csv", documentsCsv.toString().getBytes(StandardCharsets.UTF_8)));

        CouncilProfile profile = organisation.profile(council.id());
        List<Map<String, Object>> delegates = new ArrayList<>();
        StringBuilder delegatesCsv = new StringBuilder("\uFEFFid,fullName,position\r\n");
        profile.delegates().forEach(d -> {
            Map<String, Object> item = DatasetFiles.map();
            item.put("id", d.id().toString());
            item.put("fullName", d.fullName());
            item.put("position", d.position());
            item.put("demo", d.demo());
            delegates.add(item);
            delegatesCsv.append(csvLine(d.id().toString(), d.fullName(), d.position() == null ? "" : d.position()));
        });
        entries.add(new Entry("delegates.json", "application/json", DatasetFiles.json(delegates)));
        entries.add(
                new Entry("delegates.csv", "text/csv", delegatesCsv.toString().getBytes(StandardCharsets.UTF_8)));
        List<Map<String, Object>> bodies = new ArrayList<>();
        profile.bodies().forEach(b -> {
            Map<String, Object> item = DatasetFiles.map();
            item.put("id", b.body().id().toString());
            item.put("kind", b.body().kind().name());
            item.put("name", b.body().name());
            item.put(
                    "members",
                    b.seats().stream()
                            .map(s -> Map.of(
                                    "delegateId",
                                    s.delegate().id().toString(),
                                    "fullName",
                                    s.delegate().fullName(),
                                    "role",
                                    s.role().name()))
                            .toList());
            bodies.add(item);
        });
        entries.add(new Entry("committees.json", "application/json", DatasetFiles.json(bodies)));

        Instant now = Instant.now();
        List<Map<String, Object>> files = new ArrayList<>();
        StringBuilder fingerprint = new StringBuilder();
        for (Entry e : entries) {
            String sha = DatasetImports.sha256(e.content());
            Map<String, Object> file = DatasetFiles.map();
            file.put("path", e.path());
            file.put("mediaType", e.mediaType());
            file.put("size", e.content().length);
            file.put("sha256", sha);
            files.add(file);
            fingerprint.append(e.path()).append(' ').append(sha).append('\n');
        }
        Map<String, Object> manifest = DatasetFiles.map();
        manifest.put("council", Map.of("code", council.code(), "name", council.name(), "slug", council.slug()));
        manifest.put("generatedAt", now.toString());
        manifest.put("licence", settings.licence());
        manifest.put("licenceUrl", settings.licenceAddress());
        manifest.put("source", base + "/" + council.slug() + "/du-lieu-mo");
        manifest.put("files", files);
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            write(zip, "manifest.json", DatasetFiles.json(manifest), now);
            for (Entry e : entries) {
                write(zip, e.path(), e.content(), now);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String print = DatasetImports.sha256(fingerprint.toString().getBytes(StandardCharsets.UTF_8));
        return new Built(out.toByteArray(), print, now, entries.size() + 1);
    }

    private static void write(ZipOutputStream zip, String path, byte[] content, Instant at) throws IOException {
        ZipEntry entry = new ZipEntry(path);
        entry.setTime(at.toEpochMilli());
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }

    private static String csvLine(String... cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            String cell = cells[i] == null ? "" : cells[i];
            if (cell.contains(",") || cell.contains("\"") || cell.contains("\n")) {
                line.append('"').append(cell.replace("\"", "\"\"")).append('"');
            } else {
                line.append(cell);
            }
        }
        return line.append("\r\n").toString();
    }
}
