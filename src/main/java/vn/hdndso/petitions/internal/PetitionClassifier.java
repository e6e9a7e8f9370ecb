package vn.hdndso.petitions.internal;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.hdndso.petitions.CompetentLevel;
import vn.hdndso.shared.CouncilId;

/**
 * Each council's {@link FieldModel}, built from its confirmed petitions and kept until the council's
 * examples change: a confirmation (or correction, which teaches three times as much) or a
 * de-identification on this node says so with {@link #learnt} once its transaction commits, and the
 * next suggestion rebuilds the model. Models are rebuilt after {@link #MAX_AGE} too, which carries
 * confirmations made on other nodes behind a load balancer. A public submission thus reads no
 * count of the council's petitions (it did, once per request). Call inside a transaction in the
 * council's staff scope. Corrections are learnt per council only: other councils' petitions are
 * private texts their staff alone may read (row-level security), so the city-wide knowledge is the
 * shared field vocabulary.
 */
@Component
class PetitionClassifier {

    /** How many of the newest confirmed petitions a model learns from. */
    static final int MAX_EXAMPLES = 20_000;

    /** A model older than this is rebuilt (confirmations on other nodes). */
    static final Duration MAX_AGE = Duration.ofMinutes(5);

    private record Cached(long version, long builtAt, FieldModel model) {}

    private final PetitionsProperties properties;
    private final PetitionRepository petitions;
    private final Map<CouncilId, Cached> models = new ConcurrentHashMap<>();
    private final Map<CouncilId, AtomicLong> versions = new ConcurrentHashMap<>();
    private final Map<CouncilId, AtomicLong> builds = new ConcurrentHashMap<>();

    PetitionClassifier(PetitionsProperties properties, PetitionRepository petitions) {
        this.properties = properties;
        this.petitions = petitions;
    }

    public FieldModel.Suggestion suggest(CouncilId council, String text) {
        return model(council).suggest(text);
    }

    /**
     * The council's confirmed examples changed in the current transaction (or just now, outside
     * one): the next suggestion after the commit learns from them.
     */
    void learnt(CouncilId council) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    bump(council);
                }
            });
        } else {
            bump(council);
        }
    }

    /** How often the council's model was built since the start (each read up to {@link #MAX_EXAMPLES} petitions). */
    long builds(CouncilId council) {
        AtomicLong count = builds.get(council);
        return count == null ? 0 : count.get();
    }

    FieldModel model(CouncilId council) {
        long version = version(council);
        long now = System.nanoTime();
        Cached cached = models.get(council);
        if (cached != null && cached.version() == version && now - cached.builtAt() < MAX_AGE.toNanos()) {
            return cached.model();
        }
        FieldModel model = new FieldModel(properties);
        List<String[]> examples = petitions.confirmedExamples(council, MAX_EXAMPLES);
        for (String[] example : examples) {
            // a suggestion the clerk corrected teaches more than one the clerk only confirmed
            model.learn(example[0], example[1], CompetentLevel.valueOf(example[2]), !example[1].equals(example[3]));
        }
        builds.computeIfAbsent(council, c -> new AtomicLong()).incrementAndGet();
        // the version read before the examples: a confirmation committed meanwhile rebuilds again
        models.put(council, new Cached(version, now, model));
        return model;
    }

    private long version(CouncilId council) {
        AtomicLong version = versions.get(council);
        return version == null ? 0 : version.get();
    }

    private void bump(CouncilId council) {
        versions.computeIfAbsent(council, c -> new AtomicLong()).incrementAndGet();
    }
}
