package vn.hdndso.sessions.internal;

import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hdndso.sessions.SessionId;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.database.CoalescedWork;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;

/**
 * A session's live position (table {@code session_live}, V122): a counter that moves after every
 * committed change of what its live stream shows, with a notice on channel {@link #CHANNEL}
 * ({@code council session position}) that PostgreSQL delivers to every instance.
 *
 * <p>The move follows the change's commit, in a short transaction of its own, <b>coalesced</b>:
 * all changes of a session committed while the previous move ran are covered by one move (one
 * row update, one notice, one commit). The changing transaction itself neither locks the row nor
 * sends a notice, so 500 ballots of one session commit side by side instead of one after another
 * (a row lock held to the commit, and PostgreSQL's notify lock, which every transaction that sent
 * a notice holds through its commit, serialised them).
 *
 * <p>Why the position is still a sound event id: a move starts only after the changes it covers
 * have committed, so a state read after reading position {@code P} holds every change whose move
 * is at most {@code P}. It may hold more (a change committed but not moved yet): newer than its
 * id, never older. Such a change is announced by its move shortly after; the live stream then
 * sends the state again with the new id ({@link LiveTallies}).
 *
 * <p>Moves not made yet are kept in memory, retried after a failure and made before the instance
 * stops; an instance that dies in the milliseconds between a commit and its move leaves the change
 * unannounced, which the live stream's periodic re-read finds and moves ({@link LiveTallies}).
 */
@Component
class SessionLivePositions {

    static final String CHANNEL = "session_live";
    /** How long a failed move waits before it is tried again. */
    static final long RETRY_MILLIS = CoalescedWork.RETRY_MILLIS;
    /** How long a move waits for the session's row (held by a move on another instance, normally milliseconds). */
    private static final String LOCK_TIMEOUT = "5s";

    private static final Logger log = LoggerFactory.getLogger(SessionLivePositions.class);
    /** The sessions the current transaction changed (bound to it as a resource): one move each. */
    private static final Object CHANGED = new Object();

    /** A session whose position is to move. */
    record Moved(CouncilId council, SessionId session) {}

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final TransactionTemplate readOnly;
    private final AtomicLong moves = new AtomicLong();
    private final CoalescedWork<Moved> mover = new CoalescedWork<>("sessions-live-positions", this::moveAll);
    private volatile Consumer<Moved> onMoved = moved -> {};

    SessionLivePositions(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        var manager = Objects.requireNonNull(transactions.getTransactionManager());
        this.ownTransaction = new TransactionTemplate(manager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.readOnly = new TransactionTemplate(manager);
        this.readOnly.setReadOnly(true);
    }

    /** Set once by the live stream: what to do on this instance when a session's position moved here. */
    void whenMoved(Consumer<Moved> action) {
        this.onMoved = action;
    }

    /**
     * The session changed: its position moves once the current transaction commits (nothing if it
     * rolls back), or soon when called outside a transaction.
     */
    void move(CouncilId council, SessionId session) {
        var moved = new Moved(council, session);
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            later(moved);
            return;
        }
        @SuppressWarnings("unchecked")
        Set<Moved> changed = (Set<Moved>) TransactionSynchronizationManager.getResource(CHANGED);
        if (changed == null) {
            Set<Moved> fresh = new HashSet<>();
            TransactionSynchronizationManager.bindResource(CHANGED, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    fresh.forEach(SessionLivePositions.this::later);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(CHANGED);
                }
            });
            changed = fresh;
        }
        changed.add(moved);
    }

    /** The session's position now (0 before its first change), read in its council's staff scope. */
    long current(CouncilId council, SessionId session) {
        Long position = Tenancy.call(
                new TenantScope.StaffCouncil(council),
                () -> readOnly.execute(status -> jdbc.sql("select position from session_live where session_id = :s")
                        .param("s", session.value())
                        .query(Long.class)
                        .optional()
                        .orElse(0L)));
        return position == null ? 0L : position;
    }

    /** How many moves this instance has made (each a transaction of its own), for tests and measurements. */
    long moves() {
        return moves.get();
    }

    private void later(Moved moved) {
        mover.add(moved);
    }

    /**
     * Moves every session changed since the last run, one short transaction each (changes committed
     * while this runs wait for the next run: that is the coalescing); returns those that failed.
     */
    private List<Moved> moveAll(List<Moved> batch) {
        List<Moved> failed = new ArrayList<>();
        for (Moved moved : batch) {
            try {
                Tenancy.run(
                        new TenantScope.StaffCouncil(moved.council()),
                        () -> ownTransaction.executeWithoutResult(status -> moveHere(moved)));
                moves.incrementAndGet();
                onMoved.accept(moved);
            } catch (RuntimeException e) {
                log.warn(
                        "the live position of session {} could not move (again in {} ms): {}",
                        moved.session().value(),
                        RETRY_MILLIS,
                        e.toString());
                failed.add(moved);
            }
        }
        return failed;
    }

    private void moveHere(Moved moved) {
        // a row held elsewhere must not hold up the moves of every other session for long
        jdbc.sql("select set_config('lock_timeout', :timeout, true)")
                .param("timeout", LOCK_TIMEOUT)
                .query()
                .listOfRows();
        long position = jdbc.sql("""
                        insert into session_live (council_id, session_id, position) values (:c, :s, 1)
                        on conflict (session_id) do update set position = session_live.position + 1
                        returning position
                        """)
                .param("c", moved.council().value())
                .param("s", moved.session().value())
                .query(Long.class)
                .single();
        jdbc.sql("select pg_notify(:channel, :payload)")
                .param("channel", CHANNEL)
                .param(
                        "payload",
                        moved.council().value() + " " + moved.session().value() + " " + position)
                .query()
                .listOfRows();
    }

    /** Makes the moves still to make before the instance stops (a rolling restart during a vote). */
    @PreDestroy
    void stop() {
        mover.stop();
    }
}
