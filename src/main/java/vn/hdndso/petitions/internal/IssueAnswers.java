package vn.hdndso.petitions.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.councils.ExecutiveUnit;
import vn.hdndso.councils.ExecutiveUnits;
import vn.hdndso.documents.WorkingDays;
import vn.hdndso.identity.CurrentUser;
import vn.hdndso.petitions.AnswerClass;
import vn.hdndso.petitions.AnswerPublished;
import vn.hdndso.petitions.CompetentBodyKind;
import vn.hdndso.petitions.IssueAnswered;
import vn.hdndso.petitions.IssueTransferred;
import vn.hdndso.petitions.Petition;
import vn.hdndso.petitions.PetitionIssue;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.NotFoundException;
import vn.hdndso.shared.PublicContentChanged;
import vn.hdndso.shared.VnTime;
import vn.hdndso.shared.audit.AuditEvent;

/**
 * An issue's way to its answer: transfer to a competent body, the body's answer, the de-identified
 * publication. The form's input is checked here (every problem together); the rules of the issue's
 * state are {@link PetitionIssue}'s.
 */
@Component
class IssueAnswers {

    private static final int MAX_ANSWER = 10_000;
    private static final int MAX_BODY = 300;

    private final IssueRepository issues;
    private final PetitionRepository petitions;
    private final ExecutiveUnits executiveUnits;
    private final Councils councils;
    private final PetitionsProperties properties;
    private final VoterMessages messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final WorkingDays workingDays;

    IssueAnswers(
            IssueRepository issues,
            PetitionRepository petitions,
            ExecutiveUnits executiveUnits,
            Councils councils,
            PetitionsProperties properties,
            VoterMessages messages,
            ApplicationEventPublisher events,
            Clock clock,
            WorkingDays workingDays) {
        this.workingDays = workingDays;
        this.issues = issues;
        this.petitions = petitions;
        this.executiveUnits = executiveUnits;
        this.councils = councils;
        this.properties = properties;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
    }

    /** The competent body as named on the form: a unit of the People's Committee, the city, or an agency. */
    private record Body(@Nullable UUID unitId, String name) {}

    void transfer(
            CouncilId council,
            UUID id,
            @Nullable CompetentBodyKind kind,
            @Nullable UUID executiveUnitId,
            @Nullable String bodyName,
            @Nullable LocalDate deadline) {
        PetitionIssue issue = issues.lock(council, id);
        issue.requireTransferable();
        var problems = new InvalidInputException.Collector();
        LocalDate today = VnTime.today(clock);
        Body body = body(council, problems, kind, executiveUnitId, PetitionTexts.clean(bodyName));
        LocalDate due = deadline == null ? today.plusDays(properties.answerDays()) : deadline;
        if (due.isBefore(today)) {
            problems.add("deadline", "petitions.transfer.deadline.past");
        }
        problems.throwIfAny();
        CompetentBodyKind k = Objects.requireNonNull(kind);
        PetitionIssue transferred = issue.transfer(k, body.unitId(), body.name(), today, due);
        issues.saveTransfer(transferred);
        events.publishEvent(
                new IssueTransferred(council, id, issue.title(), issue.field(), k, body.name(), today, due, false));
        events.publishEvent(AuditEvent.of(council, "petitions.issue.transferred", "issue", id)
                .with("body", body.name())
                .with("deadline", due));
        messages.transferred(council, id, body.name(), due);
    }

