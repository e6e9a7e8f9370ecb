package vn.hdndso.portal.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.shared.CouncilEvent;
import vn.hdndso.shared.PublicContentChanged;

/**
 * Rendered public responses kept in memory, least recently used out first. A change of public
 * content ({@link PublicContentChanged}, which modules publish only when the public sees the
 * change) forgets the responses it may have made stale ({@link AffectedPages}) after its
 * transaction commits; staff-only changes leave the cache alone. A response rendered while a
 * change committed is not kept (generation check), and every entry expires after {@link
 * PortalProperties#serverTtl()} anyway. Several instances on one database hear of each other's
 * changes through {@link PageCacheChannel} and forget the same pages; while this instance cannot
 * hear them (its listening connection is down) it keeps and answers nothing. The
 * memory it holds is bounded in bytes ({@link PortalProperties#maxBytes()}, bodies, headers and
 * keys counted), not only in entries.
 */
@Component
class PageCache {

    /**
     * One kept response: its body, content type, entity tag and the headers to send again (the
     * security headers, Cache-Control, Vary, Last-Modified, …; never Set-Cookie or Date).
     */
    public record Entry(byte[] body, String contentType, String etag, List<Header> headers, Instant expires) {

        /** About the memory the entry holds under its key. */
        long weight(String key) {
            long weight = 200L + body.length + 2L * (key.length() + contentType.length() + etag.length());
            for (Header h : headers) {
                weight += 64L + 2L * (h.name().length() + h.value().length());
            }
            return weight;
        }
    }

    /** A response header, in the order it was written. */
    public record Header(String name, String value) {}

    /** Longer than the engine takes to measure a council again after an event (within a second). */
    private static final Executor AFTER_REMEASURE = CompletableFuture.delayedExecutor(2, TimeUnit.SECONDS);

    private static final Pattern MAX_AGE = Pattern.compile("(?:^|[,\\s])max-age=(\\d{1,9})");

    private final PortalProperties settings;
    private final Clock clock;
    private final Councils councils;
    private final PageCacheChannel channel;
    private final AtomicLong generation = new AtomicLong();
    private final ReentrantLock lock = new ReentrantLock();
    private final LinkedHashMap<String, Entry> entries;
    private long bytes;

