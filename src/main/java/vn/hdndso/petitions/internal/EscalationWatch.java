package vn.hdndso.petitions.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.councils.ExecutiveUnit;
import vn.hdndso.councils.ExecutiveUnits;
import vn.hdndso.documents.WorkingDays;
import vn.hdndso.petitions.EscalationLadder;
import vn.hdndso.petitions.EscalationStep;
import vn.hdndso.petitions.IssueEscalated;
import vn.hdndso.petitions.IssueRouting;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.VnTime;
import vn.hdndso.shared.audit.AuditEvent;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;

/**
 * Every morning: each transferred issue not answered by its step's deadline moves up one step of
 * the {@link EscalationLadder} (unit → People's Committee chair → standing committee), recorded as a
 * step of the issue, audited, and the new holder told through the module's message path. Like the
 * {@code DeadlineWatch}, a transaction-scoped advisory lock lets one instance do the work.
 */
@Component
class EscalationWatch {

    private static final Logger log = LoggerFactory.getLogger(EscalationWatch.class);
    private static final long LOCK = 0x4553_4341_4c41_5445L; // "ESCALATE"
    private static final java.time.format.DateTimeFormatter DAY =
            java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final StepRepository steps;
    private final Councils councils;
    private final ExecutiveUnits units;
    private final VoterNotifications notifications;
    private final RoutingProperties properties;
    private final WorkingDays workingDays;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;
    private final Clock clock;

    EscalationWatch(
            StepRepository steps,
            Councils councils,
            ExecutiveUnits units,
            VoterNotifications notifications,
            RoutingProperties properties,
            WorkingDays workingDays,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            JdbcClient jdbc,
            Clock clock) {
        this.steps = steps;
        this.councils = councils;
        this.units = units;
        this.notifications = notifications;
        this.properties = properties;
        this.workingDays = workingDays;
        this.events = events;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Scheduled(cron = "${hdnd.petitions.routing.watch-cron:0 30 7 * * *}", zone = VnTime.ZONE_ID)
    void daily() {
        int moved = 0;
        for (Council council : councils.all()) {
            moved += runFor(council.id(), VnTime.today(clock));
        }
        log.info("petition escalation: {} issues moved up a step", moved);
    }

    /** Moves the council's overdue issues up one step as of {@code today}; returns how many moved. */
    int runFor(CouncilId council, LocalDate today) {
        return Tenancy.call(
                TenantScope.staffOf(council),
                () -> Objects.requireNonNull(transactions.execute(status -> {
                    Boolean locked = jdbc.sql("select pg_try_advisory_xact_lock(:key, :council)")
                            .param("key", (int) (LOCK ^ (LOCK >>> 32)))
                            .param("council", council.value().hashCode())
                            .query(Boolean.class)
                            .single();
                    if (!Boolean.TRUE.equals(locked)) {
                        return 0;
                    }
                    EscalationLadder ladder = properties.ladder();
                    int moved = 0;
                    for (var standing : steps.dueForEscalation(council, today)) {
                        var up = ladder.next(standing.holder(), standing.stepDeadline(), today, workingDays);
                        if (up.isPresent()) {
                            escalate(standing, up.get());
                            moved++;
                        }
                    }
                    return moved;
                })));
    }

    private void escalate(StepRepository.Standing standing, EscalationLadder.Escalation up) {
        CouncilId council = standing.council();
        String holder = holderName(council, up.step());
        steps.standAt(council, standing.issueId(), up.step(), up.deadline());
        steps.record(
                council,
                standing.issueId(),
                IssueRouting.StepKind.ESCALATED,
                up.step(),
                holder,
                up.deadline(),
                "",
                "",
                "hệ thống");
        notifications.send(
                council,
                null,
                standing.issueId(),
                VoterNotifications.Kind.ESCALATION,
                recipient(council, up.step(), holder),
                "Chuyển cấp: " + standing.bodyName() + " chưa trả lời kiến nghị \"" + standing.title()
                        + "\" đúng hạn " + DAY.format(standing.stepDeadline()) + "; đề nghị " + holder
                        + " chỉ đạo trả lời trước ngày " + DAY.format(up.deadline()) + ".",
                java.util.List.of(
                        councils.require(council).name(),
                        standing.bodyName(),
                        standing.title(),
                        DAY.format(standing.stepDeadline())),
                true);
        events.publishEvent(new IssueEscalated(council, standing.issueId(), up.step(), up.deadline()));
        events.publishEvent(AuditEvent.of(council, "petitions.issue.escalatedStep", "issue", standing.issueId())
                .with("step", up.step())
                .with("from", standing.holder())
                .with("stepDeadline", up.deadline()));
    }

    private @org.jspecify.annotations.Nullable ExecutiveUnit peoplesCommittee(CouncilId council) {
        return units.of(council).stream()
                .filter(u -> u.kind() == ExecutiveUnit.Kind.PEOPLES_COMMITTEE)
                .findFirst()
                .orElse(null);
    }

    private String holderName(CouncilId council, EscalationStep step) {
        String name = councils.require(council).name();
        return switch (step) {
            case UNIT -> "đơn vị được giao";
            case CHAIR -> "Chủ tịch UBND " + lowerFirst(name);
            case STANDING_COMMITTEE -> "Thường trực HĐND " + lowerFirst(name);
        };
    }

    /** The chair is reached through the People's Committee's e-mail or phone when it has one. */
    private String recipient(CouncilId council, EscalationStep step, String holder) {
        if (step == EscalationStep.CHAIR) {
            ExecutiveUnit committee = peoplesCommittee(council);
            if (committee != null) {
                if (committee.email() != null && !committee.email().isBlank()) {
                    return committee.email();
                }
                if (committee.phone() != null && !committee.phone().isBlank()) {
                    return committee.phone();
                }
            }
        }
        return holder;
    }

    private static String lowerFirst(String name) {
        return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
