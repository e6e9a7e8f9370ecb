package vn.hdndso.opendata.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.CouncilOrganisation;
import vn.hdndso.councils.CouncilProfile;
import vn.hdndso.documents.OutgoingDocument;
import vn.hdndso.documents.OutgoingDocuments;
import vn.hdndso.opendata.Dataset;
import vn.hdndso.opendata.DatasetFiles;
import vn.hdndso.opendata.DatasetVersion;
import vn.hdndso.opendata.Datasets;
import vn.hdndso.shared.InstallationProperties;

/**
 * The files of a council's bulk export: each published dataset as CSV and JSON with a catalogue
 * ({@code datasets.json}), the metadata of issued documents, the delegates and the council's
 * bodies with their members. Reads through the other modules' APIs in the caller's scope.
 */
@Component
class BulkExportFiles {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Datasets datasets;
    private final DatasetVersionRepository versions;
    private final OutgoingDocuments documents;
    private final CouncilOrganisation organisation;
    private final InstallationProperties installation;

    BulkExportFiles(
            Datasets datasets,
            DatasetVersionRepository versions,
            OutgoingDocuments documents,
            CouncilOrganisation organisation,
            InstallationProperties installation) {
        this.datasets = datasets;
        this.versions = versions;
        this.documents = documents;
        this.organisation = organisation;
        this.installation = installation;
    }

    /** Writes one file's content into the stream it is given (the ZIP's entry). */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;

        /** A small file already in memory (a metadata list). */
        static Content of(byte[] bytes) {
            return out -> out.write(bytes);
        }
    }

    /**
     * One file of the export: its content is written when the ZIP is, in the same transaction,
     * straight into the ZIP's stream.
     */
    record Entry(String path, String mediaType, Content content) {}

    /** The files of the council's export, read in the caller's (public) scope. */
    List<Entry> files(Council council) {
        String base = base();
        List<Entry> entries = new ArrayList<>();
        List<Map<String, Object>> catalogue = new ArrayList<>();
        for (Dataset dataset : datasets.published(council.id())) {
            DatasetVersion version = datasets.publishedVersion(council.id(), dataset.id());
            String url = base + "/" + council.slug() + "/du-lieu-mo/" + dataset.id();
            DatasetFiles.RowSource rows = sink -> versions.eachRow(version, sink);
            String name = "datasets/" + dataset.id();
            entries.add(new Entry(name + ".csv", "text/csv", out -> DatasetFiles.csv(version, rows, out)));
            entries.add(new Entry(
                    name + ".json", "application/json", out -> DatasetFiles.json(dataset, version, url, rows, out)));
            Map<String, Object> item = new LinkedHashMap<>();
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
        entries.add(new Entry("datasets.json", "application/json", Content.of(json(catalogue))));

        List<Map<String, Object>> issued = new ArrayList<>();
        StringBuilder documentsCsv =
                new StringBuilder("\uFEFFnumberSymbol,issueDate,type,subject,signerName,signerPosition,url\r\n");
        for (OutgoingDocument d : documents.issued(council.id())) {
            LocalDate date = d.issue() == null ? null : d.issue().issueDate();
            String url = base + "/" + council.slug() + "/van-ban/" + d.id();
            Map<String, Object> item = new LinkedHashMap<>();
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
        entries.add(new Entry("documents.json", "application/json", Content.of(json(issued))));
        entries.add(new Entry(
                "documents.csv", "text/csv", Content.of(documentsCsv.toString().getBytes(StandardCharsets.UTF_8))));

        CouncilProfile profile = organisation.profile(council.id());
        List<Map<String, Object>> delegates = new ArrayList<>();
        StringBuilder delegatesCsv = new StringBuilder("\uFEFFid,fullName,position\r\n");
        profile.delegates().forEach(d -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", d.id().toString());
            item.put("fullName", d.fullName());
            item.put("position", d.position());
            item.put("demo", d.demo());
            delegates.add(item);
            delegatesCsv.append(csvLine(d.id().toString(), d.fullName(), d.position() == null ? "" : d.position()));
        });
        entries.add(new Entry("delegates.json", "application/json", Content.of(json(delegates))));
        entries.add(new Entry(
                "delegates.csv", "text/csv", Content.of(delegatesCsv.toString().getBytes(StandardCharsets.UTF_8))));
        List<Map<String, Object>> bodies = new ArrayList<>();
        profile.bodies().forEach(b -> {
            Map<String, Object> item = new LinkedHashMap<>();
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
        entries.add(new Entry("committees.json", "application/json", Content.of(json(bodies))));
        return entries;
    }

    /** The address of the installation without its trailing slash (empty when not configured). */
    String base() {
        return installation.baseUrl() == null ? "" : installation.baseUrl().replaceAll("/$", "");
    }

    /** A small document (manifest, metadata lists) as indented JSON. */
    static byte[] json(Object value) {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(value);
    }

    private static String csvLine(@Nullable String... cells) {
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
