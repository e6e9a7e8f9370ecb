package vn.hdndso.oversight.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.hdndso.councils.ExecutiveUnit;
import vn.hdndso.councils.ExecutiveUnits;
import vn.hdndso.identity.CurrentUser;
import vn.hdndso.oversight.NewRecommendation;
import vn.hdndso.oversight.OversightTopic;
import vn.hdndso.oversight.Recommendation;
import vn.hdndso.shared.BusinessRuleException;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.NotFoundException;
import vn.hdndso.shared.VnTime;

/**
 * Recommendations and their owners' responses, inside the callers' transactions: an owner is one of
 * the council's executive units or another agency named; a response by an officer of another unit is
 * refused; a response after the due day is kept and marked late.
 */
@Component
class Recommendations {

    private final TopicRepository repository;
    private final ExecutiveUnits units;
    private final Viewers viewers;
    private final Clock clock;

    Recommendations(TopicRepository repository, ExecutiveUnits units, Viewers viewers, Clock clock) {
        this.repository = repository;
        this.units = units;
        this.viewers = viewers;
        this.clock = clock;
    }

    void add(CouncilId council, OversightTopic topic, NewRecommendation recommendation) {
        var problems = new InvalidInputException.Collector();
        String text = recommendation.text() == null ? "" : recommendation.text().strip();
        if (text.isEmpty()) {
            problems.add("text", "oversight.recommendation.text.required");
        } else if (text.length() > TopicDesk.MAX_TEXT) {
            problems.add("text", "oversight.recommendation.text.tooLong", TopicDesk.MAX_TEXT);
        }
        String ownerName = recommendation.ownerName() == null
                ? ""
                : recommendation.ownerName().strip();
        UUID unitId = recommendation.ownerUnitId();
        if (unitId == null && ownerName.isEmpty()) {
            problems.add("ownerUnitId", "oversight.recommendation.owner.required");
        }
        LocalDate dueOn = null;
        if (recommendation.dueOn() == null || recommendation.dueOn().isBlank()) {
            problems.add("dueOn", "oversight.recommendation.dueOn.required");
        } else {
            try {
                dueOn = LocalDate.parse(recommendation.dueOn().strip());
            } catch (DateTimeParseException e) {
                problems.add("dueOn", "oversight.recommendation.dueOn.invalid", recommendation.dueOn());
            }
        }
        problems.throwIfAny();
        if (unitId != null) {
            ExecutiveUnit unit = units.of(council).stream()
                    .filter(u -> u.id().equals(unitId))
                    .findFirst()
                    .orElseThrow(() -> new NotFoundException("oversight.question.unit.notFound", unitId.toString()));
            ownerName = unit.name();
        }
        repository.insertRecommendation(
                council,
                new Recommendation(
                        UUID.randomUUID(),
                        topic.id(),
                        text,
                        unitId,
                        ownerName,
                        Objects.requireNonNull(dueOn, "checked"),
                        null,
                        List.of()));
    }

    Recommendation respond(CouncilId council, UUID id, @Nullable String text) {
        Recommendation recommendation = find(council, id);
        if (!viewers.current(council).answersFor(recommendation.ownerUnitId())) {
            throw new AccessDeniedException("only an officer of " + recommendation.ownerName() + " responds");
        }
        String body = text == null ? "" : text.strip();
        if (body.isEmpty()) {
            throw InvalidInputException.of("text", "oversight.response.text.required");
        }
        if (body.length() > TopicDesk.MAX_TEXT) {
            throw InvalidInputException.of("text", "oversight.response.text.tooLong", TopicDesk.MAX_TEXT);
        }
        LocalDate today = VnTime.today(clock);
        repository.insertResponse(
                council,
                id,
                new Recommendation.Response(
                        UUID.randomUUID(), body, CurrentUser.describe(), today, today.isAfter(recommendation.dueOn())));
        return find(council, id);
    }

    Recommendation markDone(CouncilId council, UUID id, @Nullable LocalDate doneOn) {
        Recommendation recommendation = find(council, id);
        if (recommendation.doneOn() != null) {
            throw new BusinessRuleException(
                    "oversight.recommendation.alreadyDone",
                    recommendation.doneOn().toString());
        }
        LocalDate today = VnTime.today(clock);
        LocalDate day = doneOn == null ? today : doneOn;
        if (day.isAfter(today)) {
            throw InvalidInputException.of("doneOn", "oversight.recommendation.doneOn.future", day.toString());
        }
        repository.markDone(council, id, day);
        return find(council, id);
    }

    private Recommendation find(CouncilId council, UUID id) {
        UUID topic = repository
                .topicOfRecommendation(council, id)
                .orElseThrow(() -> new NotFoundException("oversight.recommendation.notFound", id.toString()));
        return repository.find(council, topic).stream()
                .flatMap(t -> t.recommendations().stream())
                .filter(r -> r.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("oversight.recommendation.notFound", id.toString()));
    }
}
