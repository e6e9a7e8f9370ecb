package vn.hdndso.sessions.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import vn.hdndso.councils.Delegate;
import vn.hdndso.councils.Delegates;
import vn.hdndso.shared.CouncilId;

/**
 * The delegates of a council's current term whose mandate runs: everyone a majority is counted
 * against. Ballots look a delegate up many times a second during a vote, so the roll is kept for
 * a moment ({@link #TTL_MILLIS}); closing a vote always reads it fresh, so the entitlement stored
 * with the result is exact.
 */
@Component
class DelegateRoll {

    static final long TTL_MILLIS = 3_000;

    private final Delegates delegates;
    private final Map<CouncilId, Cached> cache = new ConcurrentHashMap<>();

    DelegateRoll(Delegates delegates) {
        this.delegates = delegates;
    }

    private record Cached(List<Delegate> roll, long at) {}

    /** The roll as of now, read from the database (call inside a transaction). */
    public List<Delegate> fresh(CouncilId council) {
        List<Delegate> roll = delegates.ofCurrentTerm(council).stream()
                .filter(Delegate::active)
                .toList();
        cache.put(council, new Cached(roll, System.currentTimeMillis()));
        return roll;
    }

    /** The roll, at most a few seconds old (call inside a transaction). */
    public List<Delegate> recent(CouncilId council) {
        Cached cached = cache.get(council);
        if (cached != null && System.currentTimeMillis() - cached.at() < TTL_MILLIS) {
            return cached.roll();
        }
        return fresh(council);
    }

    /**
     * The delegate whose account this is, if they are on the roll. Someone not on the kept roll is
     * looked up afresh, so a delegate registered a moment ago can vote at once.
     */
    public Optional<Delegate> ofUser(CouncilId council, UUID userId) {
        Optional<Delegate> found = find(recent(council), userId);
        return found.isPresent() ? found : find(fresh(council), userId);
    }

    private static Optional<Delegate> find(List<Delegate> roll, UUID userId) {
        return roll.stream().filter(d -> userId.equals(d.userId())).findFirst();
    }
}
