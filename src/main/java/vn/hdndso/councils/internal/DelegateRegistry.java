package vn.hdndso.councils.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hdndso.councils.Delegate;
import vn.hdndso.councils.DelegateContact;
import vn.hdndso.councils.DelegateDetails;
import vn.hdndso.councils.DelegateId;
import vn.hdndso.councils.Delegates;
import vn.hdndso.councils.MandateEnd;
import vn.hdndso.councils.NewDelegate;
import vn.hdndso.councils.Term;
import vn.hdndso.shared.BusinessRuleException;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.NotFoundException;
import vn.hdndso.shared.PublicContentChanged;
import vn.hdndso.shared.VnText;
import vn.hdndso.shared.VnTime;
import vn.hdndso.shared.audit.AuditEvent;

/**
 * The delegates of a council: registered in the current term, their details kept up to date,
 * their mandate ended early where that happens. Contact details are personal data: only the
 * council's staff see them (row-level security), and every read leaves an audit entry.
 */
@Service
class DelegateRegistry implements Delegates {

    private final OrganisationRepository organisation;
    private final DelegateRepository repository;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DelegateRegistry(
            OrganisationRepository organisation,
            DelegateRepository repository,
            ApplicationEventPublisher events,
            Clock clock) {
        this.organisation = organisation;
        this.repository = repository;
        this.events = events;
        this.clock = clock;
    }

    /** The delegates of the current term, active first, by name. */
    @Override
    @Transactional(readOnly = true)
    public List<Delegate> ofCurrentTerm(CouncilId council) {
        return organisation
                .currentTerm(council)
                .map(t -> repository.delegates(council, t.id()))
                .orElse(List.of());
    }

