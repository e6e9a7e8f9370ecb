package vn.hdndso.opendata.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hdndso.councils.Councils;
import vn.hdndso.identity.CurrentUser;
import vn.hdndso.opendata.DataRow;
import vn.hdndso.opendata.Dataset;
import vn.hdndso.opendata.DatasetDescribed;
import vn.hdndso.opendata.DatasetDescription;
import vn.hdndso.opendata.DatasetId;
import vn.hdndso.opendata.DatasetPublished;
import vn.hdndso.opendata.DatasetVersion;
import vn.hdndso.opendata.Datasets;
import vn.hdndso.opendata.OpenDataProperties;
import vn.hdndso.shared.BusinessRuleException;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.NotFoundException;
import vn.hdndso.shared.PublicContentChanged;
import vn.hdndso.shared.audit.AuditEvent;
import vn.hdndso.shared.web.Page;

/**
 * {@link Datasets} on the database: descriptions checked by {@link DescriptionCheck}, versions and
 * rows through {@link DatasetRepository} and {@link DatasetVersionRepository}. Publishing, and a new
 * description of a published dataset, tell the portal that public content changed.
 */
@Service
class StoredDatasets implements Datasets {

    private final DatasetRepository repository;
    private final DatasetVersionRepository versions;
    private final Councils councils;
    private final DescriptionCheck check;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StoredDatasets(
            DatasetRepository repository,
            DatasetVersionRepository versions,
            Councils councils,
            OpenDataProperties settings,
            ApplicationEventPublisher events,
            Clock clock) {
        this.repository = repository;
        this.versions = versions;
        this.councils = councils;
        this.check = new DescriptionCheck(settings, clock);
        this.events = events;
        this.clock = clock;
    }

    /** A new, unpublished dataset without data; problems are reported together, per field. */
    @Override
    @Transactional
    public Dataset create(CouncilId council, DatasetDescription description) {
        return create(council, description, false);
    }

    @Override
    @Transactional
    public Dataset create(CouncilId council, DatasetDescription description, boolean demo) {
        Dataset checked = check.checked(council, DatasetId.random(), description, demo, Instant.now(clock));
        repository.insert(checked, CurrentUser.describe());
        events.publishEvent(AuditEvent.of(council, "opendata.dataset.created", "dataset", checked.id())
                .with("title", checked.title()));
        return checked;
    }

    @Override
    @Transactional
    public Dataset describe(CouncilId council, DatasetId id, DatasetDescription description) {
        Dataset existing = require(council, id);
        Dataset changed = check.checked(council, id, description, existing.demo(), existing.createdAt());
        repository.updateDescription(changed);
        events.publishEvent(AuditEvent.of(council, "opendata.dataset.described", "dataset", id)
                .with("title", changed.title()));
        events.publishEvent(new DatasetDescribed(council, id));
        if (existing.isPublished()) {
            events.publishEvent(new PublicContentChanged(council, PublicContentChanged.DATASETS));
        }
        return require(council, id);
    }

    @Override
    @Transactional(readOnly = true)
    public Dataset require(CouncilId council, DatasetId id) {
        return repository.find(council, id).orElseThrow(() -> new NotFoundException("opendata.dataset.notFound", id));
    }

    /** A dataset as the public sees it: published, or not found. */
    @Override
    @Transactional(readOnly = true)
    public Dataset requirePublished(CouncilId council, DatasetId id) {
        return repository
                .find(council, id)
                .filter(Dataset::isPublished)
                .orElseThrow(() -> new NotFoundException("opendata.dataset.notFound", id));
    }

    /** The datasets the scope may see, newest change first. */
    @Override
    @Transactional(readOnly = true)
    public List<Dataset> list(CouncilId council) {
        return repository.list(council, false);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Dataset> published(CouncilId council) {
        return repository.list(council, true);
    }

    /**
     * Every published dataset of the installation, for the city-wide catalogue. The caller runs it
     * in a cross-council scope ({@code TenantScope.allCouncils}); only published ones are returned.
     */
    @Override
    @Transactional(readOnly = true)
    public List<Dataset> publishedEverywhere() {
        return repository.allPublished();
    }

    @Override
    @Transactional(readOnly = true)
    public List<DatasetVersion> versions(CouncilId council, DatasetId id) {
        require(council, id);
        return versions.versions(id);
    }

    @Override
    @Transactional(readOnly = true)
    public DatasetVersion version(CouncilId council, DatasetId id, int number) {
        require(council, id);
        return versions.version(id, number)
                .orElseThrow(() -> new NotFoundException("opendata.version.notFound", number));
    }

    /** The version the public sees. */
    @Override
    @Transactional(readOnly = true)
    public DatasetVersion publishedVersion(CouncilId council, DatasetId id) {
        Dataset dataset = requirePublished(council, id);
        return version(council, id, Objects.requireNonNull(dataset.publishedVersion(), "published version"));
    }

    /**
     * Publishes the newest version: from now on the public sees it (and every earlier published
     * version stays available). The moment is recorded; publishing what is already public is
     * refused.
     */
    @Override
    @Transactional
    public Dataset publish(CouncilId council, DatasetId id) {
        Dataset dataset =
                repository.lock(council, id).orElseThrow(() -> new NotFoundException("opendata.dataset.notFound", id));
        if (dataset.latestVersion() == 0) {
            throw new BusinessRuleException("opendata.publish.noData");
        }
        if (!dataset.hasUnpublishedVersion()) {
            throw new BusinessRuleException("opendata.publish.already", dataset.latestVersion());
        }
        Instant now = Instant.now(clock);
        versions.publish(id, dataset.latestVersion(), now);
        DatasetVersion version = versions.version(id, dataset.latestVersion()).orElseThrow();
        String slug = councils.require(council).slug();
        events.publishEvent(new DatasetPublished(
                council,
                id,
                version.number(),
                dataset.title(),
                dataset.description(),
                dataset.theme(),
                "/" + slug + "/du-lieu-mo/" + id,
                version.rowCount(),
                now));
        events.publishEvent(AuditEvent.of(council, "opendata.dataset.published", "dataset", id)
                .with("version", version.number())
                .with("title", dataset.title()));
        events.publishEvent(new PublicContentChanged(council, PublicContentChanged.DATASETS));
        return require(council, id);
    }

    /**
     * A page of a version's rows sorted by the column with {@code sortKey} (null: file order).
     */
    @Override
    @Transactional(readOnly = true)
    public Page<DataRow> rows(
            CouncilId council,
            DatasetId id,
            int versionNumber,
            @Nullable String sortKey,
            boolean descending,
            Page.Request request) {
        DatasetVersion version = version(council, id, versionNumber);
        int sort = sortKey == null || sortKey.isBlank() ? -1 : version.columnIndex(sortKey);
        if (sortKey != null && !sortKey.isBlank() && sort < 0) {
            throw InvalidInputException.of("sort", "opendata.sort.unknown", sortKey);
        }
        int size = request.sizeOr(50);
        int page = request.pageOrDefault();
        return new Page<>(versions.rows(version, sort, descending, page * size, size), page, size, version.rowCount());
    }

    /** Every row of a version in file order (downloads). */
    @Override
    @Transactional(readOnly = true)
    public void eachRow(CouncilId council, DatasetId id, int versionNumber, Consumer<DataRow> sink) {
        versions.eachRow(version(council, id, versionNumber), sink);
    }
}
