package vn.hdndso.petitions.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.hdndso.identity.CurrentUser;
import vn.hdndso.petitions.PetitionImportJobs;
import vn.hdndso.petitions.PetitionImports;
import vn.hdndso.shared.BusinessRuleException;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.NotFoundException;
import vn.hdndso.shared.Sha256;
import vn.hdndso.shared.VnTime;
import vn.hdndso.shared.audit.AuditEvent;

/** {@link PetitionImportJobs}: upload, preview, start, progress, cancel and the rows left out. */
@Service
class ImportJobOffice implements PetitionImportJobs {

    /** Largest file a job takes (a 200,000-row list is about 10 MB as XLSX, 40 MB as CSV). */
    static final int MAX_BYTES = 50 * 1024 * 1024;

    private static final int PREVIEW_ROWS = 20;

    private final ImportJobRepository jobs;
    private final ImportRows rows;
    private final ImportJobRun run;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ImportJobOffice(
            ImportJobRepository jobs,
            ImportRows rows,
            ImportJobRun run,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jobs = jobs;
        this.rows = rows;
        this.run = run;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Job upload(CouncilId council, String fileName, byte[] content) {
        if (content.length == 0) {
            throw InvalidInputException.of("file", "petitions.import.empty");
        }
        if (content.length > MAX_BYTES) {
            throw InvalidInputException.of("file", "petitions.import.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        int[] count = {0};
        try {
            // the header and one row are enough here: the job counts the rows when it starts
            SpreadsheetStream.read(content, (number, cells) -> {
                count[0] = number;
                return number < 2;
            });
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(
                    "file", e.getMessage() == null ? "petitions.import.unreadable" : e.getMessage());
        }
        if (count[0] < 2) {
            throw InvalidInputException.of("file", "petitions.import.empty");
        }
        UUID id = UUID.randomUUID();
        jobs.insert(council, id, fileName, Sha256.hex(content), content, 0, CurrentUser.describe());
        events.publishEvent(AuditEvent.of(council, "petitions.import.job.uploaded", "import", id)
                .with("file", fileName)
                .with("bytes", content.length));
        return require(council, id);
    }

    @Override
    @Transactional(readOnly = true)
    public PetitionImports.Preview preview(CouncilId council, UUID id, Map<String, String> mapping) {
        Job job = require(council, id);
        byte[] content = jobs.content(council, id);
        if (job.state() != State.UPLOADED || content == null) {
            throw new BusinessRuleException("petitions.import.job.started");
        }
        List<List<String>> first = new ArrayList<>();
        String encoding = SpreadsheetStream.read(content, (number, cells) -> {
            first.add(cells);
            return first.size() <= PREVIEW_ROWS;
        });
        List<String> headers = first.getFirst();
        Map<String, String> used = ImportRows.mapping(headers, mapping);
        Set<String> seen = new HashSet<>();
        List<PetitionImports.Row> checked = new ArrayList<>();
        for (int i = 1; i < first.size(); i++) {
            checked.add(rows.row(council, i + 1, first.get(i), headers, used, VnTime.today(clock), seen));
        }
        List<PetitionImports.Row> problems =
                checked.stream().filter(r -> !r.problems().isEmpty()).toList();
        return new PetitionImports.Preview(
                encoding,
                headers,
                used,
                job.totalRows(),
                problems.size(),
                (int) checked.stream()
                        .filter(PetitionImports.Row::alreadyImported)
                        .count(),
                checked,
                problems);
    }

    @Override
    @Transactional
    public Job start(CouncilId council, UUID id, Map<String, String> mapping) {
        Job job = require(council, id);
        byte[] content = jobs.content(council, id);
        if (job.state() != State.UPLOADED || content == null) {
            throw new BusinessRuleException("petitions.import.job.started");
        }
        List<String> headers = new ArrayList<>();
        SpreadsheetStream.read(content, (number, cells) -> {
            headers.addAll(cells);
            return false;
        });
        Map<String, String> used = ImportRows.mapping(headers, mapping);
        if (!jobs.queue(council, id, used)) {
            throw new BusinessRuleException("petitions.import.job.started");
        }
        events.publishEvent(AuditEvent.of(council, "petitions.import.job.started", "import", id)
                .with("rows", job.totalRows()));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                run.submit(council, id);
            }
        });
        return require(council, id);
    }

    @Override
    @Transactional(readOnly = true)
    public Job require(CouncilId council, UUID id) {
        return jobs.find(council, id).orElseThrow(() -> new NotFoundException("petitions.import.job.notFound", id));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Job> recent(CouncilId council) {
        return jobs.recent(council, 10);
    }

    @Override
    @Transactional
    public Job cancel(CouncilId council, UUID id) {
        Job job = require(council, id);
        if (job.finished()) {
            throw new BusinessRuleException("petitions.import.job.finished");
        }
        jobs.requestCancel(council, id);
        events.publishEvent(AuditEvent.of(council, "petitions.import.job.cancel", "import", id)
                .with("rowsDone", job.rowsDone()));
        return require(council, id);
    }

    @Override
    @Transactional(readOnly = true)
    public List<RowError> errors(CouncilId council, UUID id) {
        require(council, id);
        return jobs.errors(council, id);
    }
}
