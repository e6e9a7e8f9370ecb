package vn.hdndso.sessions.internal;

import java.time.Clock;
import java.time.Instant;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.hdndso.sessions.SessionUpdated;

/**
 * The recording of a session is taken to start when its sitting opens (unless a start was set
 * before): the speakers' turns are placed in the recording from there.
 */
@Component
class RecordingStartOnOpening {

    private final SessionChangeRepository sessions;
    private final Clock clock;

    RecordingStartOnOpening(SessionChangeRepository sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    /** Runs inside the transaction that opened the sitting. */
    @EventListener
    void on(SessionUpdated updated) {
        if ("started".equals(updated.change())) {
            sessions.setRecordingStart(updated.session(), Instant.now(clock), true);
        }
    }
}
