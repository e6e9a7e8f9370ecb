package vn.hdndso.opendata.web;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.opendata.CellText;
import vn.hdndso.opendata.DataRow;
import vn.hdndso.opendata.Dataset;
import vn.hdndso.opendata.DatasetId;
import vn.hdndso.opendata.DatasetVersion;
import vn.hdndso.opendata.Datasets;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;
import vn.hdndso.shared.web.Page;

/**
 * The public open-data pages: a council's catalogue and the city-wide one, and a dataset as a
 * sortable paged table (server-side, works without script) with a chart. The files are
 * {@link OpenDataFilesController}'s.
 */
@Controller
class PublicOpenDataController {

    private static final int PAGE_SIZE = 25;

    private final Councils councils;
    private final Datasets datasets;
    private final MessageSource messages;

    PublicOpenDataController(Councils councils, Datasets datasets, MessageSource messages) {
        this.councils = councils;
        this.datasets = datasets;
        this.messages = messages;
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
        int number = version != null ? version : publishedVersion(dataset);
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

    /** The version the public sees of a published dataset. */
    static int publishedVersion(Dataset dataset) {
        return Objects.requireNonNull(dataset.publishedVersion(), "a published dataset has a published version");
    }
}
