package vn.hdndso.councils.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hdndso.councils.BodyDetails;
import vn.hdndso.councils.BodyKind;
import vn.hdndso.councils.CouncilBodies;
import vn.hdndso.councils.CouncilBodies.Direction;
import vn.hdndso.councils.CouncilBody;
import vn.hdndso.councils.Memberships;
import vn.hdndso.councils.Term;
import vn.hdndso.shared.BusinessRuleException;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.NotFoundException;
import vn.hdndso.shared.PublicContentChanged;
import vn.hdndso.shared.VnText;
import vn.hdndso.shared.audit.AuditEvent;

/**
 * The standing committee, committees and delegate groups of a council's current term: created,
 * renamed, put in order and deleted while nobody sits in them. Seats are kept by {@link Memberships}.
 */
@Service
class BodyRegistry implements CouncilBodies {

    private final OrganisationRepository repository;
    private final ApplicationEventPublisher events;

    BodyRegistry(OrganisationRepository repository, ApplicationEventPublisher events) {
        this.repository = repository;
        this.events = events;
    }

    /** The bodies of the current term: standing committee, committees, delegate groups, each in order. */
    @Override
    @Transactional(readOnly = true)
    public List<CouncilBody> ofCurrentTerm(CouncilId council) {
        return repository
                .currentTerm(council)
                .map(t -> repository.bodies(council, t.id()))
                .orElse(List.of());
    }

    @Override
    @Transactional(readOnly = true)
    public CouncilBody require(CouncilId council, UUID id) {
        return repository.body(council, id).orElseThrow(() -> new NotFoundException("councils.error.body.notFound"));
    }

    /** Adds a committee or a delegate group to the current term, after the others of its kind. */
    @Override
    @Transactional
    public CouncilBody create(CouncilId council, BodyKind kind, BodyDetails details) {
        if (!kind.isOptional()) {
            throw new BusinessRuleException("kind", "councils.error.body.standingExists");
        }
        check(details, kind);
        Term term =
                repository.currentTerm(council).orElseThrow(() -> new BusinessRuleException("error.term.noCurrent"));
        List<CouncilBody> others = repository.bodies(council, term.id());
        refuseClashes(details, kind, others, null);
        int position = others.stream()
                        .filter(b -> b.kind() == kind)
                        .mapToInt(CouncilBody::position)
                        .max()
                        .orElse(0)
                + 1;
        var body = new CouncilBody(
                UUID.randomUUID(),
                council,
                term.id(),
                kind,
                details.name(),
                details.symbol(),
                details.description(),
                position);
        try {
            repository.insertBody(body);
        } catch (DuplicateKeyException e) {
            throw clash(e, details);
        }
        events.publishEvent(AuditEvent.of(council, "councils.body.created", "body", body.id())
                .with("kind", kind)
                .with("name", body.name())
                .with("symbol", String.valueOf(body.symbol())));
        events.publishEvent(new PublicContentChanged(council, PublicContentChanged.COUNCIL));
        return body;
    }

    /** Renames a body, or changes its symbol or description. */
    @Override
    @Transactional
    public CouncilBody update(CouncilId council, UUID id, BodyDetails details) {
        CouncilBody body = require(council, id);
        check(details, body.kind());
        refuseClashes(details, body.kind(), repository.bodies(council, body.termId()), body.id());
        CouncilBody changed = body.with(details);
        try {
            repository.updateBody(changed);
        } catch (DuplicateKeyException e) {
            throw clash(e, details);
        }
        events.publishEvent(AuditEvent.of(council, "councils.body.updated", "body", id)
                .with("name", changed.name())
                .with("previousName", body.name())
                .with("symbol", String.valueOf(changed.symbol())));
        events.publishEvent(new PublicContentChanged(council, PublicContentChanged.COUNCIL));
        return changed;
    }

    /** Deletes a committee or delegate group in which nobody sits. */
    @Override
    @Transactional
    public void delete(CouncilId council, UUID id) {
        CouncilBody body = require(council, id);
        if (!body.kind().isOptional()) {
            throw new BusinessRuleException("councils.error.body.standingCannotBeDeleted");
        }
        int members = repository.seats(council, id).size();
        if (members > 0) {
            throw new BusinessRuleException(null, "councils.error.body.hasMembers", body.name(), members);
        }
        repository.deleteBody(council, id);
        events.publishEvent(AuditEvent.of(council, "councils.body.deleted", "body", id)
                .with("kind", body.kind())
                .with("name", body.name()));
        events.publishEvent(new PublicContentChanged(council, PublicContentChanged.COUNCIL));
    }

    /** Moves a body one place up or down among the bodies of its kind; at either end nothing moves. */
    @Override
    @Transactional
    public void move(CouncilId council, UUID id, Direction direction) {
        CouncilBody body = require(council, id);
        List<CouncilBody> sameKind = new ArrayList<>(repository.bodies(council, body.termId()).stream()
                .filter(b -> b.kind() == body.kind())
                .toList());
        int from = indexOf(sameKind, id);
        int to = direction == Direction.UP ? from - 1 : from + 1;
        if (to < 0 || to >= sameKind.size()) {
            return;
        }
        sameKind.add(to, sameKind.remove(from));
        for (int i = 0; i < sameKind.size(); i++) {
            CouncilBody b = sameKind.get(i);
            if (b.position() != i + 1) {
                repository.updateBody(new CouncilBody(
                        b.id(), b.councilId(), b.termId(), b.kind(), b.name(), b.symbol(), b.description(), i + 1));
            }
        }
        events.publishEvent(AuditEvent.of(council, "councils.body.moved", "body", id)
                .with("name", body.name())
                .with("position", to + 1));
        events.publishEvent(new PublicContentChanged(council, PublicContentChanged.COUNCIL));
    }

    private static void check(BodyDetails details, BodyKind kind) {
        var problems = new InvalidInputException.Collector();
        details.check(problems, kind);
        problems.throwIfAny();
    }

    private static void refuseClashes(
            BodyDetails details, BodyKind kind, List<CouncilBody> termBodies, @Nullable UUID self) {
        for (CouncilBody other : termBodies) {
            if (other.id().equals(self)) {
                continue;
            }
            if (other.kind() == kind && VnText.fold(other.name()).equals(VnText.fold(details.name()))) {
                throw new BusinessRuleException("name", "councils.error.body.duplicateName", other.name());
            }
            if (details.symbol() != null && details.symbol().equalsIgnoreCase(other.symbol())) {
                throw new BusinessRuleException(
                        "symbol", "councils.error.body.duplicateSymbol", other.symbol(), other.name());
            }
        }
    }

    /** A clash that a concurrent change caused after {@link #refuseClashes} had passed. */
    private static BusinessRuleException clash(DuplicateKeyException e, BodyDetails details) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("council_body_symbol")) {
            return new BusinessRuleException("symbol", "councils.error.body.duplicateSymbol", details.symbol(), "");
        }
        return new BusinessRuleException("name", "councils.error.body.duplicateName", details.name());
    }

    private static int indexOf(List<CouncilBody> bodies, UUID id) {
        for (int i = 0; i < bodies.size(); i++) {
            if (bodies.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new IllegalStateException("body " + id + " is not in its own term");
    }
}
