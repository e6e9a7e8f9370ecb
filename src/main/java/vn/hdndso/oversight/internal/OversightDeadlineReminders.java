package vn.hdndso.oversight.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.VnTime;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;

/**
 * Every morning: reminds a People's Committee unit of an unanswered question, an unfinished
 * recommendation and an unmet commitment due within {@code hdnd.oversight.reminder-days} (7 by
 * default), and of a commitment whose day has passed. One reminder per item and step: the
 * notice's idempotency key names both, so a second run (or a second instance) queues nothing new.
 * Several instances may run it; a transaction-scoped advisory lock lets one do the work.
 */
@Component
class OversightDeadlineReminders {

    private static final Logger log = LoggerFactory.getLogger(OversightDeadlineReminders.class);
    private static final long LOCK = 0x4f56_4552_5349_4748L; // "OVERSIGH"

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final OversightNotices notices;
    private final Clock clock;
    private final int days;

    OversightDeadlineReminders(
            JdbcClient jdbc,
            TransactionTemplate transactions,
            OversightNotices notices,
            Clock clock,
            @Value("${hdnd.oversight.reminder-days:7}") int days) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.notices = notices;
        this.clock = clock;
        this.days = Math.max(0, days);
    }

    /** What one run looked at: items reminded of (already reminded ones are ignored by the outbox). */
    record Run(boolean ran, int questions, int recommendations, int commitments) {}

    private record Due(UUID council, UUID id, UUID unit, String unitName, String text, LocalDate due, String path) {}

    @Scheduled(cron = "${hdnd.oversight.reminder-cron:0 15 7 * * *}", zone = VnTime.ZONE_ID)
    void daily() {
        log.info("oversight deadline reminders: {}", remind());
    }

    Run remind() {
        LocalDate today = VnTime.today(clock);
        LocalDate soon = today.plusDays(days);
        return Tenancy.call(
                TenantScope.allCouncils("oversight deadlines: reminders to the People's Committee"),
                () -> Objects.requireNonNull(transactions.execute(status -> {
                    Boolean locked = jdbc.sql("select pg_try_advisory_xact_lock(:key)")
                            .param("key", LOCK)
                            .query(Boolean.class)
                            .single();
                    if (!Boolean.TRUE.equals(locked)) {
                        return new Run(false, 0, 0, 0);
                    }
                    List<Due> questions = due("""
                            select council_id, id, addressed_unit_id, addressed_unit_name, text, due_on,
                                   '/oversight#question-' || id
                              from oversight_question
                             where answered_on is null and due_on between :today and :soon""", today, soon);
                    questions.forEach(q -> remind(q, "question-due-soon", "question:" + q.id() + ":due-soon"));
                    List<Due> recommendations = due("""
                            select council_id, id, owner_unit_id, owner_name, text, due_on,
                                   '/oversight/topics/' || topic_id
                              from oversight_recommendation
                             where done_on is null and owner_unit_id is not null
                               and due_on between :today and :soon""", today, soon);
                    recommendations.forEach(
                            r -> remind(r, "recommendation-due-soon", "recommendation:" + r.id() + ":due-soon"));
                    List<Due> commitments = due("""
                            select c.council_id, c.id, q.addressed_unit_id, q.addressed_unit_name, c.text, c.due_on,
                                   '/oversight#question-' || q.id
                              from oversight_commitment c join oversight_question q on q.id = c.question_id
                             where c.met_on is null and c.due_on <= :soon and c.due_on >= :today - 366""", today, soon);
                    for (Due c : commitments) {
                        boolean overdue = c.due().isBefore(today);
                        remind(
                                c,
                                overdue ? "commitment-overdue" : "commitment-due",
                                "commitment:" + c.id() + (overdue ? ":overdue" : ":due-soon"));
                    }
                    return new Run(true, questions.size(), recommendations.size(), commitments.size());
                })));
    }

    private void remind(Due item, String template, String key) {
        notices.toUnit(
                new CouncilId(item.council()),
                item.unit(),
                template,
                key,
                item.path(),
                item.text(),
                item.unitName(),
                item.due());
    }

    private List<Due> due(String sql, LocalDate today, LocalDate soon) {
        return jdbc.sql(sql)
                .param("today", today)
                .param("soon", soon)
                .query((rs, i) -> new Due(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getObject(6, LocalDate.class),
                        rs.getString(7)))
                .list();
    }
}
