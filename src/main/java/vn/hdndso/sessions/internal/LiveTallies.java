package vn.hdndso.sessions.internal;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import vn.hdndso.sessions.SessionId;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.database.PostgresChannels;

/**
 * Pushes a session's live state (open vote's tally, quorum) to everyone watching it over
 * server-sent events: projector, delegates' phones, the public page. One broadcaster for the
 * whole instance: a change only marks the session dirty; every {@link #TICK_MILLIS} the state of
 * each dirty session is read once, serialised once and written to every viewer (each write on
 * its own virtual thread, so a slow phone holds up nobody). 500 votes in a second thus cost a
 * handful of reads, not 500 × 1,000 writes.
 *
 * <p>Several instances on one database: every committed change moves the session's live position
 * ({@link SessionLivePositions}, shortly after the commit, many changes in one move) and notifies
 * channel {@code session_live}; each instance marks the session dirty when it hears it, and every
 * watched session when its listening connection is (re)established, so a vote cast on one instance
 * reaches the viewers on another within a tick of its move, read from the database. Watched
 * sessions are also re-read every {@code hdnd.sessions.live.refresh} (default 30 s) as a safety
 * net, and every 3 s while the listening connection is down. Events carry the position read
 * before the state as their id: a viewer that reconnects to any instance with {@code
 * Last-Event-ID} gets the current state when it changed since, and nothing again when it did not.
 *
 * <p>A state read after position {@code P} holds every change moved by {@code P}, and may hold
 * changes committed but not moved yet (newer than its id, never older). So a viewer holding {@code
 * P} may lack such a change that another viewer already got at {@code P}: each viewer therefore
 * keeps, per event, the position and the data it holds; an event goes to a viewer that holds an
 * older position and other data, never at a position it holds already. The change's move then
 * brings it to everyone at the next position. A viewer still holding other data at the current
 * position when the periodic re-read comes (a move lost with an instance that stopped between a
 * commit and its move) makes the session move.
 */
@Component
class LiveTallies {

    static final long TICK_MILLIS = 150;
    /** How often watched sessions are re-read while the notices from other instances cannot be heard. */
    static final long DISCONNECTED_REFRESH_MILLIS = 3_000;

    static final long VIEWER_TIMEOUT_MILLIS = 30 * 60 * 1000L;
    /**
     * How often every viewer gets a comment line even without a change: a viewer who left is
     * noticed by the failed write, and its stream (and its slot under the live-stream limits) is
     * freed within this time rather than at the timeout.
     */
    static final long HEARTBEAT_MILLIS = 10_000;

    private static final Logger log = LoggerFactory.getLogger(LiveTallies.class);

    /** Reads a session's state as JSON (in the public scope of its council). */
    public interface StateReader extends Function<Key, String> {}

    public record Key(CouncilId council, SessionId session) {}

