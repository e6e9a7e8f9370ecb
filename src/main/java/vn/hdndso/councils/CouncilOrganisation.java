package vn.hdndso.councils;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hdndso.councils.internal.OrganisationRepository;
import vn.hdndso.shared.BusinessRuleException;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.NotFoundException;
import vn.hdndso.shared.VnText;
import vn.hdndso.shared.audit.AuditEvent;

/**
 * Terms, bodies, delegates and executive units of a council. Runs under the caller's tenant
 * scope: public callers see what is public, staff see their own council, nobody sees another's.
 */
@Service
public class CouncilOrganisation {

    private final Councils councils;
    private final OrganisationRepository repository;
    private final ApplicationEventPublisher events;

    CouncilOrganisation(Councils councils, OrganisationRepository repository, ApplicationEventPublisher events) {
        this.councils = councils;
        this.repository = repository;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public Optional<Term> currentTerm(CouncilId council) {
        return repository.currentTerm(council);
    }

    @Transactional(readOnly = true)
    public List<Term> terms(CouncilId council) {
        return repository.terms(council);
    }

    /** The delegates of the current term, active first, by name. */
    @Transactional(readOnly = true)
    public List<Delegate> currentDelegates(CouncilId council) {
        return repository
                .currentTerm(council)
                .map(t -> repository.delegates(council, t.id()))
                .orElse(List.of());
    }

    @Transactional(readOnly = true)
    public Delegate requireDelegate(CouncilId council, DelegateId id) {
        return repository.delegate(council, id).orElseThrow(() -> new NotFoundException("error.delegate.notFound", id));
    }

    @Transactional(readOnly = true)
    public List<ExecutiveUnit> executiveUnits(CouncilId council) {
        return repository.executiveUnits(council);
    }

    /** The council's public home: current term, its bodies with their members, its delegates. */
    @Transactional(readOnly = true)
    public CouncilProfile profile(CouncilId councilId) {
        Council council = councils.require(councilId);
        Optional<Term> term = repository.currentTerm(councilId);
        if (term.isEmpty()) {
            return new CouncilProfile(council, null, List.of(), List.of());
        }
        UUID termId = term.get().id();
        List<Delegate> delegates = repository.delegates(councilId, termId);
        Map<DelegateId, Delegate> byId =
                delegates.stream().collect(Collectors.toMap(Delegate::id, Function.identity()));
        Map<UUID, List<Membership>> seatsByBody =
                repository.memberships(councilId, termId).stream().collect(Collectors.groupingBy(Membership::bodyId));
        List<CouncilProfile.BodyWithMembers> bodies = repository.bodies(councilId, termId).stream()
                .map(body -> new CouncilProfile.BodyWithMembers(
                        body,
                        seatsByBody.getOrDefault(body.id(), List.of()).stream()
                                .filter(m -> byId.containsKey(m.delegateId()))
                                .map(m -> new CouncilProfile.Seat(byId.get(m.delegateId()), m.role()))
                                .sorted(Comparator.comparing((CouncilProfile.Seat s) ->
                                                s.role().ordinal())
                                        .thenComparing(
                                                s -> VnText.fold(s.delegate().fullName())))
                                .toList()))
                .toList();
        return new CouncilProfile(council, term.get(), bodies, delegates);
    }

    /** Registers a delegate in the council's current term. */
    @Transactional
    public Delegate registerDelegate(CouncilId council, NewDelegate delegate) {
        Term term =
                repository.currentTerm(council).orElseThrow(() -> new BusinessRuleException("error.term.noCurrent"));
        String name = VnText.normalize(delegate.fullName());
        if (name.isEmpty()) {
            throw new BusinessRuleException("fullName", "validation.required");
        }
        var created = new Delegate(
                new DelegateId(UUID.randomUUID()),
                council,
                term.id(),
                name,
                delegate.gender(),
                delegate.birthYear(),
                delegate.position() == null ? null : VnText.normalize(delegate.position()),
                delegate.userId(),
                true,
                false);
        repository.insertDelegate(created);
        if (delegate.email() != null || delegate.phone() != null) {
            repository.saveContact(
                    council, new DelegateContact(created.id(), delegate.email(), delegate.phone(), null));
        }
        events.publishEvent(AuditEvent.of(council, "councils.delegate.created", "delegate", created.id())
                .with("fullName", name)
                .with("term", term.name()));
        return created;
    }
}
