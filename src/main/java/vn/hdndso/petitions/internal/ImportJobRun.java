package vn.hdndso.petitions.internal;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hdndso.petitions.NewPetition;
import vn.hdndso.petitions.PetitionImportJobs.State;
import vn.hdndso.petitions.PetitionImports.Row;
import vn.hdndso.petitions.Petitions;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.VnTime;
import vn.hdndso.shared.audit.AuditEvent;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;

/**
 * Runs an import job in the background, in the council's staff scope: streams the file, skips the
 * rows a previous run processed, and handles the rest in batches — each batch one transaction that
 * registers its good rows through intake, records its bad ones and adds to the job's progress (so a
 * restart resumes exactly after the last batch). Between batches it stops if the clerk cancelled.
 * One row's failure in intake rolls back only that row (a savepoint).
 */
@Component
class ImportJobRun {

    private static final Logger log = LoggerFactory.getLogger(ImportJobRun.class);

    private final ImportJobRepository jobs;
    private final ImportRows rows;
    private final Petitions petitions;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final TransactionTemplate perRow;
    private final Clock clock;
    private final int batchSize;
    private final Duration staleAfter;
    private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();

    ImportJobRun(
            ImportJobRepository jobs,
            ImportRows rows,
            Petitions petitions,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactionManager,
            Clock clock,
            @Value("${hdnd.petitions.import.batch-size:200}") int batchSize,
            @Value("${hdnd.petitions.import.stale-after:PT2M}") Duration staleAfter) {
        this.jobs = jobs;
        this.rows = rows;
        this.petitions = petitions;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.perRow = new TransactionTemplate(transactionManager);
        this.perRow.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.clock = clock;
        this.batchSize = Math.max(1, batchSize);
        this.staleAfter = staleAfter;
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }

    Duration staleAfter() {
        return staleAfter;
    }

    /** Claims the job (queued, or left by a dead runner) and runs it on a background thread. */
    void submit(CouncilId council, UUID id) {
        workers.submit(() -> Tenancy.run(TenantScope.staffOf(council), () -> claimAndRun(council, id)));
    }

    private void claimAndRun(CouncilId council, UUID id) {
        var work = transactions.execute(
                tx -> jobs.claim(council, id, clock.instant().minus(staleAfter)));
        if (work == null || work.isEmpty()) {
            return;
        }
        try {
            run(work.get());
        } catch (RuntimeException e) {
            log.warn("petition import {} failed", id, e);
            transactions.executeWithoutResult(
                    tx -> jobs.finish(council, id, State.FAILED, "petitions.import.job.failed"));
        }
    }

    private void run(ImportJobRepository.Work work) {
        byte[] content = work.content();
        if (content == null) {
            transactions.executeWithoutResult(
                    tx -> jobs.finish(work.council(), work.id(), State.FAILED, "petitions.import.job.noFile"));
            return;
        }
        if (work.totalRows() <= 0) {
            // the upload answers at once without counting: the total is counted here and saved before
            // the first row is imported, so the progress has it; a resumed job has it already
            int total;
            try {
                total = SpreadsheetStream.count(content);
            } catch (IllegalArgumentException e) {
                transactions.executeWithoutResult(
                        tx -> jobs.finish(work.council(), work.id(), State.FAILED, "petitions.import.unreadable"));
                return;
            }
            transactions.executeWithoutResult(tx -> jobs.total(work.council(), work.id(), total));
        }
        LocalDate today = VnTime.today(clock);
        var reading = new Reading(work, today);
        try {
            SpreadsheetStream.read(content, reading::row);
        } catch (IllegalArgumentException e) {
            transactions.executeWithoutResult(
                    tx -> jobs.finish(work.council(), work.id(), State.FAILED, "petitions.import.unreadable"));
            return;
        }
        if (!reading.cancelled && !reading.batch.isEmpty()) {
            reading.cancelled = flush(work, reading);
        }
        State end = reading.cancelled ? State.CANCELLED : State.DONE;
        transactions.executeWithoutResult(tx -> {
            jobs.finish(work.council(), work.id(), end, null);
            events.publishEvent(AuditEvent.of(
                            work.council(),
                            "petitions.import.job." + end.name().toLowerCase(java.util.Locale.ROOT),
                            "import",
                            work.id())
                    .with("rows", reading.seenRows));
        });
    }

    /** The state of one pass over the file. */
    private final class Reading {
        final ImportJobRepository.Work work;
        final LocalDate today;
        final List<Pending> batch = new ArrayList<>();
        List<String> headers = List.of();
        Map<String, String> mapping = Map.of();
        boolean cancelled;
        int seenRows;

        Reading(ImportJobRepository.Work work, LocalDate today) {
            this.work = work;
            this.today = today;
        }

        boolean row(int number, List<String> cells) {
            if (number == 1) {
                headers = cells;
                mapping = ImportRows.mapping(headers, work.mapping());
                return true;
            }
            seenRows++;
            if (number - 1 <= work.rowsDone()) {
                return true; // processed before a restart
            }
            batch.add(new Pending(number, cells));
            if (batch.size() >= batchSize) {
                cancelled = flush(work, this);
                return !cancelled;
            }
            return true;
        }
    }

    private record Pending(int number, List<String> cells) {}

    /** One batch in one transaction; returns whether the clerk asked to cancel. */
    private boolean flush(ImportJobRepository.Work work, Reading reading) {
        CouncilId council = work.council();
        Boolean cancel = transactions.execute(tx -> {
            int imported = 0;
            int skipped = 0;
            int failed = 0;
            Set<String> seen = new HashSet<>();
            for (Pending p : reading.batch) {
                Row row =
                        rows.row(council, p.number(), p.cells(), reading.headers, reading.mapping, reading.today, seen);
                if (!row.problems().isEmpty()) {
                    row.problems()
                            .forEach((field, key) -> jobs.error(
                                    council,
                                    work.id(),
                                    row.number(),
                                    field,
                                    key,
                                    row.values().getOrDefault(field, "")));
                    failed++;
                } else if (row.alreadyImported()) {
                    skipped++;
                } else if (submit(council, work.id(), row)) {
                    imported++;
                } else {
                    failed++;
                }
            }
            return jobs.progress(council, work.id(), reading.batch.size(), imported, skipped, failed);
        });
        reading.batch.clear();
        return Boolean.TRUE.equals(cancel);
    }

    private boolean submit(CouncilId council, UUID jobId, Row row) {
        Map<String, String> v = row.values();
        try {
            perRow.executeWithoutResult(tx -> petitions.submit(
                    council,
                    NewPetition.imported(
                            v.get("content"),
                            ImportRows.blank(v.get("submitterName")),
                            ImportRows.blank(v.get("contact")),
                            ImportRows.blank(v.get("area")),
                            ImportRows.key(v),
                            ImportRows.date(v.get("receivedOn")))));
            return true;
        } catch (vn.hdndso.shared.BusinessRuleException e) {
            jobs.error(
                    council,
                    jobId,
                    row.number(),
                    "content",
                    "petitions.import.duplicate",
                    v.getOrDefault("content", ""));
            return false;
        } catch (InvalidInputException e) {
            for (var problem : e.problems()) {
                String field = problem.field().startsWith("content") ? "content" : problem.field();
                jobs.error(council, jobId, row.number(), field, problem.messageKey(), v.getOrDefault(field, ""));
            }
            return false;
        }
    }
}
