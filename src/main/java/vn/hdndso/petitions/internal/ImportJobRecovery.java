package vn.hdndso.petitions.internal;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;

/**
 * No import job stays RUNNING forever: on start and every minute, a job whose heartbeat is older
 * than {@code hdnd.petitions.import.stale-after} (its instance was killed, or it was queued when the
 * instance stopped) is claimed and resumed after its last committed batch. A job whose file is gone
 * is marked failed.
 */
@Component
class ImportJobRecovery {

    private static final Logger log = LoggerFactory.getLogger(ImportJobRecovery.class);

    private final ImportJobRepository jobs;
    private final ImportJobRun run;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ImportJobRecovery(ImportJobRepository jobs, ImportJobRun run, TransactionTemplate transactions, Clock clock) {
        this.jobs = jobs;
        this.run = run;
        this.transactions = transactions;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        resumeStale();
    }

    @Scheduled(fixedDelayString = "${hdnd.petitions.import.sweep:PT1M}", initialDelayString = "PT1M")
    void sweep() {
        resumeStale();
    }

    /** Resumes every stale job; returns how many were found. */
    int resumeStale() {
        var stale = Tenancy.call(
                TenantScope.allCouncils("petition import jobs left by a stopped instance"),
                () -> java.util.Objects.requireNonNull(
                        transactions.execute(tx -> jobs.stale(clock.instant().minus(run.staleAfter())))));
        for (var job : stale) {
            log.info(
                    "resuming petition import {} of council {}",
                    job.id(),
                    job.council().value());
            run.submit(job.council(), job.id());
        }
        return stale.size();
    }
}
