package vn.hdndso.petitions.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hdndso.councils.Councils;
import vn.hdndso.councils.ExecutiveUnit;
import vn.hdndso.councils.ExecutiveUnits;
import vn.hdndso.petitions.EscalationStep;
import vn.hdndso.petitions.IssueReopened;
import vn.hdndso.petitions.IssueRouting;
import vn.hdndso.petitions.IssueStatus;
import vn.hdndso.petitions.Petition;
import vn.hdndso.petitions.PetitionIssue;
import vn.hdndso.petitions.PetitionIssueChanged;
import vn.hdndso.petitions.ReopenWindow;
import vn.hdndso.petitions.VoterFeedback;
import vn.hdndso.shared.BusinessRuleException;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.NotFoundException;
import vn.hdndso.shared.PublicContentChanged;
import vn.hdndso.shared.VnTime;
import vn.hdndso.shared.audit.AuditEvent;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;

/**
 * {@link VoterFeedback}: like the reception desk, the office records what the voter says in the
 * council's staff scope, after finding the petition by its code in one explicit cross-council read.
 */
@Service
class FeedbackDesk implements VoterFeedback {

    private static final int MAX_COMMENT = 1000;

    private final PetitionRepository petitions;
    private final IssueRepository issues;
    private final FeedbackRepository feedback;
    private final StepRepository steps;
    private final ExecutiveUnits units;
    private final VoterNotifications notifications;
    private final Councils councils;
    private final RoutingProperties properties;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    FeedbackDesk(
            PetitionRepository petitions,
            IssueRepository issues,
            FeedbackRepository feedback,
            StepRepository steps,
            ExecutiveUnits units,
            VoterNotifications notifications,
            Councils councils,
            RoutingProperties properties,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            Clock clock) {
        this.petitions = petitions;
        this.issues = issues;
        this.feedback = feedback;
        this.steps = steps;
        this.units = units;
        this.notifications = notifications;
        this.councils = councils;
        this.properties = properties;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The council and petition a code belongs to, read across councils (nothing else is read there). */
    private Optional<Petition> find(String trackingCode) {
        Optional<String> code = TrackingCodes.parse(trackingCode);
        if (code.isEmpty()) {
            return Optional.empty();
        }
        return Tenancy.call(
                TenantScope.allCouncils("voter feedback: the petition of a tracking code"),
                () -> Objects.requireNonNull(transactions.execute(status -> petitions.findByCode(code.get()))));
    }

    private Petition require(String trackingCode) {
        return find(trackingCode).orElseThrow(() -> new NotFoundException("petitions.tracking.notFound", trackingCode));
    }

    private <T> T inOffice(CouncilId council, java.util.function.Supplier<T> work) {
        return Tenancy.call(
                TenantScope.staffOf(council), () -> Objects.requireNonNull(transactions.execute(status -> work.get())));
    }

    @Override
    public Optional<Loop> loop(String trackingCode) {
        return find(trackingCode).map(p -> inOffice(p.council(), () -> loopOf(p, issue(p))));
    }

    private PetitionIssue issue(Petition petition) {
        return issues.find(petition.council(), petition.issueId())
                .orElseThrow(() -> new NotFoundException("petitions.issue.notFound", petition.issueId()));
    }

    private Loop loopOf(Petition petition, PetitionIssue issue) {
        ReopenWindow window = properties.reopenWindow();
        int reopened = feedback.timesReopened(petition.council(), issue.id());
        LocalDate publishedOn = publishedOn(issue);
        if (publishedOn == null || issue.answeredOn() == null) {
            return new Loop(false, null, false, null, null, null, reopened);
        }
        LocalDate today = VnTime.today(clock);
        var rating = feedback.rating(petition.council(), petition.id(), reopened);
        return new Loop(
                true,
                window.lastDay(publishedOn),
                issue.status() == IssueStatus.ANSWERED && window.isOpenOn(publishedOn, today),
                rating.map(FeedbackRepository.Rating::satisfied).orElse(null),
                rating.map(FeedbackRepository.Rating::comment).orElse(null),
                rating.map(FeedbackRepository.Rating::ratedAt).orElse(null),
                reopened);
    }

    private static @Nullable LocalDate publishedOn(PetitionIssue issue) {
        Instant at = issue.publishedAt();
        return at == null ? null : LocalDate.ofInstant(at, VnTime.ZONE);
    }

    @Override
    public Loop rate(String trackingCode, @Nullable Boolean satisfied, @Nullable String comment) {
        Petition petition = require(trackingCode);
        var problems = new InvalidInputException.Collector();
        String text = PetitionTexts.clean(comment);
        if (satisfied == null) {
            problems.add("satisfied", "feedback.rate.satisfied.required");
        }
        if (text.length() > MAX_COMMENT) {
            problems.add("comment", "petitions.field.tooLong", MAX_COMMENT);
        }
        problems.throwIfAny();
        CouncilId council = petition.council();
        return inOffice(council, () -> {
            PetitionIssue issue = issues.lock(council, petition.issueId());
            LocalDate answeredOn = issue.answeredOn();
            if (publishedOn(issue) == null || answeredOn == null) {
                throw new BusinessRuleException("satisfied", "feedback.rate.notAnswered");
            }
            boolean happy = Objects.requireNonNull(satisfied);
            int round = feedback.timesReopened(council, issue.id());
            feedback.rate(council, petition.id(), issue.id(), round, happy, text, Instant.now(clock));
            events.publishEvent(AuditEvent.of(council, "petitions.issue.rated", "issue", issue.id())
                    .with("satisfied", happy)
                    .with("answeredOn", answeredOn));
            events.publishEvent(new PublicContentChanged(council, PublicContentChanged.PETITIONS));
            return loopOf(petition, issue);
        });
    }

    @Override
    public Loop reopen(String trackingCode, @Nullable String reason) {
        Petition petition = require(trackingCode);
        String why = PetitionTexts.clean(reason);
        if (why.length() > MAX_COMMENT) {
            throw InvalidInputException.of("reason", "petitions.field.tooLong", MAX_COMMENT);
        }
        CouncilId council = petition.council();
        return inOffice(council, () -> {
            PetitionIssue issue = issues.lock(council, petition.issueId());
            LocalDate publishedOn = publishedOn(issue);
            if (issue.status() != IssueStatus.ANSWERED || publishedOn == null) {
                throw new BusinessRuleException(
                        "reopen", issue.isAnswered() ? "feedback.reopen.notPublished" : "feedback.reopen.notAnswered");
            }
            LocalDate today = VnTime.today(clock);
            properties.reopenWindow().requireOpen(publishedOn, today);
            LocalDate deadline = today.plusDays(properties.reopenAnswerDays());
            String body = String.valueOf(issue.bodyName());
            steps.record(
                    council,
                    issue.id(),
                    IssueRouting.StepKind.REOPENED,
                    EscalationStep.UNIT,
                    body,
                    deadline,
                    why,
                    issue.answerClass() + ": " + issue.answerText(),
                    "cử tri");
            feedback.reopen(council, issue.id(), today, deadline);
            notifications.send(
                    council,
                    null,
                    issue.id(),
                    VoterNotifications.Kind.REMINDER,
                    recipient(issue),
                    "Cử tri đề nghị xem xét lại kiến nghị \"" + issue.title() + "\"; đề nghị trả lời lại trước ngày "
                            + deadline.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")) + ".",
                    java.util.List.of(
                            councils.require(council).name(),
                            issue.title(),
                            deadline.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))),
                    true);
            events.publishEvent(new IssueReopened(council, issue.id(), deadline));
            events.publishEvent(new PetitionIssueChanged(council, issue.id(), "reopened", true));
            events.publishEvent(new PublicContentChanged(council, PublicContentChanged.PETITIONS));
            events.publishEvent(AuditEvent.of(council, "petitions.issue.reopened", "issue", issue.id())
                    .with("deadline", deadline)
                    .with("publishedOn", publishedOn));
            return loopOf(petition, issues.lock(council, issue.id()));
        });
    }

    private String recipient(PetitionIssue issue) {
        UUID unitId = issue.executiveUnitId();
        if (unitId != null) {
            ExecutiveUnit unit = units.of(issue.council()).stream()
                    .filter(u -> u.id().equals(unitId))
                    .findFirst()
                    .orElse(null);
            if (unit != null && unit.email() != null && !unit.email().isBlank()) {
                return unit.email();
            }
            if (unit != null && unit.phone() != null && !unit.phone().isBlank()) {
                return unit.phone();
            }
        }
        return String.valueOf(issue.bodyName());
    }
}
