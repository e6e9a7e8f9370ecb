package vn.hdndso.petitions.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.councils.ExecutiveUnit;
import vn.hdndso.councils.ExecutiveUnits;
import vn.hdndso.identity.CurrentUser;
import vn.hdndso.petitions.CompetentBodyKind;
import vn.hdndso.petitions.CompetentLevel;
import vn.hdndso.petitions.EscalationStep;
import vn.hdndso.petitions.IssueRouting;
import vn.hdndso.petitions.PetitionIssue;
import vn.hdndso.petitions.PetitionIssues;
import vn.hdndso.petitions.ReceivingBody;
import vn.hdndso.petitions.RoutingDecision;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.NotFoundException;
import vn.hdndso.shared.audit.AuditEvent;

/**
 * {@link IssueRouting}: the council's defaults, the proposal on the transfer form, the transfer with
 * the clerk's decision recorded and audited, and an issue's trail.
 */
@Service
class RoutingDesk implements IssueRouting {

    private static final int MAX_BODY = 300;

    private final RouteRepository routes;
    private final StepRepository steps;
    private final PetitionIssues issues;
    private final ExecutiveUnits units;
    private final Councils councils;
    private final PetitionsProperties properties;
    private final ApplicationEventPublisher events;

    RoutingDesk(
            RouteRepository routes,
            StepRepository steps,
            PetitionIssues issues,
            ExecutiveUnits units,
            Councils councils,
            PetitionsProperties properties,
            ApplicationEventPublisher events) {
        this.routes = routes;
        this.steps = steps;
        this.issues = issues;
        this.units = units;
        this.councils = councils;
        this.properties = properties;
        this.events = events;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Route> routes(CouncilId council) {
        List<String> order = properties.fields().stream()
                .map(PetitionsProperties.Field::code)
                .toList();
        return routes.all(council).stream()
                .sorted(Comparator.comparingInt((RouteRepository.Row r) -> position(order, r.field()))
                        .thenComparing(RouteRepository.Row::level))
                .map(r -> new Route(r.field(), properties.fieldName(r.field()), r.level(), r.body(), r.updatedBy()))
                .toList();
    }

    private static int position(List<String> order, String field) {
        int at = order.indexOf(field);
        return at < 0 ? Integer.MAX_VALUE : at;
    }

    @Override
    @Transactional
    public Route saveRoute(
            CouncilId council,
            @Nullable String field,
            @Nullable CompetentLevel level,
            @Nullable CompetentBodyKind kind,
            @Nullable UUID executiveUnitId,
            @Nullable String bodyName) {
        var problems = new InvalidInputException.Collector();
        String code = PetitionTexts.clean(field);
        if (code.isEmpty()) {
            problems.add("field", "routing.route.field.required");
        } else if (properties.field(code) == null) {
            problems.add("field", "routing.route.field.unknown", code);
        }
        if (level == null) {
            problems.add("level", "routing.route.level.required");
        }
        ReceivingBody body = body(council, problems, kind, executiveUnitId, PetitionTexts.clean(bodyName));
        problems.throwIfAny();
        CompetentLevel l = Objects.requireNonNull(level);
        routes.save(council, code, l, Objects.requireNonNull(body), CurrentUser.describe());
        events.publishEvent(AuditEvent.of(council, "petitions.route.saved", "petitionRoute", code + "/" + l)
                .with("body", body.name())
                .with("kind", body.kind()));
        return new Route(code, properties.fieldName(code), l, body, CurrentUser.describe());
    }

    /** The body named on a form, checked; null (with problems) when it cannot be one. */
    private @Nullable ReceivingBody body(
            CouncilId council,
            InvalidInputException.Collector problems,
            @Nullable CompetentBodyKind kind,
            @Nullable UUID executiveUnitId,
            String bodyName) {
        if (kind == null) {
            problems.add("bodyKind", "petitions.transfer.kind.required");
            return null;
        }
        if (bodyName.length() > MAX_BODY) {
            problems.add("bodyName", "petitions.field.tooLong", MAX_BODY);
            return null;
        }
        return switch (kind) {
            case EXECUTIVE_UNIT -> unitBody(council, problems, executiveUnitId);
            case CITY -> new ReceivingBody(kind, null, bodyName.isEmpty() ? cityName() : bodyName);
            case AGENCY -> {
                if (bodyName.isEmpty()) {
                    problems.add("bodyName", "petitions.transfer.body.required");
                    yield null;
                }
                yield new ReceivingBody(kind, null, bodyName);
            }
        };
    }

    private @Nullable ReceivingBody unitBody(
            CouncilId council, InvalidInputException.Collector problems, @Nullable UUID executiveUnitId) {
        if (executiveUnitId == null) {
            problems.add("executiveUnitId", "petitions.transfer.unit.required");
            return null;
        }
        try {
            ExecutiveUnit unit = units.require(council, executiveUnitId);
            if (!unit.active()) {
                problems.add("executiveUnitId", "petitions.transfer.unit.inactive", unit.name());
            }
            return new ReceivingBody(CompetentBodyKind.EXECUTIVE_UNIT, unit.id(), unit.name());
        } catch (NotFoundException e) {
            problems.add("executiveUnitId", "petitions.transfer.unit.unknown");
            return null;
        }
    }

    private String cityName() {
        return councils.provincial()
                .map(Council::name)
                .map(n -> "UBND " + n.replace("Thành phố ", "thành phố "))
                .orElse("UBND thành phố");
    }

    @Override
    @Transactional
    public void removeRoute(CouncilId council, String field, CompetentLevel level) {
        if (routes.delete(council, field, level) > 0) {
            events.publishEvent(
                    AuditEvent.of(council, "petitions.route.removed", "petitionRoute", field + "/" + level));
        }
    }

    @Override
    @Transactional(readOnly = true)
    public Proposal proposal(CouncilId council, UUID issueId) {
        PetitionIssue issue = issues.require(council, issueId);
        return routes.find(council, issue.field(), issue.level())
                .map(b -> new Proposal(b, true))
                .orElseGet(() -> new Proposal(fallback(council, issue.level()), false));
    }

    /** Without a default: the People's Committee itself for a commune matter, the city for a city one. */
    private @Nullable ReceivingBody fallback(CouncilId council, CompetentLevel level) {
        return switch (level) {
            case COMMUNE ->
                units.of(council).stream()
                        .filter(u -> u.active() && u.kind() == ExecutiveUnit.Kind.PEOPLES_COMMITTEE)
                        .findFirst()
                        .map(u -> new ReceivingBody(CompetentBodyKind.EXECUTIVE_UNIT, u.id(), u.name()))
                        .orElse(null);
            case CITY -> new ReceivingBody(CompetentBodyKind.CITY, null, cityName());
            case CENTRAL -> null;
        };
    }

    @Override
    @Transactional
    public PetitionIssue transfer(
            CouncilId council,
            UUID issueId,
            @Nullable CompetentBodyKind kind,
            @Nullable UUID executiveUnitId,
            @Nullable String bodyName,
            @Nullable LocalDate deadline,
            @Nullable String reason) {
        Proposal proposal = proposal(council, issueId);
        ReceivingBody proposed = proposal.configured() ? proposal.body() : null;
        var problems = new InvalidInputException.Collector();
        ReceivingBody chosen = body(council, problems, kind, executiveUnitId, PetitionTexts.clean(bodyName));
        RoutingDecision decision = chosen == null ? null : RoutingDecision.of(proposed, chosen, reason);
        PetitionIssue transferred = issues.transfer(council, issueId, kind, executiveUnitId, bodyName, deadline);
        RoutingDecision made = Objects.requireNonNull(decision, "the transfer checked the body");
        LocalDate due = Objects.requireNonNull(transferred.deadline(), "transferred");
        String name = String.valueOf(transferred.bodyName());
        steps.standAt(council, issueId, EscalationStep.UNIT, due);
        steps.record(
                council,
                issueId,
                made.rerouted() ? StepKind.REROUTED : StepKind.ROUTED,
                EscalationStep.UNIT,
                name,
                due,
                made.reason(),
                "",
                CurrentUser.describe());
        var audit = AuditEvent.of(council, "petitions.issue.routed", "issue", issueId)
                .with("body", name)
                .with("rerouted", made.rerouted());
        if (proposed != null) {
            audit = audit.with("proposed", proposed.name());
        }
        if (!made.reason().isEmpty()) {
            audit = audit.with("reason", made.reason());
        }
        events.publishEvent(audit);
        return transferred;
    }

    @Override
    @Transactional(readOnly = true)
    public Trail trail(CouncilId council, UUID issueId) {
        issues.require(council, issueId);
        StepRepository.Standing standing = steps.standing(council, issueId);
        return new Trail(
                standing == null ? EscalationStep.UNIT : standing.holder(),
                standing == null ? null : standing.stepDeadline(),
                steps.of(council, issueId));
    }
}
