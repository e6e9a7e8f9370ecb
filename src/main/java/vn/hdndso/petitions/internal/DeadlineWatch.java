package vn.hdndso.petitions.internal;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hdndso.councils.Councils;
import vn.hdndso.councils.ExecutiveUnit;
import vn.hdndso.councils.ExecutiveUnits;
import vn.hdndso.petitions.IssueOverdue;
import vn.hdndso.petitions.PetitionIssue;
import vn.hdndso.shared.VnTime;
import vn.hdndso.shared.audit.AuditEvent;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;

/**
 * Every morning (and on demand): reminds competent bodies of deadlines that are near, escalates
 * issues past their deadline to the standing committee, and carries unresolved issues of past
 * half-years over. Several instances may run it; a transaction-scoped PostgreSQL advisory lock
 * lets only one do the work.
 */
@Component
class DeadlineWatch {

    private static final Logger log = LoggerFactory.getLogger(DeadlineWatch.class);
    private static final long LOCK = 0x5045_5449_5449_4f4eL; // "PETITION"
    private static final java.time.format.DateTimeFormatter DAY =
            java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final IssueRepository issues;
    private final IssueQueries queries;
    private final ExecutiveUnits units;
    private final Councils councils;
    private final VoterNotifications notifications;
    private final PetitionsProperties properties;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;
    private final java.time.Clock clock;

    DeadlineWatch(
            IssueRepository issues,
            IssueQueries queries,
            ExecutiveUnits units,
            Councils councils,
            VoterNotifications notifications,
            PetitionsProperties properties,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            JdbcClient jdbc,
            java.time.Clock clock) {
        this.issues = issues;
        this.queries = queries;
        this.clock = clock;
        this.units = units;
        this.councils = councils;
        this.notifications = notifications;
        this.properties = properties;
        this.events = events;
        this.transactions = transactions;
        this.jdbc = jdbc;
    }

    /** What one run did. */
    public record Run(boolean ran, int reminded, int escalated, int carriedOver) {}

    @Scheduled(cron = "${hdnd.petitions.watch-cron:0 15 7 * * *}", zone = VnTime.ZONE_ID)
    void daily() {
        Run run = runOnce(VnTime.today(clock));
        log.info("petition deadlines: {}", run);
    }

    public Run runOnce(LocalDate today) {
        return Tenancy.call(
                TenantScope.allCouncils("petition deadlines: reminders, escalation, carry-over"),
                () -> java.util.Objects.requireNonNull(transactions.execute(status -> {
                    Boolean locked = jdbc.sql("select pg_try_advisory_xact_lock(:key)")
                            .param("key", LOCK)
                            .query(Boolean.class)
                            .single();
                    if (!Boolean.TRUE.equals(locked)) {
                        return new Run(false, 0, 0, 0);
                    }
                    int reminded = 0;
                    for (PetitionIssue issue : queries.dueForReminder(today.plusDays(properties.reminderDays()))) {
                        if (issue.deadline() != null && !issue.deadline().isBefore(today)) {
                            remind(issue);
                            reminded++;
                        }
                    }
                    int escalated = 0;
                    for (PetitionIssue issue : queries.dueForEscalation(today)) {
                        escalate(issue);
                        escalated++;
                    }
                    int carried = 0;
                    for (var council : councils.all()) {
                        carried += issues.carryOver(council.id(), PetitionIssue.periodOf(today));
                    }
                    return new Run(true, reminded, escalated, carried);
                })));
    }

    private void remind(PetitionIssue issue) {
        LocalDate deadline = Objects.requireNonNull(issue.deadline(), "only transferred issues are reminded");
        String recipient = recipientOf(issue);
        notifications.send(
                issue.council(),
                null,
                issue.id(),
                VoterNotifications.Kind.REMINDER,
                recipient,
                "Nhắc hạn: kiến nghị cử tri \"" + issue.title() + "\" cần trả lời trước ngày " + deadline + ".",
                java.util.List.of(councils.require(issue.council()).name(), issue.title(), DAY.format(deadline)),
                true);
        issues.markReminded(issue.council(), issue.id());
        events.publishEvent(AuditEvent.of(issue.council(), "petitions.issue.reminded", "issue", issue.id())
                .with("deadline", deadline));
    }

    private void escalate(PetitionIssue issue) {
        String council = councils.require(issue.council()).name();
        notifications.send(
                issue.council(),
                null,
                issue.id(),
                VoterNotifications.Kind.ESCALATION,
                "Thường trực HĐND " + council,
                "Quá hạn: " + issue.bodyName() + " chưa trả lời kiến nghị \"" + issue.title() + "\" (hạn "
                        + issue.deadline() + ").",
                java.util.List.of(
                        council,
                        String.valueOf(issue.bodyName()),
                        issue.title(),
                        DAY.format(java.util.Objects.requireNonNull(issue.deadline()))),
                true);
        issues.markEscalated(issue.council(), issue.id());
        events.publishEvent(new IssueOverdue(
                issue.council(),
                issue.id(),
                issue.title(),
                issue.field(),
                String.valueOf(issue.bodyName()),
                java.util.Objects.requireNonNull(issue.deadline())));
        events.publishEvent(AuditEvent.of(issue.council(), "petitions.issue.escalated", "issue", issue.id())
                .with("deadline", issue.deadline()));
    }

    private String recipientOf(PetitionIssue issue) {
        UUID unitId = issue.executiveUnitId();
        if (unitId != null) {
            try {
                ExecutiveUnit unit = units.require(issue.council(), unitId);
                if (unit.email() != null && !unit.email().isBlank()) {
                    return unit.email();
                }
                if (unit.phone() != null && !unit.phone().isBlank()) {
                    return unit.phone();
                }
            } catch (RuntimeException e) {
                log.debug("unit {} not readable: {}", unitId, e.getMessage());
            }
        }
        return String.valueOf(issue.bodyName());
    }
}
