package vn.hdndso.portal.internal;

import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hdndso.shared.database.CoalescedWork;
import vn.hdndso.shared.database.PostgresChannels;

/**
 * Tells the other instances on the database which kept public pages a change made stale, and hears
 * what they tell (channel {@code page_cache}). The notice is sent with {@code pg_notify} after
 * the changing transaction commits (never for a rolled-back change), in a short transaction of its
 * own that carries every notice queued meanwhile, each distinct one once: a transaction that sent
 * a notice holds PostgreSQL's notify lock through its commit, so notices sent inside the changing
 * transactions made every public change of the installation (500 ballots at once) commit one
 * after another. Its payload is small: the sending instance, the council's address segment
 * ({@code *}: every council) and the kind of change ({@link #INDICATORS} for the live indicator
 * pages). An instance that stops between a commit and its notice leaves the others' pages of that
 * change until they expire ({@link PortalProperties#serverTtl()}).
 *
 * <p>A notice sent while this instance's listening connection was down is lost, so the cache is
 * only trusted while the connection is up and listened to ({@link #trusted()}): on a lost
 * connection {@link PageCache} answers nothing from memory and keeps nothing, and once the channel
 * is listened to again it forgets everything it kept.
 */
@Component
class PageCacheChannel implements PostgresChannels.Subscriber {

    /** The kind a notice carries for "the council's live indicator pages". */
    static final String INDICATORS = "*indicators";

    static final String CHANNEL = "page_cache";
    private static final Logger log = LoggerFactory.getLogger(PageCacheChannel.class);

    /** What a notice from another instance asks to forget: the council's slug (or "*") and the kind. */
    interface Forget extends BiConsumer<String, String> {}

    /** How long a failed sending waits before it is tried again. */
    static final long RETRY_MILLIS = CoalescedWork.RETRY_MILLIS;

    private final PostgresChannels channels;
    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final CoalescedWork<String> sender = new CoalescedWork<>("page-cache-notices", this::sendAll);
    private final String instance = UUID.randomUUID().toString().substring(0, 8);
    private volatile boolean listened;
    private final List<Forget> forgets = new CopyOnWriteArrayList<>();
    private final List<Runnable> forgetAlls = new CopyOnWriteArrayList<>();

    PageCacheChannel(PostgresChannels channels, JdbcClient jdbc, TransactionTemplate transactions) {
        this.channels = channels;
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(Objects.requireNonNull(transactions.getTransactionManager()));
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        channels.subscribe(CHANNEL, this);
    }

    /** Called by a cache: what to do on a notice from another instance, and on (re)connection. */
    void onNotice(Forget forget, Runnable forgetAll) {
        forgets.add(forget);
        forgetAlls.add(forgetAll);
    }

    /**
     * Whether this instance hears the others now: its listening connection is open and the
     * channel was listened to on it. Otherwise a change elsewhere may go unheard.
     */
    boolean trusted() {
        return listened && channels.connected();
    }

    /**
     * Tells the other instances, once the current transaction has committed (soon, outside one),
     * that the council's pages of that kind may be stale.
     */
    void announce(String slug, String kind) {
        String payload = instance + " " + slug + " " + kind;
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            later(payload);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                later(payload);
            }
        });
    }

    private void later(String payload) {
        sender.add(payload);
    }

    /** Sends every notice queued since the last run in one transaction; all of them again if it fails. */
    private List<String> sendAll(List<String> batch) {
        try {
            ownTransaction.executeWithoutResult(
                    status -> batch.forEach(payload -> jdbc.sql("select pg_notify(:channel, :payload)")
                            .param("channel", CHANNEL)
                            .param("payload", payload)
                            .query()
                            .listOfRows()));
            return List.of();
        } catch (RuntimeException e) {
            log.warn("page cache notices not sent (again in {} ms): {}", RETRY_MILLIS, e.toString());
            return batch;
        }
    }

    /** Sends the notices still queued before the instance stops. */
    @PreDestroy
    void stop() {
        sender.stop();
    }

    @Override
    public void notified(String payload) {
        String[] parts = payload.split(" ", 3);
        if (parts.length != 3) {
            forgetAlls.forEach(Runnable::run);
            return;
        }
        if (parts[0].equals(instance)) {
            return; // this instance forgot them already, after its own commit
        }
        forgets.forEach(forget -> forget.accept(parts[1], parts[2]));
    }

    /** Notices sent while not listening are lost: forget everything kept before. */
    @Override
    public void listening() {
        listened = true;
        forgetAlls.forEach(Runnable::run);
    }
}
