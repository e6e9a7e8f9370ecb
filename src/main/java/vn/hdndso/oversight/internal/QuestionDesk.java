package vn.hdndso.oversight.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hdndso.councils.ExecutiveUnit;
import vn.hdndso.councils.ExecutiveUnits;
import vn.hdndso.documents.WorkingDays;
import vn.hdndso.identity.CurrentUser;
import vn.hdndso.oversight.CommitmentMet;
import vn.hdndso.oversight.NewQuestion;
import vn.hdndso.oversight.Question;
import vn.hdndso.oversight.QuestionAsked;
import vn.hdndso.oversight.Questions;
import vn.hdndso.oversight.ScheduleQuestions;
import vn.hdndso.oversight.Viewer;
import vn.hdndso.petitions.PetitionIssues;
import vn.hdndso.sessions.AgendaItem;
import vn.hdndso.sessions.AgendaItemId;
import vn.hdndso.sessions.CouncilSession;
import vn.hdndso.sessions.SessionId;
import vn.hdndso.sessions.SessionState;
import vn.hdndso.sessions.Sessions;
import vn.hdndso.shared.BusinessRuleException;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.NotFoundException;
import vn.hdndso.shared.PublicContentChanged;
import vn.hdndso.shared.VnTime;

/** {@link Questions}: asking, listing, scheduling, commitments met; answers are {@link QuestionAnswers}'. */
@Service
class QuestionDesk implements Questions {

    static final String PUBLIC_KIND = "oversight";
    static final int MAX_TEXT = 4000;

