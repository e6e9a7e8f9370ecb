package vn.hdndso.opendata.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import tools.jackson.databind.json.JsonMapper;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.opendata.BulkExport;
import vn.hdndso.opendata.BulkExports;
import vn.hdndso.opendata.CatalogueContribution;
import vn.hdndso.opendata.CatalogueEntry;
import vn.hdndso.opendata.Dataset;
import vn.hdndso.opendata.DatasetFiles;
import vn.hdndso.opendata.DatasetId;
import vn.hdndso.opendata.DatasetVersion;
import vn.hdndso.opendata.Datasets;
import vn.hdndso.opendata.OpenDataProperties;
import vn.hdndso.shared.InstallationProperties;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;
import vn.hdndso.shared.web.Problems;

/**
 * The public files of open data: a dataset version as CSV or JSON, the DCAT catalogues (a
 * council's and the city-wide one, which also lists the datasets other modules contribute through
 * {@link CatalogueContribution}) as JSON-LD, and a council's bulk export ZIP. Files carry ETag
 * and Last-Modified.
 */
@Controller
class OpenDataFilesController {

    static final MediaType JSON_LD = MediaType.parseMediaType("application/ld+json;charset=UTF-8");
    private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** When a visitor who found no bulk export yet is asked to come back. */
    static final int EXPORT_RETRY_SECONDS = 30;

    private final Councils councils;
    private final Datasets datasets;
    private final BulkExports exports;
    private final OpenDataProperties settings;
    private final InstallationProperties installation;
    private final List<CatalogueContribution> contributions;
    private final Problems problems;

    OpenDataFilesController(
            Councils councils,
            Datasets datasets,
            BulkExports exports,
            OpenDataProperties settings,
            InstallationProperties installation,
            List<CatalogueContribution> contributions,
            Problems problems) {
        this.problems = problems;
        this.councils = councils;
        this.datasets = datasets;
        this.exports = exports;
        this.settings = settings;
        this.installation = installation;
        this.contributions = contributions;
    }

    private String base() {
        return installation.baseUrl().replaceAll("/$", "");
    }

    @GetMapping("/{slug:[a-z0-9-]+}/du-lieu-mo/{id}.csv")
    void csv(
            @PathVariable String slug,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable Integer version,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        download(slug, id, version, "csv", request, response);
    }

    @GetMapping("/{slug:[a-z0-9-]+}/du-lieu-mo/{id}.json")
    void json(
            @PathVariable String slug,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable Integer version,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        download(slug, id, version, "json", request, response);
    }

