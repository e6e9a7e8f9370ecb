package vn.hdndso.portal.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.hdndso.shared.audit.AuditEvent;

/**
 * Rendered public responses kept in memory, least recently used out first. Any audited change
 * (except sign-ins and account work, which no public page shows) empties it after its
 * transaction commits; a response rendered while a change committed is not kept (generation
 * check), and every entry expires after {@link PortalProperties#serverTtl()} anyway, which bounds
 * staleness when several instances run.
 */
@Component
public class PageCache {

    /**
     * One kept response: its body, content type, entity tag and the headers to send again (the
     * security headers, Cache-Control, Vary, Last-Modified, …; never Set-Cookie or Date).
     */
    public record Entry(byte[] body, String contentType, String etag, List<Header> headers, Instant expires) {}

    /** A response header, in the order it was written. */
    public record Header(String name, String value) {}

    private final PortalProperties settings;
    private final Clock clock;
    private final AtomicLong generation = new AtomicLong();
    private final ReentrantLock lock = new ReentrantLock();
    private final LinkedHashMap<String, Entry> entries;

    @org.springframework.beans.factory.annotation.Autowired
    PageCache(PortalProperties settings) {
        this(settings, Clock.systemUTC());
    }

    PageCache(PortalProperties settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.entries = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, PageCache.Entry> eldest) {
                return size() > settings.maxEntries();
            }
        };
    }

    /** The current generation; pass it to {@link #put} so a response rendered across a change is dropped. */
    public long generation() {
        return generation.get();
    }

    public Optional<Entry> get(String key) {
        lock.lock();
        try {
            Entry entry = entries.get(key);
            if (entry == null) {
                return Optional.empty();
            }
            if (!entry.expires().isAfter(clock.instant())) {
                entries.remove(key);
                return Optional.empty();
            }
            return Optional.of(entry);
        } finally {
            lock.unlock();
        }
    }

    /** Keeps a response unless it is too large or a change happened since {@code renderedIn}. */
    public void put(String key, long renderedIn, byte[] body, String contentType, String etag, List<Header> headers) {
        if (body.length > settings.maxEntryBytes()) {
            return;
        }
        var entry = new Entry(
                body, contentType, etag, List.copyOf(headers), clock.instant().plus(settings.serverTtl()));
        lock.lock();
        try {
            if (generation.get() == renderedIn) {
                entries.put(key, entry);
            }
        } finally {
            lock.unlock();
        }
    }

    public int size() {
        lock.lock();
        try {
            return entries.size();
        } finally {
            lock.unlock();
        }
    }

    /** Forgets every kept response. */
    public void clear() {
        lock.lock();
        try {
            generation.incrementAndGet();
            entries.clear();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Forgets every kept response once a change commits. A plain listener that registers its own
     * after-commit step: a transactional event listener would be recorded in the event publication
     * registry, which is pointless for an idempotent clear and fails inside read-only transactions.
     */
    @EventListener
    void on(AuditEvent event) {
        if (event.isRead() || event.action().startsWith("identity.")) {
            return;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    clear();
                }
            });
        } else {
            clear();
        }
    }
}
