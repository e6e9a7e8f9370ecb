package vn.hdndso.sessions.internal;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import vn.hdndso.sessions.SessionId;
import vn.hdndso.shared.CouncilId;

/**
 * Pushes a session's live state (open vote's tally, quorum) to everyone watching it over
 * server-sent events: projector, delegates' phones, the public page. One broadcaster for the
 * whole instance: a change only marks the session dirty; every {@link #TICK_MILLIS} the state of
 * each dirty session is read once, serialised once and written to every viewer (each write on
 * its own virtual thread, so a slow phone holds up nobody). 500 votes in a second thus cost a
 * handful of reads, not 500 × 1,000 writes. Sessions with viewers are also re-read every few
 * seconds, which carries votes taken on other instances behind a load balancer.
 */
@Component
class LiveTallies {

    static final long TICK_MILLIS = 150;
    static final long REFRESH_MILLIS = 3_000;
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

    private final Map<Key, Set<SseEmitter>> viewers = new ConcurrentHashMap<>();
    private final Map<Key, String> lastSent = new ConcurrentHashMap<>();
    private final Map<String, StateReader> otherEvents = new ConcurrentHashMap<>();
    private final Map<Key, Map<String, String>> lastSentOther = new ConcurrentHashMap<>();
    private final Set<Key> dirty = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "sessions-live");
        t.setDaemon(true);
        return t;
    });
    private final ExecutorService writers = Executors.newVirtualThreadPerTaskExecutor();
    private volatile StateReader reader = key -> "{}";
    private long lastRefresh;
    private long lastHeartbeat;

    LiveTallies() {
        ticker.scheduleWithFixedDelay(this::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Set once by the module's facade: how to read a session's state. */
    public void readWith(StateReader stateReader) {
        this.reader = stateReader;
    }

    /**
     * Another named event on the same stream (the speakers' list): read and sent like the state,
     * whenever a session is marked changed and its content differs from what was sent last.
     */
    public void alsoSend(String eventName, StateReader eventReader) {
        otherEvents.put(eventName, eventReader);
    }

    /** A new viewer; gets the current state at once, then every change. */
    public SseEmitter watch(CouncilId council, SessionId session, String currentState) {
        var key = new Key(council, session);
        var emitter = new SseEmitter(VIEWER_TIMEOUT_MILLIS);
        Set<SseEmitter> set = viewers.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet());
        set.add(emitter);
        Runnable remove = () -> {
            log.debug("a viewer of session {} is gone", session);
            set.remove(emitter);
        };
        emitter.onCompletion(remove);
        emitter.onTimeout(remove);
        emitter.onError(e -> remove.run());
        try {
            emitter.send(SseEmitter.event()
                    .name("state")
                    .reconnectTime(2000)
                    .data(currentState, MediaType.APPLICATION_JSON));
            for (var other : otherEvents.entrySet()) {
                emitter.send(SseEmitter.event()
                        .name(other.getKey())
                        .data(other.getValue().apply(key), MediaType.APPLICATION_JSON));
            }
        } catch (IOException | IllegalStateException e) {
            set.remove(emitter);
        }
        return emitter;
    }

    /**
     * The session changed (a vote, a check-in, a vote opened or closed, the speakers' list); viewers
     * hear of it shortly. Inside a transaction the session is marked only once it commits, after
     * every other after-commit step of lower order (the public page cache forgets its pages with the
     * highest precedence): a viewer told of the change then never reads the state or a cached
     * fragment from before it.
     */
    public void changed(CouncilId council, SessionId session) {
        Key key = new Key(council, session);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    markDirty(key);
                }

                @Override
                public int getOrder() {
                    return Ordered.LOWEST_PRECEDENCE;
                }
            });
        } else {
            markDirty(key);
        }
    }

    private void markDirty(Key key) {
        log.debug("session {} changed", key.session());
        dirty.add(key);
    }

    /** How many are watching a session now. */
    public int viewers(CouncilId council, SessionId session) {
        Set<SseEmitter> set = viewers.get(new Key(council, session));
        return set == null ? 0 : set.size();
    }

    private void tick() {
        try {
            long now = System.currentTimeMillis();
            if (now - lastRefresh > REFRESH_MILLIS) {
                lastRefresh = now;
                viewers.forEach((key, set) -> {
                    if (set.isEmpty()) {
                        viewers.remove(key, set);
                        lastSent.remove(key);
                        lastSentOther.remove(key);
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
                Set<SseEmitter> set = viewers.get(key);
                if (set == null || set.isEmpty()) {
                    continue;
                }
                sendOthers(key, set);
                String state = reader.apply(key);
                if (state.equals(lastSent.put(key, state))) {
                    continue;
                }
                log.debug("session {}: sending {} to {} viewers", key.session(), state, set.size());
                broadcast(set, "state", state);
            }
        } catch (Throwable e) {
            // one failed read must not stop the broadcaster (a scheduled task that throws never runs again)
            log.warn("live session update failed", e);
        }
    }

    private void sendOthers(Key key, Set<SseEmitter> set) {
        Map<String, String> sent = lastSentOther.computeIfAbsent(key, k -> new ConcurrentHashMap<>());
        for (var other : otherEvents.entrySet()) {
            String data = other.getValue().apply(key);
            if (!data.equals(sent.put(other.getKey(), data))) {
                broadcast(set, other.getKey(), data);
            }
        }
    }

    private void broadcast(Set<SseEmitter> set, String event, String state) {
        for (SseEmitter emitter : set) {
            writers.execute(() -> {
                try {
                    emitter.send(SseEmitter.event().name(event).data(state, MediaType.APPLICATION_JSON));
                } catch (IOException | IllegalStateException e) {
                    log.debug("a viewer left: {}", e.toString());
                    set.remove(emitter);
                }
            });
        }
    }

    private void heartbeat(Set<SseEmitter> set) {
        for (SseEmitter emitter : set) {
            writers.execute(() -> {
                try {
                    emitter.send(SseEmitter.event().comment("ping"));
                } catch (IOException | IllegalStateException e) {
                    log.debug("a viewer left: {}", e.toString());
                    set.remove(emitter);
                    // a normal completion: the request ends (and its live-stream slot comes free) without an error
                    // dispatch
                    emitter.complete();
                }
            });
        }
    }

    @PreDestroy
    void stop() {
        ticker.shutdownNow();
        viewers.values().forEach(set -> set.forEach(SseEmitter::complete));
        writers.shutdownNow();
    }
}
