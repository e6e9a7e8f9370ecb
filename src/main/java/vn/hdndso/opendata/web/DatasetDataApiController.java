package vn.hdndso.opendata.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.identity.CouncilAccess;
import vn.hdndso.opendata.BulkExport;
import vn.hdndso.opendata.BulkExports;
import vn.hdndso.opendata.CellText;
import vn.hdndso.opendata.Column;
import vn.hdndso.opendata.DataRow;
import vn.hdndso.opendata.Dataset;
import vn.hdndso.opendata.DatasetId;
import vn.hdndso.opendata.DatasetImports;
import vn.hdndso.opendata.DatasetVersion;
import vn.hdndso.opendata.Datasets;
import vn.hdndso.opendata.ImportSettings;
import vn.hdndso.opendata.ImportStatus;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.web.Page;

/**
 * The data of a council's datasets: import a file as a new version (staff), follow an import,
 * read a version's rows (the public the published ones), and make the bulk export now (staff).
 */
@RestController
@Tag(name = "Open data")
class DatasetDataApiController {

    private static final String STAFF = OpenDataApiController.STAFF;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Councils councils;
    private final Datasets datasets;
    private final DatasetImports imports;
    private final BulkExports exports;
    private final CouncilAccess access;

    DatasetDataApiController(
            Councils councils, Datasets datasets, DatasetImports imports, BulkExports exports, CouncilAccess access) {
        this.councils = councils;
        this.datasets = datasets;
        this.imports = imports;
        this.exports = exports;
        this.access = access;
    }

    /** Clerks and council administrators see unpublished datasets; everyone else what is published. */
    private boolean staff() {
        return access.has("CLERK", "COUNCIL_ADMIN");
    }

    record ExportMade(String sha256, Instant generatedAt, int files, String url) {}

    @PostMapping(path = "/api/v1/councils/{slug}/datasets/{id}/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(STAFF)
    @Operation(
            summary = "Import a CSV, XLSX or XLS file as a new version",
            description = "Part 'file'; optional part 'settings' (JSON: sheet, headerRow, headerRows, columns "
                    + "[{name,key,type,unit}]); keepGoodRows=true imports the readable rows when some are refused. "
                    + "201 with a new version, 200 when the same file and mapping were imported before, 422 when rows "
                    + "are refused (with the reasons) and nothing was imported.")
    ResponseEntity<ImportStatus> importFile(
            @PathVariable String slug,
            @PathVariable UUID id,
            @RequestPart("file") MultipartFile file,
            @RequestPart(name = "settings", required = false) @Nullable String settings,
            @RequestParam(defaultValue = "false") boolean keepGoodRows) {
        Council council = councils.requireBySlug(slug);
        ImportSettings chosen = ImportSettings.detected();
        if (settings != null && !settings.isBlank()) {
            try {
                chosen = JSON.readValue(settings, ImportSettings.class);
            } catch (JacksonException e) {
                throw InvalidInputException.of("settings", "opendata.settings.invalid");
            }
        }
        byte[] bytes;
        try {
            bytes = file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ImportStatus status = imports.importNow(
                council.id(), new DatasetId(id), file.getOriginalFilename(), bytes, chosen, keepGoodRows);
        int code = status.state() == ImportStatus.State.DONE ? (status.reused() ? 200 : 201) : 422;
        return ResponseEntity.status(code).body(status);
    }

    @GetMapping("/api/v1/councils/{slug}/datasets/{id}/imports/{importId}")
    @PreAuthorize(STAFF)
    @Operation(summary = "Where an import stands (progress, outcome, refused rows)")
    ImportStatus importStatus(@PathVariable String slug, @PathVariable UUID id, @PathVariable UUID importId) {
        Council council = councils.requireBySlug(slug);
        return imports.status(council.id(), importId);
    }

    record Rows(
            List<Column> columns,
            List<Map<String, @Nullable Object>> items,
            int page,
            int size,
            long total,
            int version) {}

    @GetMapping("/api/v1/councils/{slug}/datasets/{id}/rows")
    @Operation(summary = "Rows of the published version (or ?version= for staff), sorted by a column key")
    Rows rows(
            @PathVariable String slug,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable Integer version,
            @RequestParam(required = false) @Nullable String sort,
            @RequestParam(defaultValue = "asc") String order,
            Page.Request page) {
        Council council = councils.requireBySlug(slug);
        DatasetId datasetId = new DatasetId(id);
        boolean staff = staff();
        Dataset dataset =
                staff ? datasets.require(council.id(), datasetId) : datasets.requirePublished(council.id(), datasetId);
        int number = version != null
                ? version
                : dataset.publishedVersion() != null ? dataset.publishedVersion() : dataset.latestVersion();
        DatasetVersion v = datasets.version(council.id(), datasetId, number);
        if (!staff && !v.published()) {
            throw new vn.hdndso.shared.NotFoundException("opendata.version.notFound", number);
        }
        Page<DataRow> rows = datasets.rows(council.id(), datasetId, number, sort, "desc".equalsIgnoreCase(order), page);
        List<Map<String, @Nullable Object>> items = rows.items().stream()
                .map(r -> {
                    Map<String, @Nullable Object> item = new java.util.LinkedHashMap<>();
                    for (int i = 0; i < v.columns().size(); i++) {
                        Object value = r.values().get(i);
                        item.put(
                                v.columns().get(i).key(),
                                value instanceof java.time.LocalDate ? CellText.plain(value) : value);
                    }
                    return item;
                })
                .toList();
        return new Rows(v.columns(), items, rows.page(), rows.size(), rows.total(), number);
    }

    @PostMapping("/api/v1/councils/{slug}/open-data/export")
    @PreAuthorize(STAFF)
    @Operation(summary = "Make the council's bulk export now (also made every night)")
    ExportMade export(@PathVariable String slug) {
        Council council = councils.requireBySlug(slug);
        BulkExport made = exports.generate(council.id());
        return new ExportMade(made.sha256(), made.generatedAt(), made.files(), "/" + slug + "/du-lieu-mo/tai-ve.zip");
    }
}
