package vn.hdndso.councils.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hdndso.councils.CouncilBody;
import vn.hdndso.councils.NewTerm;
import vn.hdndso.councils.Term;
import vn.hdndso.councils.Terms;
import vn.hdndso.shared.BusinessRuleException;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.NotFoundException;
import vn.hdndso.shared.PublicContentChanged;
import vn.hdndso.shared.VnText;
import vn.hdndso.shared.audit.AuditEvent;

/**
 * The legislative terms of a council. Terms do not overlap, and exactly one is current once the
 * council has any; switching happens in one transaction with the council's terms locked.
 */
@Service
class TermRegistry implements Terms {

    private final OrganisationRepository repository;
    private final ApplicationEventPublisher events;

    TermRegistry(OrganisationRepository repository, ApplicationEventPublisher events) {
        this.repository = repository;
        this.events = events;
    }

    /** The council's terms, newest first. */
    @Override
    @Transactional(readOnly = true)
    public List<Term> of(CouncilId council) {
        return repository.terms(council);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Term> current(CouncilId council) {
        return repository.currentTerm(council);
    }

    @Override
    @Transactional(readOnly = true)
    public Term require(CouncilId council, UUID id) {
        return repository.term(council, id).orElseThrow(() -> new NotFoundException("councils.error.term.notFound"));
    }

    /**
     * Adds a term with its standing committee. The council's first term becomes current at once;
     * a later one waits until it is made current.
     */
    @Override
    @Transactional
    public Term create(CouncilId council, NewTerm draft) {
        var problems = new InvalidInputException.Collector();
        draft.check(problems);
        problems.throwIfAny();
        LocalDate startsOn = Objects.requireNonNull(draft.startsOn());
        List<Term> existing = repository.lockTerms(council);
        for (Term other : existing) {
            if (VnText.fold(other.name()).equals(VnText.fold(draft.name()))) {
                throw new BusinessRuleException("name", "councils.error.term.duplicateName", other.name());
            }
            if (overlaps(other, startsOn, draft.endsOn())) {
                throw new BusinessRuleException("startsOn", "councils.error.term.overlaps", other.name());
            }
        }
        var term = new Term(UUID.randomUUID(), council, draft.name(), startsOn, draft.endsOn(), false);
        repository.insertTerm(term);
        repository.insertBody(CouncilBody.standingCommitteeOf(term));
        events.publishEvent(AuditEvent.of(council, "councils.term.created", "term", term.id())
                .with("name", term.name())
                .with("startsOn", term.startsOn())
                .with("endsOn", String.valueOf(term.endsOn())));
        events.publishEvent(new PublicContentChanged(council, PublicContentChanged.COUNCIL));
        if (existing.stream().noneMatch(Term::current)) {
            return makeCurrent(council, term.id());
        }
        return term;
    }

    /** Makes a term the council's current one; the previous current term stops being current. */
    @Override
    @Transactional
    public Term makeCurrent(CouncilId council, UUID termId) {
        List<Term> terms = repository.lockTerms(council);
        Term term = terms.stream()
                .filter(t -> t.id().equals(termId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("councils.error.term.notFound"));
        if (term.current()) {
            return term;
        }
        Optional<Term> previous = terms.stream().filter(Term::current).findFirst();
        repository.makeCurrent(council, termId);
        events.publishEvent(AuditEvent.of(council, "councils.term.madeCurrent", "term", termId)
                .with("name", term.name())
                .with("previous", previous.map(Term::name).orElse("")));
        events.publishEvent(new PublicContentChanged(council, PublicContentChanged.COUNCIL));
        return new Term(term.id(), council, term.name(), term.startsOn(), term.endsOn(), true);
    }

    private static boolean overlaps(Term other, LocalDate startsOn, @Nullable LocalDate endsOn) {
        LocalDate otherEnd = other.endsOn() == null ? LocalDate.MAX : other.endsOn();
        LocalDate end = endsOn == null ? LocalDate.MAX : endsOn;
        return !startsOn.isAfter(otherEnd) && !other.startsOn().isAfter(end);
    }
}
