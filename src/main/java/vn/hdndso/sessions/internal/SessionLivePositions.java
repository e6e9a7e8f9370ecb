package vn.hdndso.sessions.internal;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
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
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;

/**
 * A session's live position (table {@code session_live}, V122): a counter every change of what its
 * live stream shows moves by one, in the changing transaction just before it commits, together
 * with a notice on channel {@link #CHANNEL} ({@code council session position}) that PostgreSQL
 * delivers to every instance when the change commits. The row lock orders one session's changes
 * by commit, so a state read after reading position {@code P} holds every change up to {@code P}:
 * the position is the id of the live stream's events, the same on every instance.
 */
@Component
class SessionLivePositions {

    static final String CHANNEL = "session_live";
    private static final Logger log = LoggerFactory.getLogger(SessionLivePositions.class);
    /** The sessions the current transaction moves (bound to it as a resource): one move each. */
    private static final Object MOVED = new Object();

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final TransactionTemplate readOnly;

    SessionLivePositions(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        var manager = Objects.requireNonNull(transactions.getTransactionManager());
        this.ownTransaction = new TransactionTemplate(manager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.readOnly = new TransactionTemplate(manager);
        this.readOnly.setReadOnly(true);
    }

    /**
     * Moves the session's position once the current transaction is about to commit (at once, in a
     * transaction of its own, outside one). A transaction scoped to another council (or to none)
     * cannot write the row: the move then follows the commit in the council's own scope.
     */
    void move(CouncilId council, SessionId session) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            moveInOwnTransaction(council, session);
            return;
        }
        @SuppressWarnings("unchecked")
        Set<SessionId> moved = (Set<SessionId>) TransactionSynchronizationManager.getResource(MOVED);
        if (moved == null) {
            Set<SessionId> fresh = new HashSet<>();
            TransactionSynchronizationManager.bindResource(MOVED, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(MOVED);
                }
            });
            moved = fresh;
        }
        if (!moved.add(session)) {
            return;
        }
        boolean inScope = Tenancy.current() instanceof TenantScope.AllCouncils
                || Tenancy.current().councilInScope().filter(council::equals).isPresent();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnlyTransaction) {
                if (inScope && !readOnlyTransaction) {
                    moveHere(council, session);
                }
            }

            @Override
            public void afterCommit() {
                if (!inScope || TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
                    // not on this thread: its transaction's resources are still bound
                    CompletableFuture.runAsync(() -> moveInOwnTransaction(council, session));
                }
            }
        });
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

    private void moveInOwnTransaction(CouncilId council, SessionId session) {
        try {
            Tenancy.run(
                    new TenantScope.StaffCouncil(council),
                    () -> ownTransaction.executeWithoutResult(status -> moveHere(council, session)));
        } catch (RuntimeException e) {
            log.warn("the live position of session {} could not move: {}", session.value(), e.toString());
        }
    }

    private void moveHere(CouncilId council, SessionId session) {
        long position = jdbc.sql("""
                        insert into session_live (council_id, session_id, position) values (:c, :s, 1)
                        on conflict (session_id) do update set position = session_live.position + 1
                        returning position
                        """)
                .param("c", council.value())
                .param("s", session.value())
                .query(Long.class)
                .single();
        jdbc.sql("select pg_notify(:channel, :payload)")
                .param("channel", CHANNEL)
                .param("payload", council.value() + " " + session.value() + " " + position)
                .query()
                .listOfRows();
    }
}