    /** Delegates of the current term whose name holds every word of the query, with or without diacritics. */
    @Override
    @Transactional(readOnly = true)
    public List<Delegate> search(CouncilId council, String query) {
        List<Delegate> all = ofCurrentTerm(council);
        if (VnText.normalize(query).isEmpty()) {
            return all;
        }
        return all.stream()
                .filter(d -> VnText.matchesWords(d.fullName(), query))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Delegate require(CouncilId council, DelegateId id) {
        return repository.delegate(council, id).orElseThrow(() -> new NotFoundException("error.delegate.notFound", id));
    }

    /** Registers a delegate in the council's current term. */
    @Override
    @Transactional
    public Delegate register(CouncilId council, NewDelegate delegate) {
        DelegateDetails details = delegate.details();
        check(details);
        Term term =
                organisation.currentTerm(council).orElseThrow(() -> new BusinessRuleException("error.term.noCurrent"));
        var created = Delegate.active(
                new DelegateId(UUID.randomUUID()),
                council,
                term.id(),
                details.fullName(),
                details.gender(),
                details.birthYear(),
                details.position(),
                delegate.userId(),
                false);
        repository.insertDelegate(created);
        if (details.hasContact()) {
            repository.saveContact(council, new DelegateContact(created.id(), details.email(), details.phone(), null));
        }
        events.publishEvent(AuditEvent.of(council, "councils.delegate.created", "delegate", created.id())
                .with("fullName", created.fullName())
                .with("term", term.name()));
        events.publishEvent(new PublicContentChanged(council, PublicContentChanged.COUNCIL));
        return created;
    }

    /** Links an account to a delegate of the current term whose mandate runs (404, 409 otherwise). */
    @Override
    @Transactional
    public Delegate linkAccount(CouncilId council, DelegateId id, UUID userId) {
        Delegate delegate = repository
                .lockDelegate(council, id)
                .orElseThrow(() -> new NotFoundException("error.delegate.notFound", id));
        if (delegate.userId() != null) {
            throw new BusinessRuleException("delegateId", "councils.error.delegate.alreadyLinked", delegate.fullName());
        }
        boolean currentTerm = organisation
                .currentTerm(council)
                .map(t -> t.id().equals(delegate.termId()))
                .orElse(false);
        if (!delegate.active() || !currentTerm) {
            throw new BusinessRuleException("delegateId", "councils.error.delegate.notLinkable", delegate.fullName());
        }
        repository.linkUser(council, id, userId);
        events.publishEvent(AuditEvent.of(council, "councils.delegate.accountLinked", "delegate", id)
                .with("fullName", delegate.fullName())
                .with("user", userId));
        return Objects.requireNonNull(repository.delegate(council, id).orElse(null), "just linked");
    }

    /**
     * Changes a delegate's details: {@code change} gets the current ones (contact included) and
     * returns the new ones. Only the names of changed fields go to the audit trail.
     */
    @Override
    @Transactional
    public Delegate edit(CouncilId council, DelegateId id, UnaryOperator<DelegateDetails> change) {
        Delegate delegate = repository
                .lockDelegate(council, id)
                .orElseThrow(() -> new NotFoundException("error.delegate.notFound", id));
        Optional<DelegateContact> contact = repository.contact(council, id);
        DelegateDetails before = DelegateDetails.of(delegate, contact.orElse(null));
        DelegateDetails after = change.apply(before);
        check(after);
        Delegate changed = delegate.with(after);
        repository.updateDelegate(changed);
        if (!after.equals(before) && (contact.isPresent() || after.hasContact())) {
            String address = contact.map(DelegateContact::address).orElse(null);
            repository.saveContact(council, new DelegateContact(id, after.email(), after.phone(), address));
        }
        events.publishEvent(AuditEvent.of(council, "councils.delegate.updated", "delegate", id)
                .with("fullName", changed.fullName())
                .with("changed", changedFields(before, after)));
        events.publishEvent(new PublicContentChanged(council, PublicContentChanged.COUNCIL));
        return changed;
    }

    /** Ends a delegate's mandate; the seats they held end on the same day. */
    @Override
    @Transactional
    public Delegate endMandate(CouncilId council, DelegateId id, MandateEnd end) {
        Delegate delegate = repository
                .lockDelegate(council, id)
                .orElseThrow(() -> new NotFoundException("error.delegate.notFound", id));
        if (!delegate.active()) {
            throw new BusinessRuleException(null, "councils.error.delegate.alreadyEnded", delegate.fullName());
        }
        Term term = organisation
                .term(council, delegate.termId())
                .orElseThrow(() -> new IllegalStateException("delegate " + id + " has no term"));
        var problems = new InvalidInputException.Collector();
        end.check(problems, term, VnTime.today(clock));
        problems.throwIfAny();
        LocalDate endedOn = Objects.requireNonNull(end.endedOn(), "checked above");
        Delegate ended = delegate.ended(end);
        repository.updateDelegate(ended);
        int seats = organisation.endMemberships(council, id, endedOn);
        events.publishEvent(AuditEvent.of(council, "councils.delegate.mandateEnded", "delegate", id)
                .with("fullName", delegate.fullName())
                .with("endedOn", endedOn)
                .with("reason", end.reason())
                .with("seatsEnded", seats));
        events.publishEvent(new PublicContentChanged(council, PublicContentChanged.COUNCIL));
        return ended;
    }

    /**
     * A delegate's contact details, for the council's staff. The read is written to the audit
     * trail (in the same transaction, hence not read-only) whether or not any details are on file.
     */
    @Override
    @Transactional
    public Optional<DelegateContact> readContact(CouncilId council, DelegateId id) {
        Delegate delegate = require(council, id);
        Optional<DelegateContact> contact = repository.contact(council, id);
        events.publishEvent(AuditEvent.of(council, "councils.delegateContact.read", "delegate", id)
                .with("fullName", delegate.fullName())
                .with("onFile", contact.isPresent()));
        return contact;
    }

    private void check(DelegateDetails details) {
        var problems = new InvalidInputException.Collector();
        details.check(problems, VnTime.today(clock));
        problems.throwIfAny();
    }

    private static String changedFields(DelegateDetails before, DelegateDetails after) {
        var changed = new TreeSet<String>();
        addIfChanged(changed, "fullName", before.fullName(), after.fullName());
        addIfChanged(changed, "gender", before.gender(), after.gender());
        addIfChanged(changed, "birthYear", before.birthYear(), after.birthYear());
        addIfChanged(changed, "position", before.position(), after.position());
        addIfChanged(changed, "email", before.email(), after.email());
        addIfChanged(changed, "phone", before.phone(), after.phone());
        return String.join(",", changed);
    }

    private static void addIfChanged(
            TreeSet<String> changed, String field, @Nullable Object before, @Nullable Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(field);
        }
    }
}