    /**
     * Writes the version's rows to the response as they come from the database (up to a million
     * rows: never held whole in memory); the entity tag comes from the version's metadata, so a
     * conditional request is answered without reading a row.
     */
    private void download(
            String slug,
            UUID id,
            @Nullable Integer version,
            String format,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        Council council = councils.requireBySlug(slug);
        DatasetId datasetId = new DatasetId(id);
        Dataset dataset = datasets.requirePublished(council.id(), datasetId);
        int number = version != null ? version : PublicOpenDataController.publishedVersion(dataset);
        DatasetVersion v = datasets.version(council.id(), datasetId, number);
        String etag = "\"" + v.id() + "-" + format + "-" + dataset.updatedAt().toEpochMilli() + "\"";
        long modified = (v.publishedAt() == null ? v.importedAt() : v.publishedAt()).toEpochMilli();
        modified = Math.max(modified, dataset.updatedAt().toEpochMilli());
        response.setHeader(
                HttpHeaders.CACHE_CONTROL, CacheControl.noCache().cachePublic().getHeaderValue());
        if (new ServletWebRequest(request, response).checkNotModified(etag, modified)) {
            return;
        }
        String fileName = vn.hdndso.shared.VnText.slug(dataset.title()) + "-v" + number + "." + format;
        response.setContentType((format.equals("csv") ? CSV : MediaType.APPLICATION_JSON).toString());
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename(fileName, StandardCharsets.UTF_8)
                        .build()
                        .toString());
        if ("HEAD".equals(request.getMethod())) {
            return;
        }
        DatasetFiles.RowSource rows = sink -> datasets.eachRow(council.id(), datasetId, number, sink);
        OutputStream out = response.getOutputStream();
        if (format.equals("csv")) {
            DatasetFiles.csv(v, rows, out);
        } else {
            DatasetFiles.json(dataset, v, base() + "/" + slug + "/du-lieu-mo/" + id, rows, out);
        }
    }

    @GetMapping(path = "/{slug:[a-z0-9-]+}/du-lieu-mo/catalog.jsonld")
    ResponseEntity<byte[]> dcat(@PathVariable String slug) {
        Council council = councils.requireBySlug(slug);
        String base = base();
        List<Map<String, Object>> items = new ArrayList<>();
        for (Dataset d : datasets.published(council.id())) {
            items.add(DcatCatalogue.dataset(base, council, d, settings));
        }
        var catalogue = DcatCatalogue.catalogue(
                base + "/" + slug + "/du-lieu-mo/catalog.jsonld",
                "Dữ liệu mở – Hội đồng nhân dân " + council.name(),
                "Các bộ dữ liệu do Hội đồng nhân dân " + council.name() + " công bố.",
                base + "/" + slug + "/du-lieu-mo",
                DcatCatalogue.publisher(base, council),
                items);
        return ResponseEntity.ok().contentType(JSON_LD).body(JSON.writeValueAsBytes(catalogue));
    }

    @GetMapping(path = "/du-lieu-mo/catalog.jsonld")
    ResponseEntity<byte[]> cityDcat() {
        String base = base();
        List<Dataset> all = Tenancy.call(
                TenantScope.allCouncils("city-wide DCAT catalogue (published only)"), datasets::publishedEverywhere);
        List<Map<String, Object>> items = new ArrayList<>();
        for (Dataset d : all) {
            items.add(DcatCatalogue.dataset(base, councils.require(d.council()), d, settings));
        }
        Council province = councils.provincial().orElse(null);
        Map<String, Object> publisher = province != null
                ? DcatCatalogue.publisher(base, province)
                : Map.of("@type", "foaf:Agent", "foaf:name", "HĐND số");
        for (CatalogueContribution contribution : contributions) {
            for (CatalogueEntry entry : contribution.catalogueEntries(base)) {
                items.add(DcatCatalogue.contributed(entry, publisher));
            }
        }
        var catalogue = DcatCatalogue.catalogue(
                base + "/du-lieu-mo/catalog.jsonld",
                "Dữ liệu mở – Hội đồng nhân dân các cấp" + (province != null ? " " + province.name() : ""),
                "Các bộ dữ liệu do Hội đồng nhân dân thành phố và các xã, phường công bố.",
                base + "/du-lieu-mo",
                publisher,
                items);
        return ResponseEntity.ok().contentType(JSON_LD).body(JSON.writeValueAsBytes(catalogue));
    }

    @GetMapping("/{slug:[a-z0-9-]+}/du-lieu-mo/tai-ve.zip")
    ResponseEntity<?> bulk(@PathVariable String slug, WebRequest request) {
        Council council = councils.requireBySlug(slug);
        Optional<BulkExport> stored = exports.stored(council.id());
        if (stored.isEmpty()) {
            // a visitor never makes everyone wait for a full build: it is made once, in the background
            exports.generateSoon(council.id());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(EXPORT_RETRY_SECONDS))
                    .cacheControl(CacheControl.noStore())
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problems.problem(
                            HttpStatus.SERVICE_UNAVAILABLE,
                            "busy",
                            "reliability.export.preparing",
                            EXPORT_RETRY_SECONDS));
        }
        BulkExport export = stored.get();
        String etag = "\"" + export.sha256() + "\"";
        if (request.checkNotModified(etag, export.generatedAt().toEpochMilli())) {
            return ResponseEntity.status(304).eTag(etag).build();
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("du-lieu-mo-" + slug + ".zip")
                                .build()
                                .toString())
                .eTag(etag)
                .lastModified(export.generatedAt().toEpochMilli())
                .cacheControl(CacheControl.noCache().cachePublic())
                .contentLength(export.size())
                // streamed from the blob store: the ZIP is never read whole into memory
                .body(new org.springframework.core.io.InputStreamResource(exports.open(export)));
    }
}
