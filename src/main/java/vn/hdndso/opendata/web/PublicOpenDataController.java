package vn.hdndso.opendata.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
import tools.jackson.databind.json.JsonMapper;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.opendata.BulkExport;
import vn.hdndso.opendata.BulkExports;
import vn.hdndso.opendata.DataRow;
import vn.hdndso.opendata.Dataset;
import vn.hdndso.opendata.DatasetId;
import vn.hdndso.opendata.DatasetVersion;
import vn.hdndso.opendata.Datasets;
import vn.hdndso.opendata.OpenDataProperties;
import vn.hdndso.opendata.internal.CellText;
import vn.hdndso.opendata.internal.ChartSvg;
import vn.hdndso.opendata.internal.DatasetFiles;
import vn.hdndso.shared.InstallationProperties;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;
import vn.hdndso.shared.web.Page;

/**
 * The public open-data pages: a council's catalogue and the city-wide one, a dataset as a sortable
 * paged table (server-side, works without script) with a chart, its CSV and JSON files, the DCAT
 * catalogues as JSON-LD and the bulk export ZIP. Files carry ETag and Last-Modified.
 */
@Controller
class PublicOpenDataController {

    static final MediaType JSON_LD = MediaType.parseMediaType("application/ld+json;charset=UTF-8");
    private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int PAGE_SIZE = 25;

    private final Councils councils;
    private final Datasets datasets;
    private final BulkExports exports;
    private final OpenDataProperties settings;
    private final InstallationProperties installation;
    private final MessageSource messages;

    PublicOpenDataController(
            Councils councils,
            Datasets datasets,
            BulkExports exports,
            OpenDataProperties settings,
            InstallationProperties installation,
            MessageSource messages) {
        this.councils = councils;
        this.datasets = datasets;
        this.exports = exports;
        this.settings = settings;
        this.installation = installation;
        this.messages = messages;
    }

    private String base() {
        return installation.baseUrl().replaceAll("/$", "");
    }

    /** A catalogue line: the dataset and its council. */
    record Entry(Dataset dataset, Council council) {}

    @GetMapping("/{slug:[a-z0-9-]+}/du-lieu-mo")
    String catalogue(@PathVariable String slug, Model model) {
        Council council = councils.requireBySlug(slug);
        model.addAttribute("council", council);
        model.addAttribute(
                "entries",
                datasets.published(council.id()).stream()
                        .map(d -> new Entry(d, council))
                        .toList());
        return "opendata/catalogue";
    }

    @GetMapping("/du-lieu-mo")
    String cityCatalogue(Model model) {
        List<Dataset> all = Tenancy.call(
                TenantScope.allCouncils("city-wide open data catalogue (published only)"),
                datasets::publishedEverywhere);
        model.addAttribute("council", null);
        model.addAttribute("province", councils.provincial().orElse(null));
        model.addAttribute(
                "entries",
                all.stream()
                        .map(d -> new Entry(d, councils.require(d.council())))
                        .toList());
        return "opendata/catalogue";
    }

    /** One column heading of the table: its sort link state. */
    record Heading(String key, String label, boolean numeric, boolean sorted, boolean descending) {}

