package vn.hdndso.opendata;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hdndso.councils.Councils;
import vn.hdndso.identity.CurrentUser;
import vn.hdndso.opendata.internal.DatasetRepository;
import vn.hdndso.shared.BusinessRuleException;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.NotFoundException;
import vn.hdndso.shared.VnText;
import vn.hdndso.shared.audit.AuditEvent;
import vn.hdndso.shared.web.Page;

/**
 * The datasets of a council: description, versions, explicit publishing and reading rows. Runs
 * in the caller's tenant scope: the public sees published datasets and their published versions
 * only (row-level security), staff see everything of their council.
 */
@Service
public class Datasets {

    static final int MAX_TITLE = 300;
    static final int MAX_DESCRIPTION = 4000;

    private final DatasetRepository repository;
    private final Councils councils;
    private final OpenDataProperties settings;
    private final ApplicationEventPublisher events;

    Datasets(
            DatasetRepository repository,
            Councils councils,
            OpenDataProperties settings,
            ApplicationEventPublisher events) {
        this.repository = repository;
        this.councils = councils;
        this.settings = settings;
        this.events = events;
    }

    /** A new, unpublished dataset without data; problems are reported together, per field. */
    @Transactional
    public Dataset create(CouncilId council, DatasetDescription description) {
        return create(council, description, false);
    }

    @Transactional
    public Dataset create(CouncilId council, DatasetDescription description, boolean demo) {
        Dataset checked = checked(council, DatasetId.random(), description, demo, Instant.now());
        repository.insert(checked, actor());
        events.publishEvent(AuditEvent.of(council, "opendata.dataset.created", "dataset", checked.id())
                .with("title", checked.title()));
        return checked;
    }

    @Transactional
    public Dataset describe(CouncilId council, DatasetId id, DatasetDescription description) {
        Dataset existing = require(council, id);
        Dataset changed = checked(council, id, description, existing.demo(), existing.createdAt());
        repository.updateDescription(changed);
        events.publishEvent(AuditEvent.of(council, "opendata.dataset.described", "dataset", id)
                .with("title", changed.title()));
        return require(council, id);
    }

    private Dataset checked(CouncilId council, DatasetId id, DatasetDescription d, boolean demo, Instant createdAt) {
        var problems = new InvalidInputException.Collector();
        String title = VnText.normalize(d.title());
        if (title.isEmpty()) {
            problems.add("title", "opendata.title.required");
        } else if (title.length() > MAX_TITLE) {
            problems.add("title", "opendata.field.tooLong", MAX_TITLE);
        }
        String description = d.description() == null
                ? ""
                : java.text.Normalizer.normalize(d.description().strip(), java.text.Normalizer.Form.NFC);
        if (description.length() > MAX_DESCRIPTION) {
            problems.add("description", "opendata.field.tooLong", MAX_DESCRIPTION);
        }
        String source = VnText.normalize(d.source());
        if (source.length() > 500) {
            problems.add("source", "opendata.field.tooLong", 500);
        }
        String period = VnText.normalize(d.period());
        if (period.length() > 100) {
            problems.add("period", "opendata.field.tooLong", 100);
        }
        String licence = VnText.normalize(d.licence());
        if (licence.isEmpty()) {
            licence = settings.licence();
        } else if (licence.length() > 200) {
            problems.add("licence", "opendata.field.tooLong", 200);
        }
        DatasetTheme theme = DatasetTheme.OTHER;
        if (d.theme() != null && !d.theme().isBlank()) {
            var found = DatasetTheme.byName(d.theme().strip());
            if (found.isEmpty()) {
                problems.add("theme", "opendata.theme.unknown", d.theme());
            } else {
                theme = found.get();
            }
        }
        problems.throwIfAny();
        return new Dataset(
                id,
                council,
                title,
                description,
                source,
                period,
                licence,
                theme,
                0,
                null,
                null,
                Instant.now(),
                demo,
                createdAt);
    }

    @Transactional(readOnly = true)
    public Dataset require(CouncilId council, DatasetId id) {
        return repository.find(council, id).orElseThrow(() -> new NotFoundException("opendata.dataset.notFound", id));
    }

    /** A dataset as the public sees it: published, or not found. */
    @Transactional(readOnly = true)
    public Dataset requirePublished(CouncilId council, DatasetId id) {
        return repository
                .find(council, id)
                .filter(Dataset::isPublished)
                .orElseThrow(() -> new NotFoundException("opendata.dataset.notFound", id));
    }

    /** The datasets the scope may see, newest change first. */
    @Transactional(readOnly = true)
    public List<Dataset> list(CouncilId council) {
        return repository.list(council, false);
    }

    @Transactional(readOnly = true)
    public List<Dataset> published(CouncilId council) {
        return repository.list(council, true);
    }

    /**
     * Every published dataset of the installation, for the city-wide catalogue. The caller runs it
     * in a cross-council scope ({@code TenantScope.allCouncils}); only published ones are returned.
     */
    @Transactional(readOnly = true)
    public List<Dataset> publishedEverywhere() {
        return repository.allPublished();
    }

    @Transactional(readOnly = true)
    public List<DatasetVersion> versions(CouncilId council, DatasetId id) {
        require(council, id);
        return repository.versions(id);
    }

    @Transactional(readOnly = true)
    public DatasetVersion version(CouncilId council, DatasetId id, int number) {
        require(council, id);
        return repository
                .version(id, number)
                .orElseThrow(() -> new NotFoundException("opendata.version.notFound", number));
    }

    /** The version the public sees. */
    @Transactional(readOnly = true)
    public DatasetVersion publishedVersion(CouncilId council, DatasetId id) {
        Dataset dataset = requirePublished(council, id);
        return version(council, id, dataset.publishedVersion());
    }

    /**
     * Publishes the newest version: from now on the public sees it (and every earlier published
     * version stays available). The moment is recorded; publishing what is already public is
     * refused.
     */
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
        Instant now = Instant.now();
        repository.publish(id, dataset.latestVersion(), now);
        DatasetVersion version = repository.version(id, dataset.latestVersion()).orElseThrow();
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
        return require(council, id);
    }

    /**
     * A page of a version's rows sorted by the column with {@code sortKey} (null: file order).
     */
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
        return new Page<>(
                repository.rows(version, sort, descending, page * size, size), page, size, version.rowCount());
    }

    /** Every row of a version in file order (downloads). */
    @Transactional(readOnly = true)
    public void eachRow(CouncilId council, DatasetId id, int versionNumber, Consumer<DataRow> sink) {
        repository.eachRow(version(council, id, versionNumber), sink);
    }

    private static String actor() {
        return CurrentUser.get().map(CurrentUser::username).orElse("system");
    }
}
