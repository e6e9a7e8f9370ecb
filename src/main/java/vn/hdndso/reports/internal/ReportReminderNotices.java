package vn.hdndso.reports.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.indicators.Period;
import vn.hdndso.notifications.Addressee;
import vn.hdndso.notifications.Addressees;
import vn.hdndso.notifications.Notice;
import vn.hdndso.notifications.Outbox;
import vn.hdndso.reports.ReportDueSoon;
import vn.hdndso.reports.ReportOverdue;
import vn.hdndso.reports.ReportingRound;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.InstallationProperties;

/**
 * Tells a body of a reporting round that its report is due soon or overdue, in the reminder run's
 * transaction (the run publishes each reminder once per body; the idempotency key — reporter, step,
 * addressee — keeps it once). A committee is reached through its members, a unit of the People's
 * Committee through its officers and its address ({@link Addressees}).
 */
@Component
class ReportReminderNotices {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Outbox outbox;
    private final Addressees addressees;
    private final RoundRepository rounds;
    private final Councils councils;
    private final InstallationProperties installation;

    ReportReminderNotices(
            Outbox outbox,
            Addressees addressees,
            RoundRepository rounds,
            Councils councils,
            InstallationProperties installation) {
        this.outbox = outbox;
        this.addressees = addressees;
        this.rounds = rounds;
        this.councils = councils;
        this.installation = installation;
    }

    @EventListener
    void on(ReportDueSoon event) {
        queue(
                event.council(),
                event.round(),
                event.reporter(),
                "report-due-soon",
                "due-soon",
                event.period(),
                event.dueOn(),
                event.reporterName());
    }

    @EventListener
    void on(ReportOverdue event) {
        queue(
                event.council(),
                event.round(),
                event.reporter(),
                "report-overdue",
                "overdue",
                event.period(),
                event.dueOn(),
                event.reporterName());
    }

    private void queue(
            CouncilId councilId,
            UUID round,
            UUID reporterId,
            String template,
            String step,
            Period period,
            LocalDate due,
            String name) {
        RoundRepository.ReporterRow reporter = rounds.reporters(round).stream()
                .filter(r -> r.id().equals(reporterId))
                .findFirst()
                .orElse(null);
        if (reporter == null) {
            return;
        }
        Council council = councils.require(councilId);
        List<Addressee> to = reporter.kind() == ReportingRound.ReporterKind.COMMITTEE
                ? addressees.ofCouncilBody(councilId, reporter.bodyId())
                : addressees.ofExecutiveUnit(councilId, reporter.bodyId());
        String link = installation.baseUrl() + "/app/councils/" + council.slug() + "/reports/rounds/" + round;
        for (Addressee addressee : to) {
            outbox.queue(new Notice(
                    councilId,
                    addressee.recipient(),
                    template,
                    List.of(council.name(), period.toString(), DAY.format(due), name),
                    link,
                    "report:" + reporterId + ":" + step + ":" + addressee.key()));
        }
    }
}
