package vn.hdndso.opendata;

import jakarta.annotation.PreDestroy;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hdndso.identity.CurrentUser;
import vn.hdndso.opendata.internal.DatasetRepository;
import vn.hdndso.opendata.internal.ImportRepository;
import vn.hdndso.opendata.internal.SourceTable;
import vn.hdndso.opendata.internal.TableCheck;
import vn.hdndso.opendata.internal.TableReader;
import vn.hdndso.shared.BusinessRuleException;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.NotFoundException;
import vn.hdndso.shared.VnText;
import vn.hdndso.shared.audit.AuditEvent;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;

/**
 * Importing a file into a dataset: upload (the file is read and a mapping proposed), preview with
 * the clerk's mapping (types, units, heading rows), then the import itself as a background job
 * with progress. Rows that cannot be read are refused with their reasons; the import goes ahead
 * without them only if the clerk says so. The same file with the same mapping gives the same
 * version again, never a duplicate.
 */
@Service
public class DatasetImports {

    private static final Logger log = LoggerFactory.getLogger(DatasetImports.class);
    private static final int PREVIEW_ROWS = 20;
    private static final int MAX_PROBLEMS = 500;
    private static final int MAX_NAME = 255;

    private final Datasets datasets;
    private final DatasetRepository repository;
    private final ImportRepository imports;
    private final OpenDataProperties settings;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();

