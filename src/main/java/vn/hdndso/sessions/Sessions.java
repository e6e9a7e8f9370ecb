package vn.hdndso.sessions;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hdndso.councils.Delegate;
import vn.hdndso.identity.CurrentUser;
import vn.hdndso.sessions.internal.CouncilSessionRepository;
import vn.hdndso.sessions.internal.DelegateRoll;
import vn.hdndso.sessions.internal.LiveTallies;
import vn.hdndso.sessions.internal.NoticeChannel;
import vn.hdndso.sessions.internal.NoticeRepository;
import vn.hdndso.sessions.internal.VoteRepository;
import vn.hdndso.shared.BusinessRuleException;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.NotFoundException;
import vn.hdndso.shared.VnText;
import vn.hdndso.shared.audit.AuditEvent;

/**
 * Sessions and meetings of a council: planning, the agenda, convening (public from then on, a
 * notice to every delegate), attendance and quorum, closing. Runs in the caller's tenant scope: a
 * session outside it does not exist.
 */
@Service
public class Sessions {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Sessions.class);
    private static final int MAX_TITLE = 300;
    private static final int MAX_ITEM_TITLE = 500;
    private static final int MAX_URL = 500;

    private final CouncilSessionRepository repository;
    private final VoteRepository votes;
    private final NoticeRepository notices;
    private final NoticeChannel channel;
    private final DelegateRoll roll;
    private final LiveTallies live;
    private final ApplicationEventPublisher events;

    Sessions(
            CouncilSessionRepository repository,
            VoteRepository votes,
            NoticeRepository notices,
            NoticeChannel channel,
            DelegateRoll roll,
            LiveTallies live,
            ApplicationEventPublisher events) {
        this.repository = repository;
        this.votes = votes;
        this.notices = notices;
        this.channel = channel;
        this.roll = roll;
        this.live = live;
        this.events = events;
    }

    /** Attendance against all delegates of the term; quorum is more than half of them present. */
    public record Attendance(int present, int totalDelegates, boolean quorum, List<Attendee> delegates) {}

    /** One delegate of the roll and whether they are checked in. */
    public record Attendee(UUID delegateId, String fullName, boolean present, boolean hasAccount) {}

    /** Plans a session (staff only until convened). Every problem is reported, each on its field. */
    @Transactional
    public CouncilSession plan(CouncilId council, NewSession draft) {
        return plan(council, draft, false);
    }

    @Transactional
    public CouncilSession plan(CouncilId council, NewSession draft, boolean demo) {
        var problems = new InvalidInputException.Collector();
        String title = clean(draft.title());
        if (title.isEmpty()) {
            problems.add("title", "sessions.title.required");
        } else if (title.length() > MAX_TITLE) {
            problems.add("title", "sessions.field.tooLong", MAX_TITLE);
        }
        if (draft.startsAt() == null) {
            problems.add("startsAt", "sessions.startsAt.required");
        }
        if (draft.kind() == null) {
            problems.add("kind", "sessions.kind.required");
        }
        String place = optional(problems, "place", draft.place(), MAX_TITLE);
        String online = url(problems, "onlineUrl", draft.onlineUrl());
        String livestream = url(problems, "livestreamUrl", draft.livestreamUrl());
        problems.throwIfAny();
        var session = new CouncilSession(
                SessionId.random(),
                council,
                title,
                draft.kind(),
                draft.startsAt(),
                place,
                online,
                livestream,
                null,
                SessionState.PLANNED,
                demo,
                null,
                null);
        repository.insert(session, actor());
        events.publishEvent(audit(session, "planned").with("title", title).with("kind", session.kind()));
        events.publishEvent(new SessionUpdated(council, session.id(), "planned", false));
        return session;
    }

    @Transactional(readOnly = true)
    public List<CouncilSession> list(CouncilId council) {
        return repository.list(council);
    }

    @Transactional(readOnly = true)
    public CouncilSession require(CouncilId council, SessionId id) {
        return repository.find(council, id).orElseThrow(() -> new NotFoundException("sessions.notFound", id));
    }

    @Transactional(readOnly = true)
    public List<AgendaItem> agenda(CouncilId council, SessionId id) {
        require(council, id);
        return repository.items(council, id);
    }

    @Transactional(readOnly = true)
    public AgendaItem requireItem(CouncilId council, SessionId session, AgendaItemId item) {
        return repository
                .item(council, session, item)
                .orElseThrow(() -> new NotFoundException("sessions.item.notFound", item));
    }

    /** Adds an item at the end of the agenda; a motion needs its majority. */
    @Transactional
    public AgendaItem addItem(
            CouncilId council,
            SessionId sessionId,
            @Nullable String title,
            boolean motion,
            @Nullable Majority majority,
            @Nullable UUID documentId) {
        CouncilSession session = lock(council, sessionId);
        var problems = new InvalidInputException.Collector();
        String cleanTitle = clean(title);
        if (cleanTitle.isEmpty()) {
            problems.add("title", "sessions.item.title.required");
        } else if (cleanTitle.length() > MAX_ITEM_TITLE) {
            problems.add("title", "sessions.field.tooLong", MAX_ITEM_TITLE);
        }
        if (motion && majority == null) {
            problems.add("majority", "sessions.item.majority.required");
        }
        problems.throwIfAny();
        if (session.isClosed()) {
            throw new BusinessRuleException("sessions.closed");
        }
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
        events.publishEvent(audit(session, "itemAdded")
                .with("number", item.number())
                .with("title", item.title())
                .with("motion", motion));
        events.publishEvent(new SessionUpdated(council, sessionId, "itemAdded", session.isPublic()));
        live.changed(council, sessionId);
        return item;
    }

    /** Puts the agenda in a new order; {@code order} names every item once. */
    @Transactional
    public List<AgendaItem> reorder(CouncilId council, SessionId sessionId, List<AgendaItemId> order) {
        CouncilSession session = lock(council, sessionId);
        if (session.isClosed()) {
            throw new BusinessRuleException("sessions.closed");
        }
        List<AgendaItem> items = repository.items(council, sessionId);
        Set<AgendaItemId> current = items.stream().map(AgendaItem::id).collect(Collectors.toSet());
        if (order.size() != items.size() || !current.equals(new HashSet<>(order))) {
            throw InvalidInputException.of("order", "sessions.reorder.mismatch", items.size());
        }
        repository.renumber(sessionId, order);
        events.publishEvent(audit(session, "reordered"));
        events.publishEvent(new SessionUpdated(council, sessionId, "reordered", session.isPublic()));
        live.changed(council, sessionId);
        return repository.items(council, sessionId);
    }

    /** Moves one item up ({@code -1}) or down ({@code +1}). */
    @Transactional
    public List<AgendaItem> move(CouncilId council, SessionId sessionId, AgendaItemId item, int direction) {
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

    /**
     * Convenes a planned session: it becomes public, and every delegate of the term gets a
     * convening notice (in the app, and through the notification channel).
     */
    @Transactional
    public CouncilSession convene(CouncilId council, SessionId id) {
        CouncilSession session = lock(council, id);
        if (session.state() != SessionState.PLANNED) {
            throw new BusinessRuleException("sessions.state.notPlanned");
        }
        CouncilSession convened = withState(session, SessionState.CONVENED, Instant.now(), null);
        repository.update(convened);
        List<Delegate> delegates = roll.fresh(council);
        for (Delegate d : delegates) {
            notices.add(council, id, d.id().value(), d.fullName(), d.userId(), "IN_APP");
            if (notices.add(council, id, d.id().value(), d.fullName(), d.userId(), "OUTBOX")) {
                channel.convene(convened, d);
            }
        }
        events.publishEvent(new SessionConvened(
                council,
                id,
                convened.title(),
                convened.kind(),
                convened.startsAt(),
                convened.place() == null ? "" : convened.place(),
                delegates.size(),
                true));
        events.publishEvent(audit(convened, "convened").with("invited", delegates.size()));
        log.info(
                "Session '{}' convened: {} convening notices in the app and the outbox (no e-mail/SMS channel yet)",
                convened.title(),
                delegates.size());
        return convened;
    }

    /** Opens the sitting: votes can be taken from now on. */
    @Transactional
    public CouncilSession start(CouncilId council, SessionId id) {
        CouncilSession session = lock(council, id);
        if (session.state() == SessionState.PLANNED) {
            session = convene(council, id);
        }
        if (session.state() != SessionState.CONVENED) {
            throw new BusinessRuleException("sessions.state.notConvened");
        }
        CouncilSession started = withState(session, SessionState.IN_PROGRESS, session.convenedAt(), null);
        repository.update(started);
        events.publishEvent(audit(started, "started"));
        events.publishEvent(new SessionUpdated(council, id, "started", true));
        live.changed(council, id);
        return started;
    }

    /** Closes the session; no open vote may remain. */
    @Transactional
    public CouncilSession close(CouncilId council, SessionId id) {
        CouncilSession session = lock(council, id);
        if (session.isClosed()) {
            throw new BusinessRuleException("sessions.closed");
        }
        List<AgendaItem> items = repository.items(council, id);
        if (items.stream().anyMatch(i -> i.voteState() == VoteState.OPEN)) {
            throw new BusinessRuleException("sessions.close.voteOpen");
        }
        Instant now = Instant.now();
        CouncilSession closed = withState(session, SessionState.CLOSED, session.convenedAt(), now);
        repository.update(closed);
        int total = roll.fresh(council).size();
        int passed = (int) items.stream()
                .filter(i -> i.result() != null && i.result().passed())
                .count();
        events.publishEvent(new SessionClosed(
                council,
                id,
                closed.title(),
                closed.kind(),
                closed.startsAt(),
                now,
                items.size(),
                passed,
                votes.present(id).size(),
                total,
                true));
        events.publishEvent(audit(closed, "closed").with("motionsPassed", passed));
        live.changed(council, id);
        return closed;
    }

    /** Sets or clears the link to an external stream or archive of the recording. */
    @Transactional
    public CouncilSession linkRecording(CouncilId council, SessionId id, @Nullable String url) {
        var problems = new InvalidInputException.Collector();
        String clean = url(problems, "recordingUrl", url);
        problems.throwIfAny();
        CouncilSession session = lock(council, id);
        CouncilSession linked = new CouncilSession(
                session.id(),
                session.council(),
                session.title(),
                session.kind(),
                session.startsAt(),
                session.place(),
                session.onlineUrl(),
                session.livestreamUrl(),
                clean,
                session.state(),
                session.demo(),
                session.convenedAt(),
                session.closedAt());
        repository.update(linked);
        events.publishEvent(audit(linked, "recordingLinked").with("url", String.valueOf(clean)));
        if (clean != null) {
            events.publishEvent(new RecordingPublished(
                    council, id, session.title(), null, 0, clean, Instant.now(), session.isPublic()));
        }
        return linked;
    }

    /** Where an item starts in the recording, in seconds (null clears it). */
    @Transactional
    public void setRecordingOffset(CouncilId council, SessionId id, AgendaItemId item, @Nullable Integer seconds) {
        if (seconds != null && (seconds < 0 || seconds > 48 * 3600)) {
            throw InvalidInputException.of("offset", "sessions.recording.offsetInvalid");
        }
        CouncilSession session = require(council, id);
        requireItem(council, id, item);
        repository.setRecordingOffset(item, seconds);
        events.publishEvent(audit(session, "offsetSet").with("item", item).with("seconds", String.valueOf(seconds)));
    }

    /** A delegate checks themself in. */
    @Transactional
    public Attendance checkInSelf(CouncilId council, SessionId id, UUID userId) {
        Delegate delegate = roll.ofUser(council, userId)
                .orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("not a delegate"));
        return checkIn(council, id, delegate, false);
    }

    /** The clerk checks a delegate in (or out, with {@code present} false). */
    @Transactional
    public Attendance mark(CouncilId council, SessionId id, UUID delegateId, boolean present) {
        Delegate delegate = roll.fresh(council).stream()
                .filter(d -> d.id().value().equals(delegateId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("sessions.delegate.notFound", delegateId));
        if (present) {
            return checkIn(council, id, delegate, true);
        }
        CouncilSession session = openForAttendance(council, id);
        if (votes.checkOut(id, delegateId)) {
            events.publishEvent(audit(session, "checkedOut").with("delegate", delegate.fullName()));
            live.changed(council, id);
        }
        return attendance(council, id);
    }

    @Transactional(readOnly = true)
    public Attendance attendance(CouncilId council, SessionId id) {
        require(council, id);
        List<Delegate> delegates = roll.recent(council);
        Set<UUID> present = new HashSet<>(votes.present(id));
        List<Attendee> list = delegates.stream()
                .map(d -> new Attendee(
                        d.id().value(), d.fullName(), present.contains(d.id().value()), d.userId() != null))
                .toList();
        int count = (int) list.stream().filter(Attendee::present).count();
        return new Attendance(count, delegates.size(), 2 * count > delegates.size(), list);
    }

    /** The in-app convening notices of a user (a delegate): sessions they are invited to. */
    @Transactional(readOnly = true)
    public List<CouncilSession> invitationsOf(CouncilId council, UUID userId) {
        Map<SessionId, CouncilSession> all =
                repository.list(council).stream().collect(Collectors.toMap(CouncilSession::id, Function.identity()));
        return notices.sessionsOf(userId).stream()
                .map(s -> all.get(new SessionId(s)))
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    /** Per delegate of the term: sessions attended and votes cast (for KPIs). */
    public record DelegateStatistics(UUID delegateId, String fullName, int sessionsAttended, int votesCast) {}

    @Transactional(readOnly = true)
    public List<DelegateStatistics> statistics(CouncilId council) {
        Map<UUID, VoteRepository.DelegateActivity> activity = votes.activity(council).stream()
                .collect(Collectors.toMap(VoteRepository.DelegateActivity::delegateId, Function.identity()));
        return roll.fresh(council).stream()
                .map(d -> {
                    var a = activity.get(d.id().value());
                    return new DelegateStatistics(
                            d.id().value(),
                            d.fullName(),
                            a == null ? 0 : a.sessionsAttended(),
                            a == null ? 0 : a.votesCast());
                })
                .toList();
    }

    private Attendance checkIn(CouncilId council, SessionId id, Delegate delegate, boolean byClerk) {
        CouncilSession session = openForAttendance(council, id);
        if (votes.checkIn(council, id, delegate.id().value(), delegate.fullName(), actor(), byClerk)) {
            events.publishEvent(audit(session, "checkedIn")
                    .with("delegate", delegate.fullName())
                    .with("byClerk", byClerk));
            live.changed(council, id);
        }
        return attendance(council, id);
    }

    private CouncilSession openForAttendance(CouncilId council, SessionId id) {
        CouncilSession session = require(council, id);
        if (session.state() == SessionState.PLANNED || session.isClosed()) {
            throw new BusinessRuleException("sessions.attendance.notOpen");
        }
        return session;
    }

    private CouncilSession lock(CouncilId council, SessionId id) {
        return repository.lock(council, id).orElseThrow(() -> new NotFoundException("sessions.notFound", id));
    }

    private static CouncilSession withState(
            CouncilSession s, SessionState state, @Nullable Instant convenedAt, @Nullable Instant closedAt) {
        return new CouncilSession(
                s.id(),
                s.council(),
                s.title(),
                s.kind(),
                s.startsAt(),
                s.place(),
                s.onlineUrl(),
                s.livestreamUrl(),
                s.recordingUrl(),
                state,
                s.demo(),
                convenedAt,
                closedAt);
    }

    static AuditEvent audit(CouncilSession session, String verb) {
        return AuditEvent.of(session.council(), "sessions.session." + verb, "session", session.id())
                .with("state", session.state());
    }

    static String actor() {
        return CurrentUser.get()
                .map(u -> u.fullName() + " (" + u.username() + ")")
                .orElse("hệ thống");
    }

    private static @Nullable String optional(
            InvalidInputException.Collector problems, String field, @Nullable String value, int max) {
        String clean = clean(value);
        if (clean.length() > max) {
            problems.add(field, "sessions.field.tooLong", max);
        }
        return clean.isEmpty() ? null : clean;
    }

    private static @Nullable String url(
            InvalidInputException.Collector problems, String field, @Nullable String value) {
        String clean = value == null ? "" : value.strip();
        if (clean.isEmpty()) {
            return null;
        }
        try {
            URI uri = new URI(clean);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("https") || scheme.equals("http"))
                    || uri.getHost() == null
                    || clean.length() > MAX_URL) {
                problems.add(field, "sessions.url.invalid");
            }
        } catch (java.net.URISyntaxException e) {
            problems.add(field, "sessions.url.invalid");
        }
        return clean;
    }

    private static String clean(@Nullable String value) {
        return value == null ? "" : VnText.normalize(value);
    }
}
