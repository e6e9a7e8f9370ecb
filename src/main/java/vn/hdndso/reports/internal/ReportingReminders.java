package vn.hdndso.reports.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hdndso.reports.ReportDueSoon;
import vn.hdndso.reports.ReportOverdue;
import vn.hdndso.shared.VnTime;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;

/**
 * Every morning: a body of a reporting round that has handed in nothing is reminded once when the
 * deadline is near ({@link ReportDueSoon}) and once when it has passed ({@link ReportOverdue}); each
 * reminder is remembered on the reporter's row, so a second run publishes nothing new. Delivering
 * the events (mail, notifications) is the notification outbox's work. Several instances may run it;
 * a transaction-scoped advisory lock lets only one do the work.
 */
@Component
class ReportingReminders {

    private static final Logger log = LoggerFactory.getLogger(ReportingReminders.class);
    private static final long LOCK = 0x5245_504f_5254_5321L; // "REPORTS!"
    private static final LocalDate EVER = LocalDate.of(2000, 1, 1);

    private final RoundRepository repository;
    private final ReportsProperties properties;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;
    private final Clock clock;

    ReportingReminders(
            RoundRepository repository,
            ReportsProperties properties,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            JdbcClient jdbc,
            Clock clock) {
        this.repository = repository;
        this.properties = properties;
        this.events = events;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** What one run published. */
    record Run(boolean ran, int dueSoon, int overdue) {}

    @Scheduled(cron = "${hdnd.reports.reminder-cron:0 30 7 * * *}", zone = VnTime.ZONE_ID)
    void daily() {
        Run run = runOnce();
        log.info("reporting rounds: {}", run);
    }

    /** One run for today, as the injected clock tells it. */
    Run runOnce() {
        return runOnce(VnTime.today(clock));
    }

    Run runOnce(LocalDate today) {
        return Tenancy.call(
                TenantScope.allCouncils("reporting rounds: reminders of reports due soon or overdue"),
                () -> Objects.requireNonNull(transactions.execute(status -> {
                    Boolean locked = jdbc.sql("select pg_try_advisory_xact_lock(:key)")
                            .param("key", LOCK)
                            .query(Boolean.class)
                            .single();
                    if (!Boolean.TRUE.equals(locked)) {
                        return new Run(false, 0, 0);
                    }
                    Instant now = Instant.now(clock);
                    int dueSoon = 0;
                    for (var reporter : repository.toRemind(today, today.plusDays(properties.dueSoonDays()), false)) {
                        var round = repository
                                .round(reporter.council(), reporter.roundId())
                                .orElseThrow();
                        events.publishEvent(new ReportDueSoon(
                                reporter.council(),
                                round.id(),
                                reporter.id(),
                                reporter.name(),
                                round.period(),
                                round.dueOn()));
                        repository.markReminded(reporter.id(), false, now);
                        dueSoon++;
                    }
                    int overdue = 0;
                    for (var reporter : repository.toRemind(EVER, today.minusDays(1), true)) {
                        var round = repository
                                .round(reporter.council(), reporter.roundId())
                                .orElseThrow();
                        events.publishEvent(new ReportOverdue(
                                reporter.council(),
                                round.id(),
                                reporter.id(),
                                reporter.name(),
                                round.period(),
                                round.dueOn()));
                        repository.markReminded(reporter.id(), true, now);
                        overdue++;
                    }
                    return new Run(true, dueSoon, overdue);
                })));
    }
}