    private final QuestionRepository repository;
    private final ExecutiveUnits units;
    private final Sessions sessions;
    private final PetitionIssues issues;
    private final Viewers viewers;
    private final QuestionAnswers answers;
    private final OversightProperties properties;
    private final WorkingDays workingDays;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    QuestionDesk(
            QuestionRepository repository,
            ExecutiveUnits units,
            Sessions sessions,
            PetitionIssues issues,
            Viewers viewers,
            QuestionAnswers answers,
            OversightProperties properties,
            WorkingDays workingDays,
            ApplicationEventPublisher events,
            Clock clock) {
        this.repository = repository;
        this.units = units;
        this.sessions = sessions;
        this.issues = issues;
        this.viewers = viewers;
        this.answers = answers;
        this.properties = properties;
        this.workingDays = workingDays;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Question ask(CouncilId council, NewQuestion asked) {
        var problems = new InvalidInputException.Collector();
        String text = asked.text() == null ? "" : asked.text().strip();
        if (text.isEmpty()) {
            problems.add("text", "oversight.question.text.required");
        } else if (text.length() > MAX_TEXT) {
            problems.add("text", "oversight.question.text.tooLong", MAX_TEXT);
        }
        if (asked.addressedTo() == null) {
            problems.add("addressedTo", "oversight.question.addressedTo.required");
        }
        problems.throwIfAny();
        ExecutiveUnit unit = unitOf(council, Objects.requireNonNull(asked.addressedTo(), "checked"));
        UUID followsUp = null;
        if (asked.followsUp() != null) {
            followsUp = require(council, asked.followsUp()).id();
        }
        UUID issue = null;
        if (asked.petitionIssueId() != null) {
            issue = issues.require(council, asked.petitionIssueId()).id();
        }
        LocalDate today = VnTime.today(clock);
        var question = new Question(
                UUID.randomUUID(),
                council.value(),
                text,
                unit.id(),
                unit.name(),
                CurrentUser.describe(),
                CurrentUser.get().map(u -> u.id().value()).orElse(null),
                today,
                properties.deadline().dueOn(today, workingDays),
                followsUp,
                issue,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                false,
                List.of());
        repository.insert(question);
        events.publishEvent(new QuestionAsked(council, question.id(), unit.id(), question.dueOn()));
        events.publishEvent(new PublicContentChanged(council, PUBLIC_KIND));
        return question;
    }

    /** One of the council's active units; any other id (another council's unit too) is not found. */
    private ExecutiveUnit unitOf(CouncilId council, UUID id) {
        return units.of(council).stream()
                .filter(u -> u.id().equals(id) && u.active())
                .findFirst()
                .orElseThrow(() -> new NotFoundException("oversight.question.unit.notFound", id.toString()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Question> list(CouncilId council) {
        Viewer viewer = viewers.current(council);
        return repository.list(council).stream()
                .filter(q -> viewer.sees(q.addressedUnitId()))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Question require(CouncilId council, UUID id) {
        Viewer viewer = viewers.current(council);
        return repository
                .find(council, id)
                .filter(q -> viewer.sees(q.addressedUnitId()))
                .orElseThrow(() -> new NotFoundException("oversight.question.notFound", id.toString()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Question> published(CouncilId council) {
        return repository.list(council);
    }

    @Override
    @Transactional(readOnly = true)
    public Question requirePublished(CouncilId council, UUID id) {
        return repository
                .find(council, id)
                .orElseThrow(() -> new NotFoundException("oversight.question.notFound", id.toString()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Question> fromPetitionIssue(CouncilId council, UUID petitionIssueId) {
        return repository.fromPetitionIssue(council, petitionIssueId);
    }

    @Override
    @Transactional
    public List<Question> schedule(CouncilId council, ScheduleQuestions schedule) {
        var problems = new InvalidInputException.Collector();
        List<UUID> ids = schedule.questions() == null
                ? List.of()
                : schedule.questions().stream().filter(Objects::nonNull).toList();
        if (ids.isEmpty()) {
            problems.add("questions", "oversight.schedule.questions.required");
        }
        if (schedule.sessionId() == null) {
            problems.add("sessionId", "oversight.schedule.session.required");
        }
        if (schedule.agendaItemId() == null) {
            problems.add("agendaItemId", "oversight.schedule.item.required");
        }
        problems.throwIfAny();
        AgendaItem item = sessions.requireItem(
                council,
                new SessionId(Objects.requireNonNull(schedule.sessionId(), "checked")),
                new AgendaItemId(Objects.requireNonNull(schedule.agendaItemId(), "checked")));
        String group = schedule.group() == null || schedule.group().isBlank()
                ? null
                : schedule.group().strip();
        List<Question> scheduled = new ArrayList<>();
        for (UUID id : ids) {
            Question q = require(council, id);
            if (q.answeredOn() != null) {
                throw new BusinessRuleException("oversight.schedule.answered", q.id().toString());
            }
            repository.schedule(
                    council, q.id(), group, item.session().value(), item.id().value(), item.title());
            scheduled.add(require(council, q.id()));
        }
        events.publishEvent(new PublicContentChanged(council, PUBLIC_KIND));
        return scheduled;
    }

    @Override
    @Transactional
    public Question answer(CouncilId council, UUID id, vn.hdndso.oversight.NewAnswer answer) {
        Question question = repository
                .find(council, id)
                .orElseThrow(() -> new NotFoundException("oversight.question.notFound", id.toString()));
        if (!viewers.current(council).answersFor(question.addressedUnitId())) {
            throw new AccessDeniedException("only an officer of " + question.addressedUnitName() + " answers");
        }
        return answers.answer(council, question, answer);
    }

    @Override
    @Transactional
    public Question markMet(CouncilId council, UUID questionId, UUID commitmentId, @Nullable LocalDate metOn) {
        Question question = require(council, questionId);
        var commitment = question.commitments().stream()
                .filter(c -> c.id().equals(commitmentId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("oversight.commitment.notFound", commitmentId.toString()));
        if (commitment.metOn() != null) {
            throw new BusinessRuleException(
                    "oversight.commitment.alreadyMet", commitment.metOn().toString());
        }
        LocalDate today = VnTime.today(clock);
        LocalDate day = metOn == null ? today : metOn;
        if (day.isAfter(today)) {
            throw InvalidInputException.of("metOn", "oversight.commitment.metOn.future", day.toString());
        }
        if (question.answeredOn() != null && day.isBefore(question.answeredOn())) {
            throw InvalidInputException.of("metOn", "oversight.commitment.metOn.beforeAnswer", day.toString());
        }
        repository.markMet(council, commitmentId, day, CurrentUser.describe());
        events.publishEvent(
                new CommitmentMet(council, questionId, commitmentId, day, !day.isAfter(commitment.dueOn())));
        events.publishEvent(new PublicContentChanged(council, PUBLIC_KIND));
        return require(council, questionId);
    }

    @Override
    @Transactional(readOnly = true)
    public CommitmentReport commitmentReport(CouncilId council) {
        LocalDate today = VnTime.today(clock);
        CouncilSession next = sessions.list(council).stream()
                .filter(s -> s.state() == SessionState.PLANNED || s.state() == SessionState.CONVENED)
                .filter(s -> !LocalDate.ofInstant(s.startsAt(), VnTime.ZONE).isBefore(today))
                .min(Comparator.comparing(CouncilSession::startsAt))
                .orElse(null);
        List<Question> withCommitments =
                list(council).stream().filter(q -> !q.commitments().isEmpty()).toList();
        if (next == null) {
            return new CommitmentReport(null, null, null, withCommitments);
        }
        LocalDate sessionDay = LocalDate.ofInstant(next.startsAt(), VnTime.ZONE);
        return new CommitmentReport(
                next.title(),
                sessionDay,
                sessionDay.minusDays(properties.commitmentReportDaysBeforeSession()),
                withCommitments);
    }
}
