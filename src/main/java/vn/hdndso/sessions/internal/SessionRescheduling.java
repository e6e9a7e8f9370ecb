package vn.hdndso.sessions.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hdndso.identity.CurrentUser;
import vn.hdndso.sessions.AgendaItem;
import vn.hdndso.sessions.AgendaItemId;
import vn.hdndso.sessions.CouncilSession;
import vn.hdndso.sessions.SessionCancelled;
import vn.hdndso.sessions.SessionChange;
import vn.hdndso.sessions.SessionChanges;
import vn.hdndso.sessions.SessionEdit;
import vn.hdndso.sessions.SessionId;
import vn.hdndso.sessions.SessionPostponed;
import vn.hdndso.sessions.SessionUpdated;
import vn.hdndso.sessions.VoteState;
import vn.hdndso.shared.BusinessRuleException;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.NotFoundException;
import vn.hdndso.shared.PublicContentChanged;
import vn.hdndso.shared.VnTime;

/**
 * The module's {@link SessionChanges}: edits, postponements, cancellations and removed items,
 * each kept in the session's history, audited and announced.
 */
@Service("sessionChanges")
class SessionRescheduling implements SessionChanges {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private final CouncilSessionRepository sessions;
    private final SessionChangeRepository changes;
    private final DelegateRoll roll;
    private final LiveTallies live;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SessionRescheduling(
            CouncilSessionRepository sessions,
            SessionChangeRepository changes,
            DelegateRoll roll,
            LiveTallies live,
            ApplicationEventPublisher events,
            Clock clock) {
        this.sessions = sessions;
        this.changes = changes;
        this.roll = roll;
        this.live = live;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public CouncilSession edit(CouncilId council, SessionId id, SessionEdit edit) {
        CouncilSession before = lock(council, id);
        before.state().requireNotStarted();
        var problems = new InvalidInputException.Collector();
        String title = SessionInput.clean(edit.title());
        if (title.isEmpty()) {
            problems.add("title", "sessions.title.required");
        } else if (title.length() > SessionInput.MAX_TITLE) {
            problems.add("title", "sessions.field.tooLong", SessionInput.MAX_TITLE);
        }
        if (edit.startsAt() == null) {
            problems.add("startsAt", "sessions.startsAt.required");
        }
        if (edit.kind() == null) {
            problems.add("kind", "sessions.kind.required");
        }
        String place = SessionInput.optional(problems, "place", edit.place(), SessionInput.MAX_TITLE);
        problems.throwIfAny();
        CouncilSession after = before.edited(
                title, Objects.requireNonNull(edit.kind()), Objects.requireNonNull(edit.startsAt()), place);
        List<String> what = new ArrayList<>();
        if (!before.title().equals(after.title())) {
            what.add("Tên: " + before.title() + " → " + after.title());
        }
        if (before.kind() != after.kind()) {
            what.add("Loại: " + before.kind() + " → " + after.kind());
        }
        if (!before.startsAt().equals(after.startsAt())) {
            what.add("Thời gian: " + when(before.startsAt()) + " → " + when(after.startsAt()));
        }
        if (!Objects.equals(before.place(), after.place())) {
            what.add("Địa điểm: " + Objects.toString(before.place(), "—") + " → "
                    + Objects.toString(after.place(), "—"));
        }
        if (what.isEmpty()) {
            return before;
        }
        sessions.update(after);
        String summary = String.join("; ", what);
        record(after, SessionChange.Kind.EDITED, null, before.startsAt(), after.startsAt(), summary);
        events.publishEvent(SessionAudit.of(after, "edited").with("changes", summary));
        announce(after, "edited");
        return after;
    }

    @Override
    @Transactional
    public CouncilSession postpone(
            CouncilId council, SessionId id, @Nullable Instant startsAt, @Nullable String reason) {
        CouncilSession before = lock(council, id);
        before.state().requireNotStarted();
        if (startsAt == null) {
            throw InvalidInputException.of("startsAt", "sessions.startsAt.required");
        }
        String why = SessionChange.requireReason(reason);
        CouncilSession after = before.postponed(startsAt, Instant.now(clock));
        sessions.update(after);
        String summary = "Hoãn từ " + when(before.startsAt()) + " đến " + when(after.startsAt());
        record(after, SessionChange.Kind.POSTPONED, why, before.startsAt(), after.startsAt(), summary);
        int delegates = roll.fresh(council).size();
        events.publishEvent(new SessionPostponed(
                council, id, after.title(), before.startsAt(), after.startsAt(), why, delegates, after.isPublic()));
        events.publishEvent(SessionAudit.of(after, "postponed")
                .with("from", before.startsAt())
                .with("to", after.startsAt())
                .with("reason", why));
        announce(after, "postponed");
        return after;
    }

    @Override
    @Transactional
    public CouncilSession cancel(CouncilId council, SessionId id, @Nullable String reason) {
        CouncilSession before = lock(council, id);
        before.state().requireNotStarted();
        String why = SessionChange.requireReason(reason);
        CouncilSession after = before.cancelled();
        sessions.update(after);
        record(after, SessionChange.Kind.CANCELLED, why, before.startsAt(), null, "Huỷ kỳ họp");
        int delegates = roll.fresh(council).size();
        events.publishEvent(
                new SessionCancelled(council, id, after.title(), after.startsAt(), why, delegates, after.isPublic()));
        events.publishEvent(SessionAudit.of(after, "cancelled").with("reason", why));
        announce(after, "cancelled");
        return after;
    }

    @Override
    @Transactional
    public List<AgendaItem> removeItem(CouncilId council, SessionId id, AgendaItemId itemId) {
        CouncilSession session = lock(council, id);
        session.state().requireNotStarted();
        List<AgendaItem> items = sessions.items(council, id);
        AgendaItem item = items.stream()
                .filter(i -> i.id().equals(itemId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("sessions.item.notFound", itemId));
        if (item.voteState() != VoteState.NONE) {
            throw new BusinessRuleException("sessionchanges.item.voted");
        }
        changes.deleteItem(id, itemId);
        sessions.renumber(
                id,
                items.stream()
                        .map(AgendaItem::id)
                        .filter(i -> !i.equals(itemId))
                        .toList());
        record(
                session,
                SessionChange.Kind.ITEM_REMOVED,
                null,
                null,
                null,
                "Bỏ mục " + item.number() + ": " + item.title());
        events.publishEvent(SessionAudit.of(session, "itemRemoved")
                .with("number", item.number())
                .with("title", item.title()));
        announce(session, "itemRemoved");
        return sessions.items(council, id);
    }

    @Override
    @Transactional(readOnly = true)
    public List<SessionChange> history(CouncilId council, SessionId id) {
        sessions.find(council, id).orElseThrow(() -> new NotFoundException("sessions.notFound", id));
        return changes.history(council, id);
    }

    @Override
    @Transactional(readOnly = true)
    public @Nullable String cancellationReason(CouncilId council, SessionId id) {
        return history(council, id).stream()
                .filter(c -> c.kind() == SessionChange.Kind.CANCELLED)
                .map(SessionChange::reason)
                .filter(Objects::nonNull)
                .reduce((first, second) -> second)
                .orElse(null);
    }

    private void record(
            CouncilSession session,
            SessionChange.Kind kind,
            @Nullable String reason,
            @Nullable Instant previous,
            @Nullable Instant next,
            String summary) {
        changes.add(
                session.council(),
                session.id(),
                new SessionChange(kind, reason, previous, next, summary, CurrentUser.describe(), Instant.now(clock)));
    }

    private void announce(CouncilSession session, String change) {
        events.publishEvent(new SessionUpdated(session.council(), session.id(), change, session.isPublic()));
        if (session.isPublic()) {
            events.publishEvent(new PublicContentChanged(session.council(), PublicContentChanged.SESSIONS));
        }
        live.changed(session.council(), session.id());
    }

    private CouncilSession lock(CouncilId council, SessionId id) {
        return sessions.lock(council, id).orElseThrow(() -> new NotFoundException("sessions.notFound", id));
    }

    private static String when(Instant at) {
        return WHEN.format(at.atZone(VnTime.ZONE));
    }
}
