package vn.hdndso.plans.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.hdndso.councils.BodyKind;
import vn.hdndso.councils.CouncilBodies;
import vn.hdndso.councils.CouncilBody;
import vn.hdndso.councils.Delegate;
import vn.hdndso.councils.Delegates;
import vn.hdndso.councils.ExecutiveUnit;
import vn.hdndso.councils.ExecutiveUnits;
import vn.hdndso.identity.UserAccount;
import vn.hdndso.identity.UserAccounts;
import vn.hdndso.identity.UserId;
import vn.hdndso.plans.Assignee;
import vn.hdndso.plans.PlanTasks.AssigneeOption;
import vn.hdndso.plans.ResponsibleBody;
import vn.hdndso.plans.TaskChange.AssigneeChoice;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.NotFoundException;
import vn.hdndso.shared.VnText;

/**
 * The council's real bodies behind a plan's: the standing committee, the committee whose name
 * says "kinh tế" or "văn hóa", the People's Committee among the executive units; and a chosen
 * body, unit, delegate or account checked to be the council's.
 */
@Component
class TaskBodies {

    private final CouncilBodies bodies;
    private final ExecutiveUnits units;
    private final Delegates delegates;
    private final UserAccounts accounts;

    TaskBodies(CouncilBodies bodies, ExecutiveUnits units, Delegates delegates, UserAccounts accounts) {
        this.bodies = bodies;
        this.units = units;
        this.delegates = delegates;
        this.accounts = accounts;
    }

    /** The council's body a plan's body means, where it has exactly that one. */
    Assignee map(CouncilId council, ResponsibleBody body) {
        List<CouncilBody> organs = bodies.ofCurrentTerm(council);
        Optional<CouncilBody> organ = switch (body) {
            case STANDING_COMMITTEE ->
                organs.stream()
                        .filter(b -> b.kind() == BodyKind.STANDING_COMMITTEE)
                        .findFirst();
            case ECONOMY_BUDGET_COMMITTEE -> committee(organs, "kinh te");
            case CULTURE_SOCIAL_COMMITTEE -> committee(organs, "van hoa");
            default -> Optional.empty();
        };
        if (organ.isPresent()) {
            return new Assignee(body, organ.get().id(), organ.get().name(), null, null, null);
        }
        if (body == ResponsibleBody.PEOPLES_COMMITTEE) {
            return units.of(council).stream()
                    .filter(u -> u.kind() == ExecutiveUnit.Kind.PEOPLES_COMMITTEE && u.active())
                    .findFirst()
                    .map(u -> new Assignee(body, u.id(), u.name(), null, null, null))
                    .orElse(Assignee.of(body));
        }
        return Assignee.of(body);
    }

    private static Optional<CouncilBody> committee(List<CouncilBody> organs, String words) {
        List<CouncilBody> named = organs.stream()
                .filter(b -> b.kind() == BodyKind.COMMITTEE)
                .filter(b -> VnText.fold(b.name()).contains(words))
                .toList();
        return named.size() == 1 ? Optional.of(named.getFirst()) : Optional.empty();
    }

    /** The assignee a form or request chose, each part checked to be the council's. */
    Assignee resolve(CouncilId council, AssigneeChoice choice) {
        var problems = new InvalidInputException.Collector();
        ResponsibleBody body = choice.body();
        UUID bodyId = choice.bodyId();
        String bodyName = null;
        if (bodyId != null) {
            Optional<CouncilBody> organ = bodies.ofCurrentTerm(council).stream()
                    .filter(b -> b.id().equals(bodyId))
                    .findFirst();
            Optional<ExecutiveUnit> unit = units.of(council).stream()
                    .filter(u -> u.id().equals(bodyId))
                    .findFirst();
            if (organ.isPresent()) {
                body = kindOf(organ.get());
                bodyName = organ.get().name();
            } else if (unit.isPresent()) {
                body = ResponsibleBody.PEOPLES_COMMITTEE;
                bodyName = unit.get().name();
            } else {
                problems.add("assignee.bodyId", "tasks.assignee.unknownBody");
            }
        }
        UUID delegateId = choice.delegateId();
        UUID userId = choice.userId();
        String person = null;
        if (delegateId != null) {
            Optional<Delegate> delegate = delegates.ofCurrentTerm(council).stream()
                    .filter(d -> d.id().value().equals(delegateId) && d.active())
                    .findFirst();
            if (delegate.isPresent()) {
                person = delegate.get().fullName();
                if (body == null) {
                    body = ResponsibleBody.DELEGATES;
                }
            } else {
                problems.add("assignee.delegateId", "tasks.assignee.unknownDelegate");
            }
        }
        if (userId != null) {
            try {
                UserAccount account = accounts.require(council, new UserId(userId));
                person = person == null ? account.fullName() : person;
            } catch (NotFoundException unknown) {
                problems.add("assignee.userId", "tasks.assignee.unknownUser");
            }
        }
        if (body == null && !problems.has("assignee.bodyId")) {
            problems.add("assignee.body", "tasks.assignee.bodyRequired");
        }
        problems.throwIfAny();
        ResponsibleBody chosen = java.util.Objects.requireNonNull(body, "checked above");
        if (bodyId == null) {
            Assignee mapped = map(council, chosen);
            return new Assignee(chosen, mapped.bodyId(), mapped.bodyName(), delegateId, userId, person);
        }
        return new Assignee(chosen, bodyId, bodyName, delegateId, userId, person);
    }

    private static ResponsibleBody kindOf(CouncilBody organ) {
        return switch (organ.kind()) {
            case STANDING_COMMITTEE -> ResponsibleBody.STANDING_COMMITTEE;
            case DELEGATE_GROUP -> ResponsibleBody.DELEGATE_GROUPS;
            case COMMITTEE -> {
                String name = VnText.fold(organ.name());
                yield name.contains("kinh te")
                        ? ResponsibleBody.ECONOMY_BUDGET_COMMITTEE
                        : name.contains("van hoa")
                                ? ResponsibleBody.CULTURE_SOCIAL_COMMITTEE
                                : ResponsibleBody.COMMITTEES;
            }
        };
    }

    /** Every body of the plan, then the council's own bodies, units and active delegates. */
    List<AssigneeOption> options(CouncilId council) {
        var options = new ArrayList<AssigneeOption>();
        for (ResponsibleBody body : ResponsibleBody.values()) {
            options.add(new AssigneeOption(body, new AssigneeChoice(body, null, null, null), null));
        }
        for (CouncilBody organ : bodies.ofCurrentTerm(council)) {
            options.add(
                    new AssigneeOption(kindOf(organ), new AssigneeChoice(null, organ.id(), null, null), organ.name()));
        }
        for (ExecutiveUnit unit : units.of(council)) {
            if (unit.active()) {
                options.add(new AssigneeOption(
                        ResponsibleBody.PEOPLES_COMMITTEE,
                        new AssigneeChoice(null, unit.id(), null, null),
                        unit.name()));
            }
        }
        for (Delegate delegate : delegates.ofCurrentTerm(council)) {
            if (delegate.active()) {
                options.add(new AssigneeOption(
                        ResponsibleBody.DELEGATES,
                        new AssigneeChoice(null, null, delegate.id().value(), null),
                        delegate.fullName()));
            }
        }
        return options;
    }

    /** The person's delegate record in the council's current term. */
    Optional<Delegate> delegateOf(CouncilId council, @Nullable UUID userId) {
        if (userId == null) {
            return Optional.empty();
        }
        return delegates.ofCurrentTerm(council).stream()
                .filter(d -> userId.equals(d.userId()) && d.active())
                .findFirst();
    }
}
