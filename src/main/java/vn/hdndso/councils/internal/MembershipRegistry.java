package vn.hdndso.councils.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hdndso.councils.BodySeat;
import vn.hdndso.councils.CouncilBody;
import vn.hdndso.councils.Delegate;
import vn.hdndso.councils.DelegateId;
import vn.hdndso.councils.Membership;
import vn.hdndso.councils.MembershipRole;
import vn.hdndso.councils.Memberships;
import vn.hdndso.shared.BusinessRuleException;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.NotFoundException;
import vn.hdndso.shared.PublicContentChanged;
import vn.hdndso.shared.VnTime;
import vn.hdndso.shared.audit.AuditEvent;

/**
 * Who sits where: a delegate of the body's term holds one seat per body, with a role that suits
 * the kind of body, and a body has one chair or group head at a time.
 */
@Service
class MembershipRegistry implements Memberships {

    private final OrganisationRepository organisation;
    private final DelegateRepository delegates;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MembershipRegistry(
            OrganisationRepository organisation,
            DelegateRepository delegates,
            ApplicationEventPublisher events,
            Clock clock) {
        this.organisation = organisation;
        this.delegates = delegates;
        this.events = events;
        this.clock = clock;
    }

    /** The seats held now in the current term's bodies, body by body. */
    @Override
    @Transactional(readOnly = true)
    public List<BodySeat> ofCurrentTerm(CouncilId council) {
        return organisation
                .currentTerm(council)
                .map(t -> seatsOfTerm(council, t.id()))
                .orElse(List.of());
    }

    /** Who sits in a body now, leading roles first. */
    @Override
    @Transactional(readOnly = true)
    public List<BodySeat> ofBody(CouncilId council, UUID bodyId) {
        CouncilBody body = organisation
                .body(council, bodyId)
                .orElseThrow(() -> new NotFoundException("councils.error.body.notFound"));
        return seatsOfTerm(council, body.termId()).stream()
                .filter(s -> s.body().id().equals(bodyId))
                .toList();
    }

    /** The seats a delegate holds now, body by body. */
    @Override
    @Transactional(readOnly = true)
    public List<BodySeat> ofDelegate(CouncilId council, DelegateId delegateId) {
        Delegate delegate = delegates
                .delegate(council, delegateId)
                .orElseThrow(() -> new NotFoundException("error.delegate.notFound", delegateId));
        return seatsOfTerm(council, delegate.termId()).stream()
                .filter(s -> s.delegate().id().equals(delegateId))
                .toList();
    }

    /** Seats a delegate in a body. */
    @Override
    @Transactional
    public Membership add(CouncilId council, UUID bodyId, DelegateId delegateId, MembershipRole role) {
        CouncilBody body = organisation
                .body(council, bodyId)
                .orElseThrow(() -> new NotFoundException("councils.error.body.notFound"));
        if (!body.roles().contains(role)) {
            throw InvalidInputException.of("role", "councils.validation.role", String.join(", ", roleNames(body)));
        }
        Delegate delegate = delegates
                .delegate(council, delegateId)
                .orElseThrow(() -> InvalidInputException.of("delegateId", "error.delegate.notFound"));
        if (!delegate.termId().equals(body.termId())) {
            throw new BusinessRuleException("delegateId", "councils.error.membership.otherTerm", delegate.fullName());
        }
        if (!delegate.active()) {
            throw new BusinessRuleException(
                    "delegateId", "councils.error.membership.mandateEnded", delegate.fullName());
        }
        if (organisation.membership(council, bodyId, delegateId).isPresent()) {
            throw duplicate(delegate, body);
        }
        if (role.leads()) {
            for (Membership seat : organisation.seats(council, bodyId)) {
                if (seat.role() == role) {
                    String holder = delegates
                            .delegate(council, seat.delegateId())
                            .map(Delegate::fullName)
                            .orElse("");
                    throw new BusinessRuleException(
                            "role", "councils.error.membership.leaderTaken", body.name(), holder);
                }
            }
        }
        var membership = new Membership(UUID.randomUUID(), bodyId, delegateId, role, VnTime.today(clock), null);
        try {
            organisation.insertMembership(council, membership);
        } catch (DuplicateKeyException e) {
            if (String.valueOf(e.getMessage()).contains("membership_one_leader")) {
                throw new BusinessRuleException("role", "councils.error.membership.leaderTaken", body.name(), "");
            }
            throw duplicate(delegate, body);
        }
        events.publishEvent(AuditEvent.of(council, "councils.membership.created", "body", bodyId)
                .with("body", body.name())
                .with("delegate", delegate.fullName())
                .with("delegateId", delegateId)
                .with("role", role));
        events.publishEvent(new PublicContentChanged(council, PublicContentChanged.COUNCIL));
        return membership;
    }

    /** Takes a delegate's seat in a body away. */
    @Override
    @Transactional
    public void remove(CouncilId council, UUID bodyId, DelegateId delegateId) {
        CouncilBody body = organisation
                .body(council, bodyId)
                .orElseThrow(() -> new NotFoundException("councils.error.body.notFound"));
        Membership membership = organisation
                .membership(council, bodyId, delegateId)
                .orElseThrow(() -> new NotFoundException("councils.error.membership.notFound"));
        organisation.deleteMembership(council, membership.id());
        String name =
                delegates.delegate(council, delegateId).map(Delegate::fullName).orElse("");
        events.publishEvent(AuditEvent.of(council, "councils.membership.removed", "body", bodyId)
                .with("body", body.name())
                .with("delegate", name)
                .with("delegateId", delegateId)
                .with("role", membership.role()));
        events.publishEvent(new PublicContentChanged(council, PublicContentChanged.COUNCIL));
    }

    private List<BodySeat> seatsOfTerm(CouncilId council, UUID termId) {
        Map<UUID, CouncilBody> bodies = organisation.bodies(council, termId).stream()
                .collect(Collectors.toMap(CouncilBody::id, Function.identity()));
        Map<DelegateId, Delegate> people = delegates.delegates(council, termId).stream()
                .collect(Collectors.toMap(Delegate::id, Function.identity()));
        return organisation.memberships(council, termId).stream()
                .filter(m -> bodies.containsKey(m.bodyId()) && people.containsKey(m.delegateId()))
                .map(m -> new BodySeat(
                        Objects.requireNonNull(bodies.get(m.bodyId())),
                        Objects.requireNonNull(people.get(m.delegateId())),
                        m.role()))
                .sorted(BodySeat.ORDER)
                .toList();
    }

    private static BusinessRuleException duplicate(Delegate delegate, CouncilBody body) {
        return new BusinessRuleException(
                "delegateId", "councils.error.membership.duplicate", delegate.fullName(), body.name());
    }

    private static List<String> roleNames(CouncilBody body) {
        return body.roles().stream().map(Enum::name).toList();
    }
}