    private final Map<Key, Set<Viewer>> viewers = new ConcurrentHashMap<>();
    private final Map<String, StateReader> otherEvents = new ConcurrentHashMap<>();
    private final Set<Key> dirty = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "sessions-live");
        t.setDaemon(true);
        return t;
    });
    private final ExecutorService writers = Executors.newVirtualThreadPerTaskExecutor();
    private final SessionLivePositions positions;
    private final PostgresChannels channels;
    private final long refreshMillis;
    private volatile StateReader reader = key -> "{}";
    private long lastRefresh;
    private long lastHeartbeat;

    LiveTallies(
            SessionLivePositions positions,
            PostgresChannels channels,
            @Value("${hdnd.sessions.live.refresh:PT30S}") Duration refresh) {
        this.positions = positions;
        this.channels = channels;
        this.refreshMillis = Math.max(TICK_MILLIS, refresh.toMillis());
        // a move made here marks the session at once (its notice comes back too, unless not listening)
        positions.whenMoved(moved -> markDirty(new Key(moved.council(), moved.session())));
        channels.subscribe(SessionLivePositions.CHANNEL, new PostgresChannels.Subscriber() {
            @Override
            public void notified(String payload) {
                heard(payload);
            }

            @Override
            public void listening() {
                dirty.addAll(viewers.keySet()); // notices sent meanwhile may be lost: read every watched session
            }
        });
        ticker.scheduleWithFixedDelay(this::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** A change committed (on any instance): {@code council session position}. */
    private void heard(String payload) {
        String[] parts = payload.split(" ");
        if (parts.length < 2) {
            return;
        }
        try {
            var key = new Key(new CouncilId(UUID.fromString(parts[0])), new SessionId(UUID.fromString(parts[1])));
            if (viewers.containsKey(key)) {
                dirty.add(key);
            }
        } catch (IllegalArgumentException e) {
            log.debug("not a live session notice: {}", payload);
        }
    }

    /** Set once by the module's facade: how to read a session's state. */
    public void readWith(StateReader stateReader) {
        this.reader = stateReader;
    }

    /**
     * Another named event on the same stream (the speakers' list): read and sent like the state,
     * whenever a session is marked changed, to the viewers that do not hold its content.
     */
    public void alsoSend(String eventName, StateReader eventReader) {
        otherEvents.put(eventName, eventReader);
    }

    /**
     * A new viewer; gets the current state at once, then every change. A viewer resuming with the
     * id of the last event it got ({@code Last-Event-ID}) gets the state only if the session
     * changed since: the current state stands for every event it missed.
     */
    public SseEmitter watch(CouncilId council, SessionId session, @Nullable String lastEventId) {
        var key = new Key(council, session);
        long position = positions.current(council, session);
        boolean missedNothing = lastEventId != null && lastEventId.strip().equals(Long.toString(position));
        String currentState = missedNothing ? "" : reader.apply(key);
        var emitter = new SseEmitter(VIEWER_TIMEOUT_MILLIS);
        var viewer = new Viewer(emitter);
        Set<Viewer> set = viewers.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet());
        Map<String, String> others = new LinkedHashMap<>();
        if (!missedNothing) {
            otherEvents.forEach((name, other) -> others.put(name, other.apply(key)));
        }
        viewer.holds("state", position, missedNothing ? null : currentState);
        otherEvents.keySet().forEach(name -> viewer.holds(name, position, others.get(name)));
        set.add(viewer);
        Runnable remove = () -> {
            log.debug("a viewer of session {} is gone", session);
            set.remove(viewer);
        };
        emitter.onCompletion(remove);
        emitter.onTimeout(remove);
        emitter.onError(e -> remove.run());
        try {
            if (missedNothing) {
                emitter.send(SseEmitter.event().comment("resumed").reconnectTime(2000));
                return emitter;
            }
            emitter.send(SseEmitter.event()
                    .id(Long.toString(position))
                    .name("state")
                    .reconnectTime(2000)
                    .data(currentState, MediaType.APPLICATION_JSON));
            for (var other : others.entrySet()) {
                emitter.send(SseEmitter.event()
                        .id(Long.toString(position))
                        .name(other.getKey())
                        .data(other.getValue(), MediaType.APPLICATION_JSON));
            }
        } catch (IOException | IllegalStateException e) {
            set.remove(viewer);
        }
        return emitter;
    }

    /**
     * The session changed (a vote, a check-in, a vote opened or closed, the speakers' list); viewers
     * hear of it shortly. Inside a transaction its position moves once it commits, after every
     * other after-commit step (the public page cache forgets its pages with the highest
     * precedence), and the session is marked when the move is made: a viewer told of the change
     * then never reads the state or a cached fragment from before it.
     */
    public void changed(CouncilId council, SessionId session) {
        positions.move(council, session);
    }

    private void markDirty(Key key) {
        log.debug("session {} changed", key.session());
        dirty.add(key);
    }

    /** How many are watching a session now. */
    public int viewers(CouncilId council, SessionId session) {
        Set<Viewer> set = viewers.get(new Key(council, session));
        return set == null ? 0 : set.size();
    }

    private void tick() {
        try {
            long now = System.currentTimeMillis();
            long refresh = channels.connected() ? refreshMillis : DISCONNECTED_REFRESH_MILLIS;
            boolean refreshing = now - lastRefresh > refresh;
            if (refreshing) {
                lastRefresh = now;
                viewers.forEach((key, set) -> {
                    if (set.isEmpty()) {
                        viewers.remove(key, set);
                    } else {
                        dirty.add(key);
                    }
                });
            }
            if (now - lastHeartbeat > HEARTBEAT_MILLIS) {
                lastHeartbeat = now;
                viewers.values().forEach(this::heartbeat);
            }
            for (Key key : Set.copyOf(dirty)) {
                dirty.remove(key);
                Set<Viewer> set = viewers.get(key);
                if (set == null || set.isEmpty()) {
                    continue;
                }
                // read first: what is read after it holds every change moved up to it
                long id = positions.current(key.council(), key.session());
                boolean behind = false;
                for (var other : otherEvents.entrySet()) {
                    behind |= broadcast(set, other.getKey(), other.getValue().apply(key), id);
                }
                behind |= broadcast(set, "state", reader.apply(key), id);
                if (behind && refreshing) {
                    // a change was read but no move announced it since the last re-read: move now
                    log.info("session {} changed without a move: moving its live position", key.session());
                    positions.move(key.council(), key.session());
                }
            }
        } catch (Throwable e) {
            // one failed read must not stop the broadcaster (a scheduled task that throws never runs again)
            log.warn("live session update failed", e);
        }
    }

    /**
     * Sends an event to every viewer that holds an older position and other data. One that came in
     * with a newer {@code Last-Event-ID}, or got the state when it arrived, gets nothing at the same
     * position again (a notice heard late from another instance then sends nothing twice); one that
     * holds the same data at an older position gets nothing either. Returns whether a viewer holds
     * the position with other data (a change read before its move: the move will bring it).
     */
    private boolean broadcast(Set<Viewer> set, String event, String state, long id) {
        boolean behind = false;
        int sent = 0;
        for (Viewer viewer : set) {
            Viewer.Offer offer = viewer.offer(event, id, state);
            behind |= offer == Viewer.Offer.BEHIND_AT_POSITION;
            if (offer == Viewer.Offer.SEND) {
                sent++;
                writers.execute(() -> {
                    try {
                        viewer.emitter.send(SseEmitter.event()
                                .id(Long.toString(id))
                                .name(event)
                                .data(state, MediaType.APPLICATION_JSON));
                    } catch (IOException | IllegalStateException e) {
                        log.debug("a viewer left: {}", e.toString());
                        set.remove(viewer);
                    }
                });
            }
        }
        if (sent > 0) {
            log.debug("session event {} at {} sent to {} of {} viewers", event, id, sent, set.size());
        }
        return behind;
    }

    private void heartbeat(Set<Viewer> set) {
        for (Viewer viewer : set) {
            writers.execute(() -> {
                try {
                    viewer.emitter.send(SseEmitter.event().comment("ping"));
                } catch (IOException | IllegalStateException e) {
                    log.debug("a viewer left: {}", e.toString());
                    set.remove(viewer);
                    // a normal completion: the request ends (and its live-stream slot comes free) without an error
                    // dispatch
                    viewer.emitter.complete();
                }
            });
        }
    }

    /** One open stream and, per event name, the newest position it holds with its data (if known). */
    private static final class Viewer {

        enum Offer {
            SEND,
            /** holds this data already, or a newer position */
            HOLDS_IT,
            /** holds this position with other data: a change read before its move */
            BEHIND_AT_POSITION
        }

        /** What a viewer holds of one event: {@code data} is null when it resumed without being sent any. */
        private record Held(long position, @Nullable String data) {}

        final SseEmitter emitter;
        private final Map<String, Held> held = new ConcurrentHashMap<>();

        Viewer(SseEmitter emitter) {
            this.emitter = emitter;
        }

        /** Records what the viewer holds when it arrives. */
        void holds(String event, long position, @Nullable String data) {
            held.put(event, new Held(position, data));
        }

        /**
         * Whether the viewer is to get {@code data} at {@code position}: only when it holds an older
         * position and other data. Recorded as held when so.
         */
        synchronized Offer offer(String event, long position, String data) {
            Held before = held.get(event);
            if (before == null || (before.position() < position && !data.equals(before.data()))) {
                held.put(event, new Held(position, data));
                return Offer.SEND;
            }
            if (before.position() == position && before.data() != null && !data.equals(before.data())) {
                return Offer.BEHIND_AT_POSITION;
            }
            return Offer.HOLDS_IT;
        }
    }

    @PreDestroy
    void stop() {
        ticker.shutdownNow();
        viewers.values().forEach(set -> set.forEach(viewer -> viewer.emitter.complete()));
        writers.shutdownNow();
    }
}
