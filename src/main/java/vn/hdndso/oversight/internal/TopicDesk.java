package vn.hdndso.oversight.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hdndso.councils.BodyKind;
import vn.hdndso.councils.CouncilBodies;
import vn.hdndso.councils.CouncilBody;
import vn.hdndso.identity.CurrentUser;
import vn.hdndso.oversight.NewTopic;
import vn.hdndso.oversight.OversightTopic;
import vn.hdndso.oversight.OversightTopic.TeamMember;
import vn.hdndso.oversight.OversightTopics;
import vn.hdndso.oversight.Recommendation;
import vn.hdndso.oversight.TopicChanged;
import vn.hdndso.oversight.Viewer;
import vn.hdndso.petitions.PetitionIssues;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.NotFoundException;
import vn.hdndso.shared.PublicContentChanged;
import vn.hdndso.shared.VnTime;

/** {@link OversightTopics}: topics and their work; recommendations are {@link Recommendations}'. */
@Service
class TopicDesk implements OversightTopics {

    static final int MAX_TITLE = 500;
    static final int MAX_TEXT = 4000;

    private final TopicRepository repository;
    private final CouncilBodies bodies;
    private final PetitionIssues issues;
    private final Viewers viewers;
    private final Recommendations recommendations;
    private final TopicReports reports;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TopicDesk(
            TopicRepository repository,
            CouncilBodies bodies,
            PetitionIssues issues,
            Viewers viewers,
            Recommendations recommendations,
            TopicReports reports,
            ApplicationEventPublisher events,
            Clock clock) {
        this.repository = repository;
        this.bodies = bodies;
        this.issues = issues;
        this.viewers = viewers;
        this.recommendations = recommendations;
        this.reports = reports;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public OversightTopic create(CouncilId council, NewTopic topic) {
        var problems = new InvalidInputException.Collector();
        String title = topic.title() == null ? "" : topic.title().strip();
        if (title.isEmpty()) {
            problems.add("title", "oversight.topic.title.required");
        } else if (title.length() > MAX_TITLE) {
            problems.add("title", "oversight.topic.title.tooLong", MAX_TITLE);
        }
        Integer year = topic.year();
        if (year == null) {
            problems.add("year", "oversight.topic.year.required");
        } else if (year < 2000 || year > 2100) {
            problems.add("year", "oversight.topic.year.invalid", year);
        }
        List<CouncilBody> current = bodies.ofCurrentTerm(council);
        CouncilBody owner = topic.committee() == null
                ? current.stream()
                        .filter(b -> b.kind() == BodyKind.STANDING_COMMITTEE)
                        .findFirst()
                        .orElse(null)
                : current.stream()
                        .filter(b -> b.id().equals(topic.committee()) && b.kind() != BodyKind.DELEGATE_GROUP)
                        .findFirst()
                        .orElse(null);
        if (owner == null) {
            problems.add("committee", "oversight.topic.committee.unknown", String.valueOf(topic.committee()));
        }
        List<TeamMember> team = new ArrayList<>();
        List<NewTopic.NewMember> members = topic.team() == null ? List.of() : topic.team();
        for (int i = 0; i < members.size(); i++) {
            NewTopic.NewMember m = members.get(i);
            String name = m == null || m.name() == null ? "" : m.name().strip();
            if (name.isEmpty()) {
                problems.add("team[" + i + "].name", "oversight.team.name.required");
            } else {
                team.add(new TeamMember(
                        UUID.randomUUID(), name, m.kind() == null ? OversightTopic.MemberKind.DELEGATE : m.kind(), i));
            }
        }
        String plan = topic.plan() == null || topic.plan().isBlank()
                ? null
                : topic.plan().strip();
        if (plan != null && plan.length() > 8000) {
            problems.add("plan", "oversight.topic.plan.tooLong", 8000);
        }
        problems.throwIfAny();
        CouncilBody body = Objects.requireNonNull(owner, "checked");
        if (!viewers.current(council).worksOnTopicsOf(body.id())) {
            throw new AccessDeniedException("only the office or a member of " + body.name() + " enters its topics");
        }
        UUID issue = topic.petitionIssueId() == null
                ? null
                : issues.require(council, topic.petitionIssueId()).id();
        var created = new OversightTopic(
                UUID.randomUUID(),
                council.value(),
                Objects.requireNonNull(year, "checked"),
                title,
                body.id(),
                body.name(),
                plan,
                issue,
                null,
                null,
                CurrentUser.describe(),
                team,
                List.of(),
                List.of());
        repository.insert(council, created);
        changed(council, created.id(), "created");
        return created;
    }

    @Override
    @Transactional(readOnly = true)
    public List<OversightTopic> list(CouncilId council) {
        Viewer viewer = viewers.current(council);
        return repository.list(council).stream().map(t -> visible(t, viewer)).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public OversightTopic require(CouncilId council, UUID id) {
        return visible(requirePublished(council, id), viewers.current(council));
    }

    /** The topic as the viewer may see it: an officer bound to a unit sees only that unit's recommendations. */
    static OversightTopic visible(OversightTopic t, Viewer viewer) {
        if (!viewer.isUnitBound()) {
            return t;
        }
        return new OversightTopic(
                t.id(),
                t.councilId(),
                t.year(),
                t.title(),
                t.ownerBodyId(),
                t.ownerBodyName(),
                t.plan(),
                t.petitionIssueId(),
                t.reportDocumentId(),
                t.reportTitle(),
                t.createdBy(),
                t.team(),
                t.activities(),
                t.recommendations().stream()
                        .filter(r -> viewer.sees(r.ownerUnitId()))
                        .toList());
    }

    @Override
    @Transactional(readOnly = true)
    public List<OversightTopic> published(CouncilId council) {
        return repository.list(council);
    }

    @Override
    @Transactional(readOnly = true)
    public OversightTopic requirePublished(CouncilId council, UUID id) {
        return repository
                .find(council, id)
                .orElseThrow(() -> new NotFoundException("oversight.topic.notFound", id.toString()));
    }

    @Override
    @Transactional
    public OversightTopic record(
            CouncilId council,
            UUID topicId,
            OversightTopic.@Nullable ActivityKind kind,
            @Nullable LocalDate day,
            @Nullable String text) {
        OversightTopic topic = requireOwned(council, topicId);
        var problems = new InvalidInputException.Collector();
        if (kind == null) {
            problems.add("kind", "oversight.activity.kind.required");
        }
        String body = text == null ? "" : text.strip();
        if (body.isEmpty()) {
            problems.add("text", "oversight.activity.text.required");
        } else if (body.length() > MAX_TEXT) {
            problems.add("text", "oversight.activity.text.tooLong", MAX_TEXT);
        }
        problems.throwIfAny();
        repository.insertActivity(
                council,
                topic.id(),
                new OversightTopic.Activity(
                        UUID.randomUUID(),
                        Objects.requireNonNull(kind, "checked"),
                        day == null ? VnTime.today(clock) : day,
                        body,
                        CurrentUser.describe()));
        changed(council, topic.id(), "activity");
        return requirePublished(council, topic.id());
    }

    @Override
    @Transactional
    public OversightTopic recommend(
            CouncilId council, UUID topicId, vn.hdndso.oversight.NewRecommendation recommendation) {
        OversightTopic topic = requireOwned(council, topicId);
        recommendations.add(council, topic, recommendation);
        changed(council, topic.id(), "recommendation");
        return requirePublished(council, topic.id());
    }

    @Override
    @Transactional
    public Recommendation respond(CouncilId council, UUID recommendation, @Nullable String text) {
        Recommendation responded = recommendations.respond(council, recommendation, text);
        changed(council, responded.topicId(), "response");
        return responded;
    }

    @Override
    @Transactional
    public Recommendation markDone(CouncilId council, UUID recommendation, @Nullable LocalDate doneOn) {
        UUID topicId = repository
                .topicOfRecommendation(council, recommendation)
                .orElseThrow(
                        () -> new NotFoundException("oversight.recommendation.notFound", recommendation.toString()));
        requireOwned(council, topicId);
        Recommendation done = recommendations.markDone(council, recommendation, doneOn);
        changed(council, topicId, "done");
        return done;
    }

    @Override
    @Transactional
    public OversightTopic linkReport(CouncilId council, UUID topicId, @Nullable UUID documentId) {
        OversightTopic topic = requireOwned(council, topicId);
        reports.link(council, topic, documentId);
        changed(council, topic.id(), "report");
        return requirePublished(council, topic.id());
    }

    @Override
    @Transactional(readOnly = true)
    public List<Recommendation> recommendationsForCaller(CouncilId council) {
        Viewer viewer = viewers.current(council);
        return repository.list(council).stream()
                .flatMap(t -> t.recommendations().stream())
                .filter(r -> viewer.sees(r.ownerUnitId()))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<OversightTopic> fromPetitionIssue(CouncilId council, UUID petitionIssueId) {
        return repository.fromPetitionIssue(council, petitionIssueId);
    }

    /** A topic the caller works on: the office, or a member of the owning committee. */
    private OversightTopic requireOwned(CouncilId council, UUID id) {
        OversightTopic topic = requirePublished(council, id);
        if (!viewers.current(council).worksOnTopicsOf(topic.ownerBodyId())) {
            throw new AccessDeniedException("only the office or a member of " + topic.ownerBodyName());
        }
        return topic;
    }

    private void changed(CouncilId council, UUID topic, String what) {
        events.publishEvent(new TopicChanged(council, topic, what));
        events.publishEvent(new PublicContentChanged(council, QuestionDesk.PUBLIC_KIND));
    }
}
