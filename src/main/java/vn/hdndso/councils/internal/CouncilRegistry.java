package vn.hdndso.councils.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.NotFoundException;
import vn.hdndso.shared.VnText;

/**
 * The councils of this installation. The list is public and changes only when councils are
 * registered, so it is held in memory and refreshed periodically (other instances register too).
 */
@Service
class CouncilRegistry implements Councils {

    private static final Duration REFRESH = Duration.ofMinutes(5);
    private static final Comparator<Council> DISPLAY_ORDER =
            Comparator.comparing(Council::isProvincial).reversed().thenComparing(c -> VnText.fold(c.name()));

    private final CouncilRepository repository;
    private final Clock clock;
    private volatile Snapshot snapshot = Snapshot.EMPTY;

    CouncilRegistry(CouncilRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** Every council: the province's own first, then by name. */
    @Override
    public List<Council> all() {
        return current().ordered();
    }

    @Override
    public Optional<Council> findBySlug(String slug) {
        return Optional.ofNullable(current().bySlug().get(slug));
    }

    @Override
    public Optional<Council> findById(CouncilId id) {
        return Optional.ofNullable(current().byId().get(id));
    }

    @Override
    public Council requireBySlug(String slug) {
        return findBySlug(slug).orElseThrow(() -> new NotFoundException("error.council.notFound", slug));
    }

    @Override
    public Council require(CouncilId id) {
        return findById(id).orElseThrow(() -> new NotFoundException("error.council.notFound", id));
    }

    /** Councils whose name or code matches every word of the query, with or without diacritics. */
    @Override
    public List<Council> search(String query) {
        String q = VnText.normalize(query);
        if (q.isEmpty()) {
            return all();
        }
        return all().stream()
                .filter(c -> c.code().equals(q) || VnText.matchesWords(c.name(), q))
                .toList();
    }

    /** The province (or city) council of this installation, once registered. */
    @Override
    public Optional<Council> provincial() {
        return all().stream().filter(Council::isProvincial).findFirst();
    }

    /** Re-reads the list after councils were registered. */
    @Override
    public void refresh() {
        snapshot = Snapshot.of(repository.findAll(), Instant.now(clock));
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        if (s.loadedAt().plus(REFRESH).isBefore(Instant.now(clock))) {
            refresh();
            s = snapshot;
        }
        return s;
    }

    private record Snapshot(
            List<Council> ordered, Map<String, Council> bySlug, Map<CouncilId, Council> byId, Instant loadedAt) {

        static final Snapshot EMPTY = new Snapshot(List.of(), Map.of(), Map.of(), Instant.EPOCH);

        static Snapshot of(List<Council> councils, Instant loadedAt) {
            return new Snapshot(
                    councils.stream().sorted(DISPLAY_ORDER).toList(),
                    councils.stream().collect(Collectors.toUnmodifiableMap(Council::slug, Function.identity())),
                    councils.stream().collect(Collectors.toUnmodifiableMap(Council::id, Function.identity())),
                    loadedAt);
        }
    }
}