    DatasetImports(
            Datasets datasets,
            DatasetRepository repository,
            ImportRepository imports,
            OpenDataProperties settings,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactionManager) {
        this.datasets = datasets;
        this.repository = repository;
        this.imports = imports;
        this.settings = settings;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @PreDestroy
    void stop() {
        workers.shutdown();
    }

    /** Stores an upload and reads it as detected; nothing is imported yet. */
    @Transactional
    public ImportPreview upload(CouncilId council, DatasetId dataset, @Nullable String fileName, byte[] content) {
        UUID id = store(council, dataset, fileName, content);
        ImportRepository.Upload upload = requireUpload(council, id);
        SourceTable table = read(content, upload.fileName(), ImportSettings.detected());
        return preview(upload, table, table.columns());
    }

    /** Keeps an upload for an import job (the file is read when the job is prepared). */
    private UUID store(CouncilId council, DatasetId dataset, @Nullable String fileName, byte[] content) {
        datasets.require(council, dataset);
        if (content.length == 0) {
            throw InvalidInputException.of("file", "opendata.file.empty");
        }
        String name = fileName == null || fileName.isBlank() ? "du-lieu.csv" : VnText.normalize(fileName);
        if (name.length() > MAX_NAME) {
            name = name.substring(name.length() - MAX_NAME);
        }
        var upload = new ImportRepository.Upload(
                UUID.randomUUID(), council, dataset, name, sha256(content), content, ImportSettings.detected());
        imports.insert(upload, actor());
        return upload.id();
    }

    /** The upload read again with the clerk's settings (heading rows, sheet, column mapping). */
    @Transactional
    public ImportPreview preview(CouncilId council, UUID importId, ImportSettings chosen) {
        ImportRepository.Upload upload = requireUpload(council, importId);
        SourceTable table = read(upload.content(), upload.fileName(), chosen);
        List<Column> columns = mapping(table, chosen);
        imports.settings(importId, new ImportSettings(chosen.sheet(), table.headerRow(), table.headerRows(), columns));
        return preview(upload, table, columns);
    }

    /** The upload read with the settings last chosen (or as detected). */
    @Transactional
    public ImportPreview currentPreview(CouncilId council, UUID importId) {
        ImportRepository.Upload upload = requireUpload(council, importId);
        return preview(council, importId, upload.settings());
    }

    /**
     * Starts the import of a previewed upload in the background. Refused (nothing imported) when
     * some rows cannot be read and the clerk has not chosen to keep the good ones.
     */
    public ImportStatus start(CouncilId council, UUID importId, ImportSettings chosen, boolean keepGoodRows) {
        Prepared prepared = transactions.execute(tx -> prepare(council, importId, chosen, keepGoodRows));
        TenantScope scope = TenantScope.staffOf(council);
        workers.submit(() -> Tenancy.run(scope, () -> run(prepared)));
        return transactions.execute(tx -> status(council, importId));
    }

    /** Imports a file in one go (API, demo content): upload, check and store, then the outcome. */
    public ImportStatus importNow(
            CouncilId council,
            DatasetId dataset,
            @Nullable String fileName,
            byte[] content,
            ImportSettings chosen,
            boolean keepGoodRows) {
        UUID importId = transactions.execute(tx -> store(council, dataset, fileName, content));
        Prepared prepared = transactions.execute(tx -> prepare(council, importId, chosen, keepGoodRows));
        run(prepared);
        return transactions.execute(tx -> status(council, importId));
    }

    @Transactional(readOnly = true)
    public ImportStatus status(CouncilId council, UUID importId) {
        return imports.status(council, importId)
                .orElseThrow(() -> new NotFoundException("opendata.import.notFound", importId));
    }

    /** What a job needs once checked: the table, the mapping and the checked rows. */
    private record Prepared(
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

    private Prepared prepare(CouncilId council, UUID importId, ImportSettings chosen, boolean keepGoodRows) {
        ImportRepository.Upload upload = requireUpload(council, importId);
        SourceTable table = read(upload.content(), upload.fileName(), chosen);
        List<Column> columns = mapping(table, chosen);
        if (!imports.start(importId, table.rows().size())) {
            throw new BusinessRuleException("opendata.import.alreadyStarted");
        }
        imports.settings(importId, new ImportSettings(chosen.sheet(), table.headerRow(), table.headerRows(), columns));
        String mappingHash = sha256(table.sheet() + "|" + table.headerRow() + "|" + table.headerRows() + "|" + columns);
        return new Prepared(
                council,
                importId,
                upload.dataset(),
                upload.fileName(),
                upload.sha256(),
                mappingHash,
                table,
                columns,
                keepGoodRows,
                actor());
    }

    private void run(Prepared job) {
        try {
            TableCheck.Result result = TableCheck.check(
                    job.table(),
                    job.columns(),
                    done -> transactions.executeWithoutResult(tx -> imports.progress(job.importId(), done)));
            List<RowProblem> problems = problems(result.problems());
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
                var existing = repository.versionFor(job.dataset(), job.fileSha256(), job.mappingSha256());
                if (existing.isPresent()) {
                    imports.done(job.importId(), existing.get(), true, problems);
                    return;
                }
                int number = dataset.latestVersion() + 1;
                UUID versionId = UUID.randomUUID();
                repository.insertVersion(
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
                repository.insertRows(job.council(), versionId, result.good());
                imports.done(job.importId(), number, false, problems);
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

    private ImportRepository.Upload requireUpload(CouncilId council, UUID importId) {
        ImportRepository.Upload upload = imports.upload(council, importId)
                .orElseThrow(() -> new NotFoundException("opendata.import.notFound", importId));
        if (upload.content() == null) {
            throw new BusinessRuleException("opendata.import.alreadyStarted");
        }
        return upload;
    }

    private SourceTable read(byte @Nullable [] content, String fileName, ImportSettings chosen) {
        if (content == null || content.length == 0) {
            throw InvalidInputException.of("file", "opendata.file.empty");
        }
        SourceTable table;
        try {
            table = TableReader.read(
                    content,
                    fileName,
                    new TableReader.Options(
                            chosen.sheet() == null ? 0 : chosen.sheet(), chosen.headerRow(), chosen.headerRows()));
        } catch (IllegalArgumentException e) {
            String key = e.getMessage() != null && e.getMessage().startsWith("opendata.")
                    ? e.getMessage()
                    : "opendata.file.unreadable";
            throw InvalidInputException.of("file", key);
        }
        if (table.rows().size() > settings.rowLimit()) {
            throw InvalidInputException.of("file", "opendata.file.tooManyRows", settings.rowLimit());
        }
        if (table.rows().isEmpty()) {
            throw InvalidInputException.of("file", "opendata.file.noRows");
        }
        return table;
    }

    /** The clerk's mapping checked against the table: one column each, names and keys unique. */
    private static List<Column> mapping(SourceTable table, ImportSettings chosen) {
        if (chosen.columns() == null || chosen.columns().isEmpty()) {
            return table.columns();
        }
        List<Column> given = chosen.columns();
        var problems = new InvalidInputException.Collector();
        if (given.size() != table.columns().size()) {
            problems.add("columns", "opendata.mapping.count", table.columns().size(), given.size());
            problems.throwIfAny();
        }
        List<Column> columns = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            Column c = given.get(i);
            String name = VnText.normalize(c.name());
            if (name.isEmpty()) {
                name = table.columns().get(i).name();
            }
            if (name.length() > 200) {
                problems.add("columns[" + i + "].name", "opendata.field.tooLong", 200);
            }
            String key = VnText.slug(c.key() == null || c.key().isBlank() ? name : c.key());
            if (key.isEmpty()) {
                key = "cot-" + (i + 1);
            }
            if (!keys.add(key)) {
                problems.add("columns[" + i + "].name", "opendata.mapping.duplicate", name);
            }
            ColumnType type = c.type() == null ? table.columns().get(i).type() : c.type();
            Unit unit = c.unit() == null ? Unit.NONE : c.unit();
            columns.add(new Column(name, key, type, unit));
        }
        problems.throwIfAny();
        return columns;
    }

    private ImportPreview preview(ImportRepository.Upload upload, SourceTable table, List<Column> columns) {
        TableCheck.Result result = TableCheck.check(table, columns, null);
        List<RowProblem> problems = problems(result.problems());
        List<ImportPreview.PreviewRow> rows = new ArrayList<>();
        for (SourceTable.SourceRow row :
                table.rows().subList(0, Math.min(PREVIEW_ROWS, table.rows().size()))) {
            List<ImportPreview.PreviewCell> cells = new ArrayList<>();
            boolean refused = false;
            for (int c = 0; c < columns.size(); c++) {
                RowProblem problem = null;
                for (RowProblem p : problems) {
                    if (p.row() == row.number()
                            && p.column().equals(columns.get(c).name())) {
                        problem = p;
                        refused = true;
                        break;
                    }
                }
                cells.add(new ImportPreview.PreviewCell(row.cell(c), problem));
            }
            for (RowProblem p : problems) {
                if (p.row() == row.number()) {
                    refused = true;
                }
            }
            rows.add(new ImportPreview.PreviewRow(row.number(), cells, refused));
        }
        return new ImportPreview(
                upload.id(),
                upload.dataset(),
                upload.fileName(),
                table.format(),
                table.encoding(),
                table.lineEnds(),
                table.delimiterName(),
                table.sheets(),
                table.sheet(),
                table.headerRow(),
                table.headerRows(),
                columns,
                rows,
                table.rows().size(),
                table.emptyRows(),
                result.good().size(),
                result.badRows(),
                problems);
    }

    private static List<RowProblem> problems(List<TableCheck.Problem> found) {
        return found.stream()
                .limit(MAX_PROBLEMS)
                .map(p -> new RowProblem(p.row(), p.column(), p.value(), p.messageKey(), p.arguments()))
                .toList();
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String actor() {
        return CurrentUser.get().map(CurrentUser::username).orElse("system");
    }
}
