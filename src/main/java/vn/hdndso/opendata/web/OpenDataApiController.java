package vn.hdndso.opendata.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.identity.CouncilAccess;
import vn.hdndso.opendata.Column;
import vn.hdndso.opendata.Dataset;
import vn.hdndso.opendata.DatasetDescription;
import vn.hdndso.opendata.DatasetId;
import vn.hdndso.opendata.DatasetVersion;
import vn.hdndso.opendata.Datasets;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;
import vn.hdndso.shared.web.Page;

/**
 * Datasets of a council: anyone reads published datasets, their rows and files; the council's
 * clerks and administrators create, import, describe and publish.
 */
@RestController
@Tag(name = "Open data", description = "Datasets of a council: description, versions, rows, import, publishing")
class OpenDataApiController {

    static final String STAFF = "@councilAccess.has('CLERK','COUNCIL_ADMIN')";

    private final Councils councils;
    private final Datasets datasets;
    private final CouncilAccess access;

    OpenDataApiController(Councils councils, Datasets datasets, CouncilAccess access) {
        this.councils = councils;
        this.datasets = datasets;
        this.access = access;
    }

    /** Clerks and council administrators see unpublished datasets; everyone else what is published. */
    private boolean staff() {
        return access.has("CLERK", "COUNCIL_ADMIN");
    }

    record Summary(
            String id,
            String council,
            String title,
            String description,
            String theme,
            String updateFrequency,
            String source,
            String period,
            String licence,
            int latestVersion,
            @Nullable Integer publishedVersion,
            @Nullable Instant publishedAt,
            Instant modified,
            boolean demo,
            String url) {

        static Summary of(Dataset d, String slug) {
            return new Summary(
                    d.id().toString(),
                    slug,
                    d.title(),
                    d.description(),
                    d.theme().name(),
                    d.updateFrequency().name(),
                    d.source(),
                    d.period(),
                    d.licence(),
                    d.latestVersion(),
                    d.publishedVersion(),
                    d.publishedAt(),
                    d.updatedAt(),
                    d.demo(),
                    "/" + slug + "/du-lieu-mo/" + d.id());
        }
    }

    record Version(
            int number,
            String fileName,
            String fileSha256,
            String format,
            String encoding,
            int rowCount,
            int refusedCount,
            boolean published,
            @Nullable Instant publishedAt,
            Instant importedAt,
            List<Column> columns) {

        static Version of(DatasetVersion v) {
            return new Version(
                    v.number(),
                    v.fileName(),
                    v.fileSha256(),
                    v.format(),
                    v.encoding(),
                    v.rowCount(),
                    v.refusedCount(),
                    v.published(),
                    v.publishedAt(),
                    v.importedAt(),
                    v.columns());
        }
    }

    record Detail(Summary dataset, List<Version> versions, Map<String, String> distributions) {}

    record Created(String id) {}

    @GetMapping("/api/v1/councils/{slug}/datasets")
    @Operation(summary = "Datasets of a council (the public sees published ones; staff see all)")
    Page<Summary> list(@PathVariable String slug, Page.Request page) {
        Council council = councils.requireBySlug(slug);
        return Page.of(
                (staff() ? datasets.list(council.id()) : datasets.published(council.id()))
                        .stream().map(d -> Summary.of(d, slug)).toList(),
                page);
    }

    @GetMapping("/api/v1/datasets")
    @Operation(summary = "Every published dataset of the installation (city-wide catalogue)")
    Page<Summary> everywhere(Page.Request page) {
        List<Dataset> all = Tenancy.call(
                TenantScope.allCouncils("city-wide open data catalogue (published only)"),
                datasets::publishedEverywhere);
        return Page.of(
                all.stream()
                        .map(d -> Summary.of(d, councils.require(d.council()).slug()))
                        .toList(),
                page);
    }

    @PostMapping("/api/v1/councils/{slug}/datasets")
    @PreAuthorize(STAFF)
    @Operation(summary = "Create a dataset (unpublished, without data)")
    ResponseEntity<Created> create(@PathVariable String slug, @RequestBody DatasetDescription description) {
        Council council = councils.requireBySlug(slug);
        Dataset created = datasets.create(council.id(), description);
        return ResponseEntity.created(URI.create("/api/v1/councils/" + slug + "/datasets/" + created.id()))
                .body(new Created(created.id().toString()));
    }

    @GetMapping("/api/v1/councils/{slug}/datasets/{id}")
    @Operation(summary = "A dataset with its versions and download addresses")
    Detail get(@PathVariable String slug, @PathVariable UUID id) {
        Council council = councils.requireBySlug(slug);
        boolean staff = staff();
        Dataset d = staff
                ? datasets.require(council.id(), new DatasetId(id))
                : datasets.requirePublished(council.id(), new DatasetId(id));
        String base = "/" + slug + "/du-lieu-mo/" + id;
        return new Detail(
                Summary.of(d, slug),
                datasets.versions(council.id(), d.id()).stream()
                        .filter(v -> staff || v.published())
                        .map(Version::of)
                        .toList(),
                d.isPublished() ? Map.of("csv", base + ".csv", "json", base + ".json") : Map.of());
    }

    @PatchMapping("/api/v1/councils/{slug}/datasets/{id}")
    @PreAuthorize(STAFF)
    @Operation(
            summary =
                    "Change a dataset's description (title, description, source, period, licence, theme, update frequency)")
    Summary describe(@PathVariable String slug, @PathVariable UUID id, @RequestBody DatasetDescription description) {
        Council council = councils.requireBySlug(slug);
        Dataset existing = datasets.require(council.id(), new DatasetId(id));
        DatasetDescription merged = new DatasetDescription(
                description.title() == null ? existing.title() : description.title(),
                description.description() == null ? existing.description() : description.description(),
                description.source() == null ? existing.source() : description.source(),
                description.period() == null ? existing.period() : description.period(),
                description.licence() == null ? existing.licence() : description.licence(),
                description.theme() == null ? existing.theme().name() : description.theme(),
                description.updateFrequency() == null
                        ? existing.updateFrequency().name()
                        : description.updateFrequency());
        return Summary.of(datasets.describe(council.id(), existing.id(), merged), slug);
    }

    @PostMapping("/api/v1/councils/{slug}/datasets/{id}/publish")
    @PreAuthorize(STAFF)
    @Operation(summary = "Publish the newest version (recorded with its moment)")
    Summary publish(@PathVariable String slug, @PathVariable UUID id) {
        Council council = councils.requireBySlug(slug);
        return Summary.of(datasets.publish(council.id(), new DatasetId(id)), slug);
    }
}
