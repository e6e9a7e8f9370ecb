package vn.hdndso.sessions.internal;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hdndso.sessions.AgendaItem;
import vn.hdndso.sessions.AgendaItemId;
import vn.hdndso.sessions.CouncilSession;
import vn.hdndso.sessions.Majority;
import vn.hdndso.sessions.NewSession;
import vn.hdndso.sessions.SessionId;
import vn.hdndso.sessions.Sessions;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.NotFoundException;

/**
 * The module's {@link Sessions}: reads sessions and their agendas itself, and hands planning to
 * {@link SessionPlanning} and the way from convening to closing to {@link SessionLifecycle}.
 */
@Service
class SessionDirectory implements Sessions {

    private final CouncilSessionRepository repository;
    private final NoticeRepository notices;
    private final SessionPlanning planning;
    private final SessionLifecycle lifecycle;

    SessionDirectory(
            CouncilSessionRepository repository,
            NoticeRepository notices,
            SessionPlanning planning,
            SessionLifecycle lifecycle) {
        this.repository = repository;
        this.notices = notices;
        this.planning = planning;
        this.lifecycle = lifecycle;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CouncilSession> list(CouncilId council) {
        return repository.list(council);
    }

    @Override
    @Transactional(readOnly = true)
    public CouncilSession require(CouncilId council, SessionId id) {
        return repository.find(council, id).orElseThrow(() -> new NotFoundException("sessions.notFound", id));
    }

    @Override
    @Transactional(readOnly = true)
    public List<AgendaItem> agenda(CouncilId council, SessionId id) {
        require(council, id);
        return repository.items(council, id);
    }

    @Override
    @Transactional(readOnly = true)
    public AgendaItem requireItem(CouncilId council, SessionId session, AgendaItemId item) {
        return repository
                .item(council, session, item)
                .orElseThrow(() -> new NotFoundException("sessions.item.notFound", item));
    }

    @Override
    @Transactional(readOnly = true)
    public List<CouncilSession> invitationsOf(CouncilId council, UUID userId) {
        Map<SessionId, CouncilSession> all =
                repository.list(council).stream().collect(Collectors.toMap(CouncilSession::id, Function.identity()));
        return notices.sessionsOf(userId).stream()
                .map(s -> all.get(new SessionId(s)))
                .filter(Objects::nonNull)
                .toList();
    }

    @Override
    @Transactional
    public CouncilSession plan(CouncilId council, NewSession draft) {
        return planning.plan(council, draft, false);
    }

    @Override
    @Transactional
    public CouncilSession plan(CouncilId council, NewSession draft, boolean demo) {
        return planning.plan(council, draft, demo);
    }

    @Override
    @Transactional
    public AgendaItem addItem(
            CouncilId council,
            SessionId sessionId,
            @Nullable String title,
            boolean motion,
            @Nullable Majority majority,
            @Nullable UUID documentId) {
        return planning.addItem(council, sessionId, title, motion, majority, documentId);
    }

    @Override
    @Transactional
    public List<AgendaItem> reorder(CouncilId council, SessionId sessionId, List<AgendaItemId> order) {
        return planning.reorder(council, sessionId, order);
    }

    @Override
    @Transactional
    public List<AgendaItem> move(CouncilId council, SessionId sessionId, AgendaItemId item, int direction) {
        return planning.move(council, sessionId, item, direction);
    }

    @Override
    @Transactional
    public CouncilSession convene(CouncilId council, SessionId id) {
        return lifecycle.convene(council, id);
    }

    @Override
    @Transactional
    public CouncilSession start(CouncilId council, SessionId id) {
        return lifecycle.start(council, id);
    }

    @Override
    @Transactional
    public CouncilSession close(CouncilId council, SessionId id) {
        return lifecycle.close(council, id);
    }
}
