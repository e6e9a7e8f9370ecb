package vn.hdndso.shared.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * PostgreSQL {@code LISTEN/NOTIFY} for the whole instance: one dedicated connection (outside the
 * pool, so it never takes a request's connection) that listens on every channel somebody
 * subscribed to and hands each notification to that channel's subscribers. Other instances on the
 * same database learn of a change through it within milliseconds of its commit ({@code
 * pg_notify(channel, payload)} in the changing transaction is delivered at commit, never for a
 * rolled-back one).
 *
 * <p>Notifications are a wake-up call, not a record: a notification sent while this instance was
 * disconnected is lost. So the database stays the source of truth, and every subscriber gets
 * {@link Subscriber#listening()} once its channel is listened to, at the start and after every
 * reconnection, to catch up from the database. The connection is checked every second and opened
 * again after a failure, waiting 1 s, 2 s, 4 s, … up to 30 s between attempts.
 *
 * <p>Subscribers are called on the listening thread, one after another: they must return quickly
 * (wake their own worker, not do the work). Used by the search feed (channel {@code
 * search_change}); page-cache invalidation and live tallies are meant to use it the same way.
 */
@Component
public class PostgresChannels implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PostgresChannels.class);
    private static final Pattern CHANNEL = Pattern.compile("[a-z][a-z0-9_]{0,62}");
    private static final int WAIT_MS = 1000;
    private static final Duration FIRST_BACK_OFF = Duration.ofSeconds(1);
    private static final Duration MAX_BACK_OFF = Duration.ofSeconds(30);

    /** One channel's subscriber. */
    public interface Subscriber {

        /** A notification on the channel (its payload, often empty); return quickly. */
        void notified(String payload);

        /**
         * The channel is listened to (at the start or after a reconnection): notifications sent
         * meanwhile may be lost, so catch up from the database. Return quickly.
         */
        default void listening() {}
    }

    private final DatabaseTarget target;
    private final Map<String, List<Subscriber>> subscribers = new ConcurrentHashMap<>();
    /** Channels the current connection listens to. */
    private final java.util.Set<String> listened = ConcurrentHashMap.newKeySet();

    private volatile boolean running;
    private volatile @Nullable Thread thread;
    private volatile @Nullable Connection connection;

    PostgresChannels(DatabaseTarget target) {
        this.target = target;
    }

    /**
     * Calls {@code subscriber} for every notification on {@code channel} (lower-case letters,
     * digits and underscores) from now on; the channel is listened to within a second.
     */
    public void subscribe(String channel, Subscriber subscriber) {
        if (!CHANNEL.matcher(channel).matches()) {
            throw new IllegalArgumentException("not a channel name: " + channel);
        }
        subscribers.computeIfAbsent(channel, c -> new CopyOnWriteArrayList<>()).add(subscriber);
        if (listened.contains(channel)) {
            call(channel, subscriber::listening); // a later subscriber of a channel already listened to
        }
        Thread listening = thread;
        if (listening != null) {
            listening.interrupt(); // listen at once rather than after the current wait
        }
    }

    /** Whether the listening connection is open (for health checks and tests). */
    public boolean connected() {
        return connection != null;
    }

    @Override
    public void start() {
        running = true;
        thread = Thread.ofPlatform().daemon().name("postgres-channels").start(this::run);
    }

    @Override
    public void stop() {
        running = false;
        Thread listening = thread;
        if (listening != null) {
            listening.interrupt();
            try {
                listening.join(Duration.ofSeconds(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        thread = null;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Starts early and stops late: the listeners' users start after it and stop before it. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 1000;
    }

    private void run() {
        Duration backOff = FIRST_BACK_OFF;
        while (running) {
            try (Connection open = open()) {
                connection = open;
                listened.clear();
                backOff = FIRST_BACK_OFF;
                listenAndDispatch(open);
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    break;
                }
                log.warn("LISTEN connection lost ({}); connecting again in {} s", e.getMessage(), backOff.toSeconds());
            } finally {
                connection = null;
            }
            if (!running) {
                break;
            }
            try {
                Thread.sleep(backOff);
            } catch (InterruptedException e) {
                Thread.interrupted(); // a stop or a new subscription: the loop decides
            }
            backOff = backOff.multipliedBy(2).compareTo(MAX_BACK_OFF) > 0 ? MAX_BACK_OFF : backOff.multipliedBy(2);
        }
    }

    private Connection open() throws SQLException {
        var properties = new Properties();
        properties.setProperty("user", target.appUser());
        properties.setProperty("password", target.appPassword());
        properties.setProperty("ApplicationName", "hdnd-so-listen");
        properties.setProperty("tcpKeepAlive", "true");
        return DriverManager.getConnection(target.url(), properties);
    }

    private void listenAndDispatch(Connection open) throws SQLException {
        PGConnection postgres = open.unwrap(PGConnection.class);
        while (running) {
            listenToNewChannels(open);
            PGNotification[] received;
            try {
                received = postgres.getNotifications(WAIT_MS);
            } catch (SQLException e) {
                if (Thread.interrupted()) {
                    continue; // woken by a new subscription or a stop; the connection may be fine
                }
                throw e;
            }
            Thread.interrupted();
            if (received == null || received.length == 0) {
                // no traffic: make sure the connection is still there (a silent drop is noticed here)
                if (!open.isValid(5)) {
                    throw new SQLException("the LISTEN connection does not answer");
                }
                continue;
            }
            for (PGNotification notification : received) {
                for (Subscriber subscriber : subscribers.getOrDefault(notification.getName(), List.of())) {
                    String payload = notification.getParameter();
                    call(notification.getName(), () -> subscriber.notified(payload == null ? "" : payload));
                }
            }
        }
    }

    private void listenToNewChannels(Connection open) throws SQLException {
        for (String channel : subscribers.keySet()) {
            if (listened.contains(channel)) {
                continue;
            }
            try (Statement statement = open.createStatement()) {
                statement.execute("LISTEN " + channel); // the name was checked against CHANNEL
            }
            listened.add(channel);
            log.debug("listening on {}", channel);
            for (Subscriber subscriber : subscribers.getOrDefault(channel, List.of())) {
                call(channel, subscriber::listening);
            }
        }
    }

    private static void call(String channel, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            log.warn("a subscriber of channel {} failed", channel, e);
        }
    }
}
