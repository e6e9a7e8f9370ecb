package vn.hdndso.councils.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.CouncilBodies;
import vn.hdndso.councils.CouncilOrganisation;
import vn.hdndso.councils.CouncilProfile;
import vn.hdndso.councils.Councils;
import vn.hdndso.councils.Delegate;
import vn.hdndso.councils.DelegateId;
import vn.hdndso.councils.Delegates;
import vn.hdndso.councils.ExecutiveUnit;
import vn.hdndso.councils.ExecutiveUnits;
import vn.hdndso.councils.Membership;
import vn.hdndso.councils.Memberships;
import vn.hdndso.councils.NewDelegate;
import vn.hdndso.councils.Term;
import vn.hdndso.councils.Terms;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.VnText;

/**
 * A council's organisation as a whole: terms, bodies with their seats, delegates and executive
 * units. Runs under the caller's tenant scope: public callers see what is public, staff see their
 * own council, nobody sees another's. Changes go through {@link Terms}, {@link CouncilBodies},
 * {@link Memberships}, {@link Delegates} and {@link ExecutiveUnits}.
 */
@Service
class OrganisationReader implements CouncilOrganisation {

    private final Councils councils;
    private final OrganisationRepository repository;
    private final DelegateRepository delegateRows;
    private final ExecutiveUnitRepository executiveUnitRows;
    private final Delegates delegates;

    OrganisationReader(
            Councils councils,
            OrganisationRepository repository,
            DelegateRepository delegateRows,
            ExecutiveUnitRepository executiveUnitRows,
            Delegates delegates) {
        this.councils = councils;
        this.repository = repository;
        this.delegateRows = delegateRows;
        this.executiveUnitRows = executiveUnitRows;
        this.delegates = delegates;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Term> currentTerm(CouncilId council) {
        return repository.currentTerm(council);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Term> terms(CouncilId council) {
        return repository.terms(council);
    }

    /** The delegates of the current term, active first, by name. */
    @Override
    @Transactional(readOnly = true)
    public List<Delegate> currentDelegates(CouncilId council) {
        return delegates.ofCurrentTerm(council);
    }

    @Override
    @Transactional(readOnly = true)
    public Delegate requireDelegate(CouncilId council, DelegateId id) {
        return delegates.require(council, id);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ExecutiveUnit> executiveUnits(CouncilId council) {
        return executiveUnitRows.executiveUnits(council);
    }

    /** The council's public home: current term, its bodies with their members, its delegates. */
    @Override
    @Transactional(readOnly = true)
    public CouncilProfile profile(CouncilId councilId) {
        Council council = councils.require(councilId);
        Optional<Term> term = repository.currentTerm(councilId);
        if (term.isEmpty()) {
            return new CouncilProfile(council, null, List.of(), List.of());
        }
        UUID termId = term.get().id();
        List<Delegate> delegates = delegateRows.delegates(councilId, termId);
        Map<DelegateId, Delegate> byId =
                delegates.stream().collect(Collectors.toMap(Delegate::id, Function.identity()));
        Map<UUID, List<Membership>> seatsByBody =
                repository.memberships(councilId, termId).stream().collect(Collectors.groupingBy(Membership::bodyId));
        List<CouncilProfile.BodyWithMembers> bodies = repository.bodies(councilId, termId).stream()
                .map(body -> new CouncilProfile.BodyWithMembers(
                        body,
                        seatsByBody.getOrDefault(body.id(), List.of()).stream()
                                .filter(m -> byId.containsKey(m.delegateId()))
                                .map(m -> new CouncilProfile.Seat(
                                        Objects.requireNonNull(byId.get(m.delegateId())), m.role()))
                                .sorted(Comparator.comparing((CouncilProfile.Seat s) ->
                                                s.role().ordinal())
                                        .thenComparing(
                                                s -> VnText.fold(s.delegate().fullName())))
                                .toList()))
                .toList();
        return new CouncilProfile(council, term.get(), bodies, delegates);
    }

    /** Registers a delegate in the council's current term (see {@link Delegates#register}). */
    @Override
    @Transactional
    public Delegate registerDelegate(CouncilId council, NewDelegate delegate) {
        return delegates.register(council, delegate);
    }

    @Override
    public Delegate linkDelegate(CouncilId council, DelegateId id, java.util.UUID userId) {
        return delegates.linkAccount(council, id, userId);
    }
}
