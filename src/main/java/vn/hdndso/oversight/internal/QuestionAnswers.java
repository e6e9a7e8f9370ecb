package vn.hdndso.oversight.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.hdndso.identity.CurrentUser;
import vn.hdndso.oversight.AnswerMode;
import vn.hdndso.oversight.Commitment;
import vn.hdndso.oversight.NewAnswer;
import vn.hdndso.oversight.Question;
import vn.hdndso.oversight.QuestionAnswered;
import vn.hdndso.sessions.AgendaItem;
import vn.hdndso.sessions.AgendaItemId;
import vn.hdndso.sessions.SessionId;
import vn.hdndso.sessions.Sessions;
import vn.hdndso.shared.BusinessRuleException;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.PublicContentChanged;
import vn.hdndso.shared.VnTime;

/**
 * Records an answer and its commitments, checked whole before anything is written: a commitment
 * needs its text and a due date; an answer after the deadline is kept and marked late; an answer in
 * session names the agenda item it was given under and may give the recording offset.
 */
@Component
class QuestionAnswers {

    static final int MAX_ANSWER = 8000;
    static final int MAX_COMMITMENT = 2000;

    private final QuestionRepository repository;
    private final Sessions sessions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    QuestionAnswers(QuestionRepository repository, Sessions sessions, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.sessions = sessions;
        this.events = events;
        this.clock = clock;
    }

    /** Called inside the caller's transaction, after the caller was found to answer for the unit. */
    Question answer(CouncilId council, Question question, NewAnswer answer) {
        if (question.answeredOn() != null) {
            throw new BusinessRuleException(
                    "oversight.answer.already", question.answeredOn().toString());
        }
        var problems = new InvalidInputException.Collector();
        String text = answer.text() == null ? "" : answer.text().strip();
        if (text.isEmpty()) {
            problems.add("text", "oversight.answer.text.required");
        } else if (text.length() > MAX_ANSWER) {
            problems.add("text", "oversight.answer.text.tooLong", MAX_ANSWER);
        }
        List<NewAnswer.NewCommitment> asked = answer.commitments() == null ? List.of() : answer.commitments();
        List<Commitment> commitments = new ArrayList<>();
        for (int i = 0; i < asked.size(); i++) {
            NewAnswer.NewCommitment c = asked.get(i);
            String field = "commitments[" + i + "]";
            if (c == null) {
                problems.add(field + ".text", "oversight.commitment.text.required");
                continue;
            }
            String commitmentText = c.text() == null ? "" : c.text().strip();
            if (commitmentText.isEmpty()) {
                problems.add(field + ".text", "oversight.commitment.text.required");
            } else if (commitmentText.length() > MAX_COMMITMENT) {
                problems.add(field + ".text", "oversight.commitment.text.tooLong", MAX_COMMITMENT);
            }
            LocalDate due = dueOn(c.dueOn(), field + ".dueOn", problems);
            if (!problems.has(field + ".text") && due != null) {
                commitments.add(new Commitment(UUID.randomUUID(), question.id(), i, commitmentText, due, null));
            }
        }
        AnswerMode mode = answer.mode() == null ? AnswerMode.WRITTEN : answer.mode();
        Integer offset = answer.recordingOffset();
        if (offset != null && offset < 0) {
            problems.add("recordingOffset", "oversight.answer.recordingOffset.negative");
        }
        UUID itemId = answer.agendaItemId() != null ? answer.agendaItemId() : question.agendaItemId();
        UUID sessionId = question.sessionId();
        if (mode == AnswerMode.IN_SESSION && (itemId == null || sessionId == null)) {
            problems.add("agendaItemId", "oversight.answer.agendaItem.required");
        }
        problems.throwIfAny();
        String itemTitle = question.agendaItemTitle();
        if (mode == AnswerMode.IN_SESSION) {
            AgendaItem item = sessions.requireItem(
                    council,
                    new SessionId(Objects.requireNonNull(sessionId, "checked")),
                    new AgendaItemId(Objects.requireNonNull(itemId, "checked")));
            itemTitle = item.title();
        }
        LocalDate today = VnTime.today(clock);
        var answered = new Question(
                question.id(),
                question.councilId(),
                question.text(),
                question.addressedUnitId(),
                question.addressedUnitName(),
                question.askedBy(),
                question.askedByUserId(),
                question.askedOn(),
                question.dueOn(),
                question.followsUpId(),
                question.petitionIssueId(),
                question.groupLabel(),
                mode == AnswerMode.IN_SESSION ? sessionId : question.sessionId(),
                mode == AnswerMode.IN_SESSION ? itemId : question.agendaItemId(),
                itemTitle,
                text,
                mode,
                mode == AnswerMode.IN_SESSION ? offset : null,
                CurrentUser.describe(),
                today,
                mode == AnswerMode.WRITTEN && question.lateIf(today),
                commitments);
        repository.answer(council, answered);
        commitments.forEach(c -> repository.insertCommitment(council, c));
        events.publishEvent(new QuestionAnswered(council, question.id(), answered.answeredLate(), commitments.size()));
        events.publishEvent(new PublicContentChanged(council, QuestionDesk.PUBLIC_KIND));
        return answered;
    }

    private static @Nullable LocalDate dueOn(
            @Nullable String text, String field, InvalidInputException.Collector problems) {
        if (text == null || text.isBlank()) {
            problems.add(field, "oversight.commitment.dueOn.required");
            return null;
        }
        try {
            return vn.hdndso.shared.VnDates.parseDate(text);
        } catch (DateTimeParseException e) {
            problems.add(field, "oversight.commitment.dueOn.invalid", text);
            return null;
        }
    }
}
