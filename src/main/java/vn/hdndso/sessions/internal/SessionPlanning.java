package vn.hdndso.sessions.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.hdndso.identity.CurrentUser;
import vn.hdndso.sessions.AgendaItem;
import vn.hdndso.sessions.AgendaItemId;
import vn.hdndso.sessions.CouncilSession;
import vn.hdndso.sessions.Majority;
import vn.hdndso.sessions.NewSession;
import vn.hdndso.sessions.SessionId;
import vn.hdndso.sessions.SessionState;
import vn.hdndso.sessions.SessionUpdated;
import vn.hdndso.sessions.VoteState;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.NotFoundException;
import vn.hdndso.shared.PublicContentChanged;

/** Planning a session and its agenda: the session itself, items added, the agenda reordered. */
@Component
class SessionPlanning {

    private final CouncilSessionRepository repository;
    private final LiveTallies live;
    private final ApplicationEventPublisher events;

    SessionPlanning(CouncilSessionRepository repository, LiveTallies live, ApplicationEventPublisher events) {
        this.repository = repository;
        this.live = live;
        this.events = events;
    }

    @Transactional
    CouncilSession plan(CouncilId council, NewSession draft, boolean demo) {
        var problems = new InvalidInputException.Collector();
        String title = SessionInput.clean(draft.title());
        if (title.isEmpty()) {
            problems.add("title", "sessions.title.required");
        } else if (title.length() > SessionInput.MAX_TITLE) {
            problems.add("title", "sessions.field.tooLong", SessionInput.MAX_TITLE);
        }
        if (draft.startsAt() == null) {
            problems.add("startsAt", "sessions.startsAt.required");
        }
        if (draft.kind() == null) {
            problems.add("kind", "sessions.kind.required");
        }
        String place = SessionInput.optional(problems, "place", draft.place(), SessionInput.MAX_TITLE);
        String online = SessionInput.url(problems, "onlineUrl", draft.onlineUrl());
        String livestream = SessionInput.url(problems, "livestreamUrl", draft.livestreamUrl());
        problems.throwIfAny();
        var session = new CouncilSession(
                SessionId.random(),
                council,
                title,
                requireNonNull(draft.kind()),
                requireNonNull(draft.startsAt()),
                place,
                online,
                livestream,
                null,
                SessionState.PLANNED,
                demo,
                null,
                null);
        repository.insert(session, CurrentUser.describe());
        events.publishEvent(
                SessionAudit.of(session, "planned").with("title", title).with("kind", session.kind()));
        events.publishEvent(new SessionUpdated(council, session.id(), "planned", false));
        return session;
    }

    @Transactional
    AgendaItem addItem(
            CouncilId council,
            SessionId sessionId,
            @Nullable String title,
            boolean motion,
            @Nullable Majority majority,
            @Nullable UUID documentId) {
        CouncilSession session = lock(council, sessionId);
        var problems = new InvalidInputException.Collector();
        String cleanTitle = SessionInput.clean(title);
        if (cleanTitle.isEmpty()) {
            problems.add("title", "sessions.item.title.required");
        } else if (cleanTitle.length() > SessionInput.MAX_ITEM_TITLE) {
            problems.add("title", "sessions.field.tooLong", SessionInput.MAX_ITEM_TITLE);
        }
        if (motion && majority == null) {
            problems.add("majority", "sessions.item.majority.required");
        }
        problems.throwIfAny();
        session.state().requireNotClosed();
        var item = new AgendaItem(
                AgendaItemId.random(),
                council,
                sessionId,
                repository.nextNumber(sessionId),
                cleanTitle,
                motion,
                motion ? majority : null,
                documentId,
                VoteState.NONE,
                null,
                null,
                null,
                null,
                null,
                null);
        repository.insertItem(item);
        events.publishEvent(SessionAudit.of(session, "itemAdded")
                .with("number", item.number())
                .with("title", item.title())
                .with("motion", motion));
        changed(session, "itemAdded");
        return item;
    }

    @Transactional
    List<AgendaItem> reorder(CouncilId council, SessionId sessionId, List<AgendaItemId> order) {
        CouncilSession session = lock(council, sessionId);
        session.state().requireNotClosed();
        List<AgendaItem> items = repository.items(council, sessionId);
        Set<AgendaItemId> current = items.stream().map(AgendaItem::id).collect(Collectors.toSet());
        if (order.size() != items.size() || !current.equals(new HashSet<>(order))) {
            throw InvalidInputException.of("order", "sessions.reorder.mismatch", items.size());
        }
        repository.renumber(sessionId, order);
        events.publishEvent(SessionAudit.of(session, "reordered"));
        changed(session, "reordered");
        return repository.items(council, sessionId);
    }

    @Transactional
    List<AgendaItem> move(CouncilId council, SessionId sessionId, AgendaItemId item, int direction) {
        List<AgendaItemId> order = new ArrayList<>(repository.items(council, sessionId).stream()
                .map(AgendaItem::id)
                .toList());
        int at = order.indexOf(item);
        if (at < 0) {
            throw new NotFoundException("sessions.item.notFound", item);
        }
        int to = at + Integer.signum(direction);
        if (to < 0 || to >= order.size()) {
            return repository.items(council, sessionId);
        }
        order.set(at, order.get(to));
        order.set(to, item);
        return reorder(council, sessionId, order);
    }

    private void changed(CouncilSession session, String change) {
        events.publishEvent(new SessionUpdated(session.council(), session.id(), change, session.isPublic()));
        if (session.isPublic()) {
            events.publishEvent(new PublicContentChanged(session.council(), PublicContentChanged.SESSIONS));
        }
        live.changed(session.council(), session.id());
    }

    private CouncilSession lock(CouncilId council, SessionId id) {
        return repository.lock(council, id).orElseThrow(() -> new NotFoundException("sessions.notFound", id));
    }

    private static <T> T requireNonNull(@Nullable T checked) {
        return java.util.Objects.requireNonNull(checked, "checked above");
    }
}
