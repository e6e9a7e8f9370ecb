package vn.hdndso.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.hdndso.shared.database.PostgresChannels;

/**
 * API keys verified a moment ago, so that a request with a key just used (a delegate voting on one
 * motion after another) needs no database connection to be signed in. Kept in memory, keyed by the
 * SHA-256 of the whole presented token (no secret is held in the clear), at most {@code maxAge}.
 *
 * <p>A kept key is used only while its revocation would reach this instance: every change that
 * could refuse a key (revoked, expiry or scopes changed, account disabled, roles or council
 * changed, key or account deleted) notifies the channel {@value #CHANNEL} from a database trigger
 * at commit, on every instance; the notification forgets the key (or all keys of the account). A
 * revocation on this instance forgets the key right after its commit, before the notification
 * arrives. While the listening connection is down nothing kept is used, and on every (re)start of
 * listening everything kept is forgotten (notifications may have been missed). A verification that
 * overlaps any notification is not kept, so a reading from before a revocation can never be kept
 * after it. The first use of a day and the key's expiry are always checked: an entry is used only
 * on the day it was verified and before the key expires.
 */
class VerifiedKeys {

    static final String CHANNEL = "api_key_change";

    private static final Logger log = LoggerFactory.getLogger(VerifiedKeys.class);

    /** A key as verified against the database. */
    record Entry(
            ApiKeyVerifier.VerifiedKey key,
            String prefix,
            UUID userId,
            @Nullable Instant expiresAt,
            Instant verifiedAt,
            LocalDate day) {}

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    /** Bumped by every forgetting: a verification that saw it change keeps nothing. */
    private final AtomicLong changes = new AtomicLong();

    private final Duration maxAge;
    private final Clock clock;
    private final BooleanSupplier connected;
    /** Set once the channel is listened to (and everything kept before was forgotten). */
    private volatile boolean listening;

    /**
     * @param maxAge how long a verified key is kept at most; zero keeps nothing
     * @param connected whether the listening connection is up now
     */
    VerifiedKeys(Duration maxAge, Clock clock, BooleanSupplier connected) {
        this.maxAge = maxAge.isNegative() ? Duration.ZERO : maxAge;
        this.clock = clock;
        this.connected = connected;
    }

    /** Follows {@value #CHANNEL} on the instance's listening connection ({@link VerifiedKeysConfiguration}). */
    VerifiedKeys listenTo(PostgresChannels channels) {
        channels.subscribe(CHANNEL, new PostgresChannels.Subscriber() {
            @Override
            public void notified(String payload) {
                changed(payload);
            }

            @Override
            public void listening() {
                startedListening();
            }
        });
        return this;
    }

    /** The channel is listened to (again): notifications may have been missed, so nothing kept is trusted. */
    void startedListening() {
        forgetAll();
        listening = true;
    }

    /** Taken before reading the database, handed back to {@link #remember}. */
    long stamp() {
        return changes.get();
    }

    /** The key kept under this token hash, if it may still be trusted today. */
    Optional<ApiKeyVerifier.VerifiedKey> find(String tokenHash, LocalDate today) {
        Entry entry = entries.get(tokenHash);
        if (entry == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (!trusted()
                || !entry.day().equals(today)
                || entry.verifiedAt().plus(maxAge).isBefore(now)
                || (entry.expiresAt() != null && !now.isBefore(entry.expiresAt()))) {
            entries.remove(tokenHash, entry);
            return Optional.empty();
        }
        return Optional.of(entry.key());
    }

    /** Keeps a key just verified, unless something was forgotten since {@code stamp} was taken. */
    void remember(String tokenHash, Entry entry, long stamp) {
        if (maxAge.isZero() || !trusted() || changes.get() != stamp) {
            return;
        }
        entries.put(tokenHash, entry);
        if (changes.get() != stamp) {
            // a change arrived while it was put: it may have missed it, so it goes
            entries.remove(tokenHash, entry);
        }
    }

    /** A notification's payload: {@code key:<prefix>}, {@code user:<uuid>}, anything else forgets all. */
    void changed(String payload) {
        if (payload.startsWith("key:")) {
            String prefix = payload.substring(4);
            forget(e -> e.prefix().equals(prefix));
        } else if (payload.startsWith("user:")) {
            try {
                UUID user = UUID.fromString(payload.substring(5));
                forget(e -> e.userId().equals(user));
            } catch (IllegalArgumentException e) {
                forgetAll();
            }
        } else {
            forgetAll();
        }
    }

    /**
     * The key with this prefix is to be read from the database again once the current transaction
     * commits (at once without one): the change is then visible to the reading that follows.
     */
    void forgetKeyAfterCommit(String prefix) {
        afterCommit(() -> forget(e -> e.prefix().equals(prefix)));
    }

    /** As {@link #forgetKeyAfterCommit}, for every key of the account. */
    void forgetUserAfterCommit(UUID user) {
        afterCommit(() -> forget(e -> e.userId().equals(user)));
    }

    private static void afterCommit(Runnable forgetting) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            forgetting.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                forgetting.run();
            }
        });
    }

    void forgetAll() {
        changes.incrementAndGet();
        entries.clear();
    }

    private boolean trusted() {
        if (!connected.getAsBoolean()) {
            // changes do not reach this instance now; after reconnecting, wait for the LISTEN again
            listening = false;
            return false;
        }
        return listening;
    }

    int size() {
        return entries.size();
    }

    private void forget(Predicate<Entry> which) {
        changes.incrementAndGet();
        int before = entries.size();
        entries.values().removeIf(which);
        log.debug("forgot {} verified API keys", before - entries.size());
    }
}