    @GetMapping("/{slug:[a-z0-9-]+}/du-lieu-mo/{id}")
    String dataset(
            @PathVariable String slug,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable Integer version,
            @RequestParam(required = false) @Nullable String sort,
            @RequestParam(defaultValue = "asc") String order,
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable String x,
            @RequestParam(required = false) @Nullable String y,
            @RequestParam(required = false) @Nullable String chart,
            Model model) {
        Council council = councils.requireBySlug(slug);
        DatasetId datasetId = new DatasetId(id);
        Dataset dataset = datasets.requirePublished(council.id(), datasetId);
        List<DatasetVersion> versions = datasets.versions(council.id(), datasetId);
        int number = version != null ? version : dataset.publishedVersion();
        DatasetVersion shown = datasets.version(council.id(), datasetId, number);
        String sortKey = sort != null && shown.columnIndex(sort) >= 0 ? sort : null;
        boolean descending = "desc".equals(order);
        Page<DataRow> rows =
                datasets.rows(council.id(), datasetId, number, sortKey, descending, new Page.Request(page, PAGE_SIZE));
        List<Heading> headings = shown.columns().stream()
                .map(c -> new Heading(
                        c.key(),
                        c.label(),
                        c.type().numeric() && c.type() != vn.hdndso.opendata.ColumnType.YEAR,
                        c.key().equals(sortKey),
                        c.key().equals(sortKey) && descending))
                .toList();
        List<List<String>> cells = rows.items().stream()
                .map(r -> r.values().stream().map(CellText::display).toList())
                .toList();
        model.addAttribute("council", council);
        model.addAttribute("dataset", dataset);
        model.addAttribute("version", shown);
        model.addAttribute("versions", versions);
        model.addAttribute("headings", headings);
        model.addAttribute("cells", cells);
        model.addAttribute("rows", rows);
        model.addAttribute("sort", sortKey);
        model.addAttribute("order", descending ? "desc" : "asc");
        long pages = Math.max(1, (rows.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        model.addAttribute("pages", pages);
        model.addAttribute("explicitVersion", version);

        Charts.Choice choice = Charts.choose(shown, x, y, chart);
        if (choice != null) {
            Charts.Sums sums = new Charts.Sums(choice);
            datasets.eachRow(council.id(), datasetId, number, r -> sums.add(r.values()));
            var labelColumn = shown.columns().get(choice.label());
            var valueColumn = shown.columns().get(choice.value());
            List<ChartSvg.Point> points = sums.points(labelColumn.type());
            var locale = LocaleContextHolder.getLocale();
            String title = messages.getMessage(
                    "opendata.chart.title", new Object[] {valueColumn.label(), labelColumn.name()}, locale);
            String description = messages.getMessage(
                    "opendata.chart.description", new Object[] {points.size(), sums.groups()}, locale);
            model.addAttribute("chartSvg", ChartSvg.render(points, choice.line(), title, description));
            model.addAttribute("chartTitle", title);
            model.addAttribute("chartTruncated", sums.groups() > points.size());
            model.addAttribute("chartMax", Charts.MAX_BARS);
            model.addAttribute("chartX", labelColumn.key());
            model.addAttribute("chartY", valueColumn.key());
            model.addAttribute("chartLine", choice.line());
            model.addAttribute(
                    "labelColumns",
                    shown.columns().stream()
                            .filter(c -> c.type() == vn.hdndso.opendata.ColumnType.TEXT
                                    || c.type() == vn.hdndso.opendata.ColumnType.YEAR
                                    || c.type() == vn.hdndso.opendata.ColumnType.DATE)
                            .toList());
            model.addAttribute(
                    "valueColumns",
                    shown.columns().stream()
                            .filter(c -> c.type().numeric() && c.type() != vn.hdndso.opendata.ColumnType.YEAR)
                            .toList());
        }
        return "opendata/dataset";
    }

    @GetMapping("/{slug:[a-z0-9-]+}/du-lieu-mo/{id}.csv")
    ResponseEntity<byte[]> csv(
            @PathVariable String slug,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable Integer version,
            WebRequest request) {
        return download(slug, id, version, "csv", request);
    }

    @GetMapping("/{slug:[a-z0-9-]+}/du-lieu-mo/{id}.json")
    ResponseEntity<byte[]> json(
            @PathVariable String slug,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable Integer version,
            WebRequest request) {
        return download(slug, id, version, "json", request);
    }

    private ResponseEntity<byte[]> download(
            String slug, UUID id, @Nullable Integer version, String format, WebRequest request) {
        Council council = councils.requireBySlug(slug);
        DatasetId datasetId = new DatasetId(id);
        Dataset dataset = datasets.requirePublished(council.id(), datasetId);
        int number = version != null ? version : dataset.publishedVersion();
        DatasetVersion v = datasets.version(council.id(), datasetId, number);
        String etag = "\"" + v.id() + "-" + format + "-" + dataset.updatedAt().toEpochMilli() + "\"";
        long modified = (v.publishedAt() == null ? v.importedAt() : v.publishedAt()).toEpochMilli();
        modified = Math.max(modified, dataset.updatedAt().toEpochMilli());
        if (request.checkNotModified(etag, modified)) {
            return ResponseEntity.status(304).eTag(etag).build();
        }
        DatasetFiles.RowSource rows = sink -> datasets.eachRow(council.id(), datasetId, number, sink);
        String url = base() + "/" + slug + "/du-lieu-mo/" + id;
        byte[] body =
                format.equals("csv") ? DatasetFiles.csvBytes(v, rows) : DatasetFiles.jsonBytes(dataset, v, url, rows);
        String fileName = vn.hdndso.shared.VnText.slug(dataset.title()) + "-v" + number + "." + format;
        return ResponseEntity.ok()
                .contentType(format.equals("csv") ? CSV : MediaType.APPLICATION_JSON)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .eTag(etag)
                .lastModified(modified)
                .cacheControl(CacheControl.noCache().cachePublic())
                .body(body);
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
    ResponseEntity<byte[]> bulk(@PathVariable String slug, WebRequest request) {
        Council council = councils.requireBySlug(slug);
        BulkExport export = exports.latest(council.id());
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
                .body(export.zip());
    }
}
