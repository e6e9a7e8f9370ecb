package vn.hdndso.opendata.internal;

import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hdndso.identity.CurrentUser;
import vn.hdndso.opendata.Column;
import vn.hdndso.opendata.DatasetId;
import vn.hdndso.opendata.DatasetImports;
import vn.hdndso.opendata.Datasets;
import vn.hdndso.opendata.ImportPreview;
import vn.hdndso.opendata.ImportSettings;
import vn.hdndso.opendata.ImportStatus;
import vn.hdndso.opendata.OpenDataProperties;
import vn.hdndso.shared.BusinessRuleException;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.NotFoundException;
import vn.hdndso.shared.Sha256;
import vn.hdndso.shared.VnText;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;

/**
 * {@link DatasetImports}: uploads kept in {@link ImportRepository}, read by {@link UploadedTables},
 * previewed by {@link ImportPreviews}, and imported by {@link DatasetImportRun} on a virtual thread (or at
 * once for the API and demo content).
 */
@Service
class FileImports implements DatasetImports {

    private static final int MAX_NAME = 255;

    private final Datasets datasets;
    private final ImportRepository imports;
    private final DatasetImportRun runs;
    private final OpenDataProperties settings;
    private final TransactionTemplate transactions;
    private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();

    FileImports(
            Datasets datasets,
            ImportRepository imports,
            DatasetImportRun runs,
            OpenDataProperties settings,
            PlatformTransactionManager transactionManager) {
        this.datasets = datasets;
        this.imports = imports;
        this.runs = runs;
        this.settings = settings;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @PreDestroy
    void stop() {
        workers.shutdown();
    }

    /** Stores an upload and reads it as detected; nothing is imported yet. */
    @Override
    @Transactional
    public ImportPreview upload(CouncilId council, DatasetId dataset, @Nullable String fileName, byte[] content) {
        UUID id = store(council, dataset, fileName, content);
        ImportRepository.Upload upload = requireUpload(council, id);
        SourceTable table = read(content, upload.fileName(), ImportSettings.detected());
        return ImportPreviews.preview(upload, table, table.columns());
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
                UUID.randomUUID(), council, dataset, name, Sha256.hex(content), content, ImportSettings.detected());
        imports.insert(upload, CurrentUser.describe());
        return upload.id();
    }

    /** The upload read again with the clerk's settings (heading rows, sheet, column mapping). */
    @Override
    @Transactional
    public ImportPreview preview(CouncilId council, UUID importId, ImportSettings chosen) {
        ImportRepository.Upload upload = requireUpload(council, importId);
        SourceTable table = read(upload.content(), upload.fileName(), chosen);
        List<Column> columns = UploadedTables.mapping(table, chosen);
        imports.settings(importId, new ImportSettings(chosen.sheet(), table.headerRow(), table.headerRows(), columns));
        return ImportPreviews.preview(upload, table, columns);
    }

    /** The upload read with the settings last chosen (or as detected). */
    @Override
    @Transactional
    public ImportPreview currentPreview(CouncilId council, UUID importId) {
        ImportRepository.Upload upload = requireUpload(council, importId);
        return preview(council, importId, upload.settings());
    }

    /**
     * Starts the import of a previewed upload in the background. Refused (nothing imported) when
     * some rows cannot be read and the clerk has not chosen to keep the good ones.
     */
    @Override
    public ImportStatus start(CouncilId council, UUID importId, ImportSettings chosen, boolean keepGoodRows) {
        DatasetImportRun.Prepared prepared =
                transactions.execute(tx -> prepare(council, importId, chosen, keepGoodRows));
        TenantScope scope = TenantScope.staffOf(council);
        workers.submit(() -> Tenancy.run(scope, () -> runs.run(prepared)));
        return transactions.execute(tx -> status(council, importId));
    }

    /** Imports a file in one go (API, demo content): upload, check and store, then the outcome. */
    @Override
    public ImportStatus importNow(
            CouncilId council,
            DatasetId dataset,
            @Nullable String fileName,
            byte[] content,
            ImportSettings chosen,
            boolean keepGoodRows) {
        UUID importId = transactions.execute(tx -> store(council, dataset, fileName, content));
        DatasetImportRun.Prepared prepared =
                transactions.execute(tx -> prepare(council, importId, chosen, keepGoodRows));
        runs.run(prepared);
        return transactions.execute(tx -> status(council, importId));
    }

    @Override
    @Transactional(readOnly = true)
    public ImportStatus status(CouncilId council, UUID importId) {
        return imports.status(council, importId)
                .orElseThrow(() -> new NotFoundException("opendata.import.notFound", importId));
    }

    private DatasetImportRun.Prepared prepare(
            CouncilId council, UUID importId, ImportSettings chosen, boolean keepGoodRows) {
        ImportRepository.Upload upload = requireUpload(council, importId);
        SourceTable table = read(upload.content(), upload.fileName(), chosen);
        List<Column> columns = UploadedTables.mapping(table, chosen);
        if (!imports.start(importId, table.rows().size())) {
            throw new BusinessRuleException("opendata.import.alreadyStarted");
        }
        imports.settings(importId, new ImportSettings(chosen.sheet(), table.headerRow(), table.headerRows(), columns));
        String mappingHash =
                Sha256.hex(table.sheet() + "|" + table.headerRow() + "|" + table.headerRows() + "|" + columns);
        return new DatasetImportRun.Prepared(
                council,
                importId,
                upload.dataset(),
                upload.fileName(),
                upload.sha256(),
                mappingHash,
                table,
                columns,
                keepGoodRows,
                CurrentUser.describe());
    }

    private SourceTable read(byte @Nullable [] content, String fileName, ImportSettings chosen) {
        return UploadedTables.read(content, fileName, chosen, settings.rowLimit());
    }

    private ImportRepository.Upload requireUpload(CouncilId council, UUID importId) {
        ImportRepository.Upload upload = imports.upload(council, importId)
                .orElseThrow(() -> new NotFoundException("opendata.import.notFound", importId));
        if (upload.content() == null) {
            throw new BusinessRuleException("opendata.import.alreadyStarted");
        }
        return upload;
    }
}
