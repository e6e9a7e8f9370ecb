package vn.hdndso.sessions.web;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * Counts the live streams open in the instance, per client address and per viewer (a signed-in
 * person or a browser session), and refuses one more beyond any of the three limits. A stream
 * that is admitted is counted until {@link #leave} is called for it.
 */
final class LiveStreamGate {

    /** Which limit refused a stream. */
    enum Refusal {
        TOTAL,
        ADDRESS,
        VIEWER
    }

    private final int total;
    private final int perAddress;
    private final int perViewer;
    private int open;
    private final Map<String, AtomicInteger> byAddress = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> byViewer = new ConcurrentHashMap<>();

    LiveStreamGate(int total, int perAddress, int perViewer) {
        this.total = total;
        this.perAddress = perAddress;
        this.perViewer = perViewer;
    }

    /** Admits a stream (empty) or says which limit it would exceed; {@code viewer} may be unknown. */
    synchronized Optional<Refusal> enter(String address, @Nullable String viewer) {
        if (open >= total) {
            return Optional.of(Refusal.TOTAL);
        }
        if (count(byAddress, address) >= perAddress) {
            return Optional.of(Refusal.ADDRESS);
        }
        if (viewer != null && count(byViewer, viewer) >= perViewer) {
            return Optional.of(Refusal.VIEWER);
        }
        open++;
        byAddress.computeIfAbsent(address, a -> new AtomicInteger()).incrementAndGet();
        if (viewer != null) {
            byViewer.computeIfAbsent(viewer, v -> new AtomicInteger()).incrementAndGet();
        }
        return Optional.empty();
    }

    /** A stream admitted with these keys ended. */
    synchronized void leave(String address, @Nullable String viewer) {
        open = Math.max(0, open - 1);
        release(byAddress, address);
        if (viewer != null) {
            release(byViewer, viewer);
        }
    }

    synchronized int open() {
        return open;
    }

    private static int count(Map<String, AtomicInteger> counts, String key) {
        AtomicInteger n = counts.get(key);
        return n == null ? 0 : n.get();
    }

    private static void release(Map<String, AtomicInteger> counts, String key) {
        AtomicInteger n = counts.get(key);
        if (n != null && n.decrementAndGet() <= 0) {
            counts.remove(key);
        }
    }
}