    private Body body(
            CouncilId council,
            InvalidInputException.Collector problems,
            @Nullable CompetentBodyKind kind,
            @Nullable UUID executiveUnitId,
            String bodyName) {
        String name = bodyName;
        UUID unitId = null;
        if (kind == null) {
            problems.add("bodyKind", "petitions.transfer.kind.required");
        } else if (kind == CompetentBodyKind.EXECUTIVE_UNIT) {
            if (executiveUnitId == null) {
                problems.add("executiveUnitId", "petitions.transfer.unit.required");
            } else {
                try {
                    ExecutiveUnit unit = executiveUnits.require(council, executiveUnitId);
                    if (!unit.active()) {
                        problems.add("executiveUnitId", "petitions.transfer.unit.inactive", unit.name());
                    }
                    name = unit.name();
                    unitId = unit.id();
                } catch (NotFoundException e) {
                    problems.add("executiveUnitId", "petitions.transfer.unit.unknown");
                }
            }
        } else if (kind == CompetentBodyKind.CITY && name.isEmpty()) {
            name = councils.provincial()
                    .map(Council::name)
                    .map(n -> "UBND " + n.replace("Thành phố ", "thành phố "))
                    .orElse("UBND thành phố");
        } else if (name.isEmpty()) {
            problems.add("bodyName", "petitions.transfer.body.required");
        }
        if (name.length() > MAX_BODY) {
            problems.add("bodyName", "petitions.field.tooLong", MAX_BODY);
        }
        return new Body(unitId, name);
    }

    void answer(
            CouncilId council,
            UUID id,
            @Nullable AnswerClass answerClass,
            @Nullable String text,
            @Nullable LocalDate promisedOn) {
        PetitionIssue issue = issues.lock(council, id);
        issue.requireAnswerable();
        var problems = new InvalidInputException.Collector();
        String answer = PetitionTexts.clean(text);
        if (answerClass == null) {
            problems.add("answerClass", "petitions.answer.class.required");
        }
        if (answer.isEmpty()) {
            problems.add("answer", "petitions.answer.required");
        } else if (answer.length() > MAX_ANSWER) {
            problems.add("answer", "petitions.field.tooLong", MAX_ANSWER);
        }
        LocalDate today = VnTime.today(clock);
        if (answerClass == AnswerClass.IN_PROGRESS) {
            if (promisedOn == null) {
                problems.add("promisedOn", "petitions.answer.promisedOn.required");
            } else if (promisedOn.isBefore(today)) {
                problems.add("promisedOn", "petitions.answer.promisedOn.past");
            }
        }
        problems.throwIfAny();
        // the body's officer when one answers in the application; otherwise the clerk types it for the body
        String by = CurrentUser.get().isPresent() ? CurrentUser.describe() : String.valueOf(issue.bodyName());
        PetitionIssue answered = issue.answer(
                Objects.requireNonNull(answerClass),
                answer,
                promisedOn,
                today,
                by,
                workingDays,
                properties.publishWorkingDays());
        issues.saveAnswer(answered);
        boolean onTime = answered.answeredOnTime();
        events.publishEvent(new IssueAnswered(
                council, id, issue.title(), issue.field(), answerClass, today, onTime, issue.petitionCount(), false));
        events.publishEvent(AuditEvent.of(council, "petitions.issue.answered", "issue", id)
                .with("class", answerClass)
                .with("onTime", onTime));
        messages.answered(council, id);
    }

    void publish(CouncilId council, UUID id) {
        PetitionIssue issue = issues.lock(council, id);
        issue.requirePublishable();
        List<Petition> voters = petitions.ofIssue(council, id);
        String text = PetitionTexts.deidentified(Objects.requireNonNull(issue.answerText()), voters);
        String title = PetitionTexts.deidentified(issue.title(), voters);
        Instant now = Instant.now(clock);
        PetitionIssue published = issue.publish(title, text, now);
        issues.savePublication(published);
        boolean within = published.publishedWithinWindow(VnTime.today(clock));
        events.publishEvent(new AnswerPublished(
                council,
                id,
                title,
                issue.field(),
                Objects.requireNonNull(issue.answerClass()),
                text,
                now,
                within,
                true));
        events.publishEvent(new PublicContentChanged(council, PublicContentChanged.PETITIONS));
        events.publishEvent(
                AuditEvent.of(council, "petitions.issue.published", "issue", id).with("withinLegalWindow", within));
        messages.published(council, id);
    }
}
