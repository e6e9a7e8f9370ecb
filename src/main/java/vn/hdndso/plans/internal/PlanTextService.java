package vn.hdndso.plans.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hdndso.plans.Plan;
import vn.hdndso.plans.PlanId;
import vn.hdndso.plans.PlanReading;
import vn.hdndso.plans.PlanTexts;
import vn.hdndso.plans.Plans;
import vn.hdndso.shared.CouncilId;

/**
 * Restores a plan version's words when its text lost its diacritics. The corpus model is loaded on
 * first use, not at start-up; a version's restored reading is kept (versions never change once
 * read, except a draft's review, which the cache key covers by the reading itself).
 */
@Service
class PlanTextService implements PlanTexts {

    private static final int KEPT = 32;

    private final Plans plans;
    private final PlanRepository repository;
    private final Map<String, RestoredReading> kept = new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, RestoredReading> eldest) {
            return size() > KEPT;
        }
    };
    private @Nullable DiacriticsRestorer restorer;

    PlanTextService(Plans plans, PlanRepository repository) {
        this.plans = plans;
        this.repository = repository;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<RestoredReading> restored(CouncilId council, PlanId id) {
        Plan plan = plans.require(council, id);
        String source = repository.sourceText(plan.id(), plan.version());
        if (!DiacriticsRestorer.lacksDiacritics(source)) {
            return Optional.empty();
        }
        String key = plan.id() + "/" + plan.version() + "/" + plan.title().hashCode() + "/"
                + plan.reading().hashCode();
        synchronized (kept) {
            RestoredReading known = kept.get(key);
            if (known != null) {
                return Optional.of(known);
            }
        }
        DiacriticsRestorer r = restorer();
        PlanReading reading = plan.reading();
        var restored = new RestoredReading(
                r.restore(plan.title()),
                reading.targets().stream().map(t -> r.restore(t.text())).toList(),
                reading.tasks().stream().map(t -> r.restore(t.text())).toList(),
                r.restore(source));
        synchronized (kept) {
            kept.put(key, restored);
        }
        return Optional.of(restored);
    }

    private synchronized DiacriticsRestorer restorer() {
        DiacriticsRestorer r = restorer;
        if (r == null) {
            r = new DiacriticsRestorer(DiacriticsModel.load());
            restorer = r;
        }
        return r;
    }
}
