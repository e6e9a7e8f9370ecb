package vn.hdndso.opendata.internal;

import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hdndso.opendata.Column;
import vn.hdndso.opendata.Dataset;
import vn.hdndso.opendata.DatasetId;
import vn.hdndso.opendata.RowProblem;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.NotFoundException;
import vn.hdndso.shared.PublicContentChanged;
import vn.hdndso.shared.audit.AuditEvent;

/**
 * The import job itself: checks every row (reporting progress), then stores the good rows as a new
 * version, or records why nothing was imported. The same file with the same mapping gives the
 * existing version again. A new version is not public until it is published, but it changes the
 * "modified" moment of a published dataset, so the portal hears of it.
 */
@Component
class DatasetImportRun {

    private static final Logger log = LoggerFactory.getLogger(DatasetImportRun.class);

    private final DatasetRepository repository;
    private final DatasetVersionRepository versions;
    private final ImportRepository imports;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;

    DatasetImportRun(
            DatasetRepository repository,
            DatasetVersionRepository versions,
            ImportRepository imports,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactionManager) {
        this.repository = repository;
        this.versions = versions;
        this.imports = imports;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** What a job needs once checked: the table, the mapping and who started it. */
    record Prepared(
            CouncilId council,
            UUID importId,
            DatasetId dataset,
            String fileName,
            String fileSha256,
            String mappingSha256,
            SourceTable table,
            List<Column> columns,
            boolean keepGoodRows,
            String by) {}

    void run(Prepared job) {
        try {
            TableCheck.Result result = TableCheck.check(
                    job.table(),
                    job.columns(),
                    done -> transactions.executeWithoutResult(tx -> imports.progress(job.importId(), done)));
            List<RowProblem> problems = ImportPreviews.problems(result.problems());
            if (result.badRows() > 0 && !job.keepGoodRows()) {
                fail(job, "opendata.import.badRows", problems);
                return;
            }
            if (result.good().isEmpty()) {
                fail(job, "opendata.import.noGoodRows", problems);
                return;
            }
            transactions.executeWithoutResult(tx -> {
                Dataset dataset = repository
                        .lock(job.council(), job.dataset())
                        .orElseThrow(() -> new NotFoundException("opendata.dataset.notFound", job.dataset()));
                var existing = versions.versionFor(job.dataset(), job.fileSha256(), job.mappingSha256());
                if (existing.isPresent()) {
                    imports.done(job.importId(), existing.get(), true, problems);
                    return;
                }
                int number = dataset.latestVersion() + 1;
                UUID versionId = UUID.randomUUID();
                versions.insertVersion(
                        job.council(),
                        versionId,
                        job.dataset(),
                        number,
                        job.fileName(),
                        job.fileSha256(),
                        job.mappingSha256(),
                        job.table(),
                        job.columns(),
                        result.good().size(),
                        result.badRows(),
                        job.by());
                versions.insertRows(job.council(), versionId, result.good());
                imports.done(job.importId(), number, false, problems);
                if (dataset.isPublished()) {
                    // the public version stays, but the dataset's "modified" (DCAT, file ETags) moves on
                    events.publishEvent(new PublicContentChanged(job.council(), PublicContentChanged.DATASETS));
                }
                events.publishEvent(AuditEvent.of(job.council(), "opendata.version.imported", "dataset", job.dataset())
                        .with("version", number)
                        .with("file", job.fileName())
                        .with("sha256", job.fileSha256())
                        .with("rows", result.good().size())
                        .with("refused", result.badRows())
                        .with("by", job.by()));
            });
        } catch (RuntimeException e) {
            log.warn("import {} failed", job.importId(), e);
            fail(job, "opendata.import.failed", List.of());
        }
    }

    private void fail(Prepared job, String messageKey, List<RowProblem> problems) {
        transactions.executeWithoutResult(tx -> imports.failed(job.importId(), messageKey, problems));
    }
}
