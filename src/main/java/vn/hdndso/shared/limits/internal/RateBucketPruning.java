package vn.hdndso.shared.limits.internal;

import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hdndso.shared.VnTime;

/**
 * Deletes the rate buckets that are full again (nothing to remember about their clients), every
 * ten minutes by default ({@code hdnd.limits.prune-cron}). Several instances may run it at once:
 * a transaction-scoped PostgreSQL advisory lock lets one do the work, the others return at once.
 */
@Component
class RateBucketPruning {

    private static final Logger log = LoggerFactory.getLogger(RateBucketPruning.class);

    /** The advisory lock of this job ("RATELIMT"). */
    static final long LOCK = 0x524154454C494D54L;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    RateBucketPruning(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** What one run did; {@code ran} is false when another instance held the lock. */
    record Run(boolean ran, int deleted) {}

    @Scheduled(cron = "${hdnd.limits.prune-cron:0 */10 * * * *}", zone = VnTime.ZONE_ID)
    void scheduled() {
        Run run = runOnce();
        if (run.deleted() > 0) {
            log.info("rate limits: {}", run);
        }
    }

    Run runOnce() {
        return Objects.requireNonNull(transactions.execute(status -> {
            Boolean locked = jdbc.sql("select pg_try_advisory_xact_lock(:key)")
                    .param("key", LOCK)
                    .query(Boolean.class)
                    .single();
            if (!Boolean.TRUE.equals(locked)) {
                return new Run(false, 0);
            }
            int deleted = jdbc.sql("delete from rate_bucket where full_at < statement_timestamp()")
                    .update();
            return new Run(true, deleted);
        }));
    }
}