    PageCache(PortalProperties settings, Clock clock, Councils councils, PageCacheChannel channel) {
        this.settings = settings;
        this.clock = clock;
        this.councils = councils;
        this.channel = channel;
        channel.onNotice(this::forgetFromElsewhere, this::clear);
        this.entries = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, PageCache.Entry> eldest) {
                if (size() > settings.maxEntries()) {
                    bytes -= eldest.getValue().weight(eldest.getKey());
                    return true;
                }
                return false;
            }
        };
    }

    /** The current generation; pass it to {@link #put} so a response rendered across a change is dropped. */
    long generation() {
        return generation.get();
    }

    Optional<Entry> get(String key) {
        if (!channel.trusted()) {
            // a change on another instance may go unheard now: answer nothing kept from before
            if (size() > 0) {
                clear();
            }
            return Optional.empty();
        }
        lock.lock();
        try {
            Entry entry = entries.get(key);
            if (entry == null) {
                return Optional.empty();
            }
            if (!entry.expires().isAfter(clock.instant())) {
                remove(key);
                return Optional.empty();
            }
            return Optional.of(entry);
        } finally {
            lock.unlock();
        }
    }

    /** Keeps a response unless it is too large or a change happened since {@code renderedIn}. */
    void put(String key, long renderedIn, byte[] body, String contentType, String etag, List<Header> headers) {
        if (body.length > settings.maxEntryBytes() || !channel.trusted()) {
            return;
        }
        var entry = new Entry(
                body, contentType, etag, List.copyOf(headers), clock.instant().plus(keepFor(headers)));
        lock.lock();
        try {
            if (generation.get() == renderedIn) {
                remove(key);
                bytes += entry.weight(key);
                entries.put(key, entry);
                // least recently used out first until the kept responses fit
                var eldest = entries.entrySet().iterator();
                while (bytes > settings.maxBytes().toBytes() && eldest.hasNext()) {
                    var e = eldest.next();
                    bytes -= e.getValue().weight(e.getKey());
                    eldest.remove();
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * How long a response is kept: {@link PortalProperties#serverTtl()}, or less when the handler
     * allowed browsers less ({@code max-age} in its own {@code Cache-Control}: the live indicator
     * pages say 2 seconds).
     */
    Duration keepFor(List<Header> headers) {
        Duration ttl = settings.serverTtl();
        for (Header header : headers) {
            if (header.name().equalsIgnoreCase("Cache-Control")) {
                Matcher m = MAX_AGE.matcher(header.value());
                if (m.find()) {
                    Duration maxAge = Duration.ofSeconds(Long.parseLong(m.group(1)));
                    if (maxAge.compareTo(ttl) < 0) {
                        ttl = maxAge;
                    }
                }
            }
        }
        return ttl;
    }

    private void remove(String key) {
        Entry gone = entries.remove(key);
        if (gone != null) {
            bytes -= gone.weight(key);
        }
    }

    /** About the memory the kept responses hold. */
    long bytes() {
        lock.lock();
        try {
            return bytes;
        } finally {
            lock.unlock();
        }
    }

    int size() {
        lock.lock();
        try {
            return entries.size();
        } finally {
            lock.unlock();
        }
    }

    /** Forgets every kept response. */
    void clear() {
        forget(key -> true);
    }

    /** Forgets the kept responses whose keys match. */
    void forget(Predicate<String> affected) {
        lock.lock();
        try {
            generation.incrementAndGet();
            entries.entrySet().removeIf(e -> {
                if (affected.test(e.getKey())) {
                    bytes -= e.getValue().weight(e.getKey());
                    return true;
                }
                return false;
            });
        } finally {
            lock.unlock();
        }
    }

    /**
     * Forgets what a change of public content affects once the change commits. A plain listener
     * that registers its own after-commit step: a transactional event listener would be recorded
     * in the event publication registry, which is pointless for an idempotent eviction.
     */
    @EventListener
    void on(PublicContentChanged change) {
        String slug = councils.findById(change.council()).map(Council::slug).orElse("*");
        forgetAfterCommit(affected(slug, change.kind()));
        announce(slug, change.kind());
    }

    /**
     * Any event about a council's work may move its live indicators: forgets the council's home
     * (its indicator summary), its indicator pages and the city's ({@link
     * AffectedPages#indicatorPages}) once the event's transaction commits, and again two seconds
     * later, when the engine has measured the council again.
     */
    @EventListener
    void on(CouncilEvent event) {
        String slug = councils.findById(event.council()).map(Council::slug).orElse("*");
        Predicate<String> affected = affected(slug, PageCacheChannel.INDICATORS);
        forgetAfterCommit(affected);
        announce(slug, PageCacheChannel.INDICATORS);
        // the engine measures the council again shortly after the commit (docs/indicators.md): a
        // page rendered in between showed the old figures, so forget once more when they are new
        CompletableFuture.runAsync(() -> forget(affected), AFTER_REMEASURE);
    }

    /**
     * What another instance's committed change made stale here ({@link PageCacheChannel}): the
     * same pages as for a change on this instance, the indicator pages again two seconds later.
     */
    private void forgetFromElsewhere(String slug, String kind) {
        Predicate<String> affected = affected(slug, kind);
        forget(affected);
        if (kind.equals(PageCacheChannel.INDICATORS)) {
            CompletableFuture.runAsync(() -> forget(affected), AFTER_REMEASURE);
        }
    }

    private static Predicate<String> affected(String slug, String kind) {
        if (slug.equals("*")) {
            return key -> true;
        }
        return kind.equals(PageCacheChannel.INDICATORS)
                ? AffectedPages.indicatorPages(slug)
                : new AffectedPages(slug, kind);
    }

    /** Tells the other instances once the change commits; a read-only transaction changed nothing. */
    private void announce(String slug, String kind) {
        if (!TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            channel.announce(slug, kind);
        }
    }

    private void forgetAfterCommit(Predicate<String> affected) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    forget(affected);
                }

                /** Before anything that tells viewers of the change (the sessions' live stream). */
                @Override
                public int getOrder() {
                    return Ordered.HIGHEST_PRECEDENCE;
                }
            });
        } else {
            forget(affected);
        }
    }
}
