package vn.hdndso.councils.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hdndso.councils.ExecutiveUnit;
import vn.hdndso.councils.ExecutiveUnitDetails;
import vn.hdndso.councils.ExecutiveUnits;
import vn.hdndso.shared.BusinessRuleException;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.NotFoundException;
import vn.hdndso.shared.PublicContentChanged;
import vn.hdndso.shared.VnText;
import vn.hdndso.shared.audit.AuditEvent;

/**
 * The People's Committee of the council's area and its units, which receive petitions, questions
 * and documents. Units are deactivated rather than deleted, since work refers to them.
 */
@Service
class ExecutiveUnitRegistry implements ExecutiveUnits {

    private final ExecutiveUnitRepository repository;
    private final ApplicationEventPublisher events;

    ExecutiveUnitRegistry(ExecutiveUnitRepository repository, ApplicationEventPublisher events) {
        this.repository = repository;
        this.events = events;
    }

    /** The People's Committee first, then its units by name. */
    @Override
    @Transactional(readOnly = true)
    public List<ExecutiveUnit> of(CouncilId council) {
        return repository.executiveUnits(council);
    }

    @Override
    @Transactional(readOnly = true)
    public ExecutiveUnit require(CouncilId council, UUID id) {
        return repository
                .executiveUnit(council, id)
                .orElseThrow(() -> new NotFoundException("councils.error.executiveUnit.notFound"));
    }

    @Override
    @Transactional
    public ExecutiveUnit create(CouncilId council, ExecutiveUnitDetails details) {
        UUID id = UUID.randomUUID();
        check(council, id, details);
        var unit = new ExecutiveUnit(
                id,
                council,
                details.parentId(),
                details.name(),
                Objects.requireNonNull(details.kind()),
                details.email(),
                details.phone(),
                details.active());
        save(() -> repository.insertExecutiveUnit(unit));
        events.publishEvent(AuditEvent.of(council, "councils.executiveUnit.created", "executiveUnit", unit.id())
                .with("name", unit.name())
                .with("kind", unit.kind()));
        return unit;
    }

    @Override
    @Transactional
    public ExecutiveUnit update(CouncilId council, UUID id, ExecutiveUnitDetails details) {
        ExecutiveUnit unit = require(council, id);
        check(council, id, details);
        ExecutiveUnit changed = unit.with(details);
        save(() -> repository.updateExecutiveUnit(changed));
        events.publishEvent(AuditEvent.of(council, "councils.executiveUnit.updated", "executiveUnit", id)
                .with("name", changed.name())
                .with("previousName", unit.name())
                .with("kind", changed.kind())
                .with("active", changed.active()));
        events.publishEvent(new PublicContentChanged(council, PublicContentChanged.COUNCIL));
        return changed;
    }

    /** Input rules, then the rules against the council's other units. */
    private void check(CouncilId council, UUID self, ExecutiveUnitDetails details) {
        var problems = new InvalidInputException.Collector();
        details.check(problems);
        problems.throwIfAny();
        Map<UUID, ExecutiveUnit> units = repository.executiveUnits(council).stream()
                .collect(Collectors.toMap(ExecutiveUnit::id, Function.identity()));
        if (details.parentId() != null) {
            if (!units.containsKey(details.parentId())) {
                throw InvalidInputException.of("parentId", "councils.validation.parent.unknown");
            }
            if (leadsBackTo(self, details.parentId(), units)) {
                throw InvalidInputException.of("parentId", "councils.validation.parent.cycle");
            }
        }
        for (ExecutiveUnit other : units.values()) {
            if (other.id().equals(self)) {
                continue;
            }
            if (details.kind() == ExecutiveUnit.Kind.PEOPLES_COMMITTEE
                    && other.kind() == ExecutiveUnit.Kind.PEOPLES_COMMITTEE) {
                throw new BusinessRuleException(
                        "kind", "councils.error.executiveUnit.peoplesCommitteeExists", other.name());
            }
            if (Objects.equals(other.parentId(), details.parentId())
                    && VnText.fold(other.name()).equals(VnText.fold(details.name()))) {
                throw new BusinessRuleException("name", "councils.error.executiveUnit.duplicateName", other.name());
            }
        }
    }

    /** Whether following parents from {@code parent} reaches {@code self}. */
    private static boolean leadsBackTo(UUID self, @Nullable UUID parent, Map<UUID, ExecutiveUnit> units) {
        Set<UUID> seen = new HashSet<>();
        for (UUID at = parent; at != null && seen.add(at); ) {
            if (at.equals(self)) {
                return true;
            }
            ExecutiveUnit unit = units.get(at);
            at = unit == null ? null : unit.parentId();
        }
        return false;
    }

    private static void save(Runnable write) {
        try {
            write.run();
        } catch (DuplicateKeyException e) {
            throw new BusinessRuleException("kind", "councils.error.executiveUnit.peoplesCommitteeExists", "");
        }
    }
}
