package vn.hdndso.search;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Where a rebuild of the search index stands. */
public record RebuildProgress(
        State state,
        int councilsDone,
        int councilsTotal,
        long items,
        @Nullable Instant startedAt,
        @Nullable Instant finishedAt,
        @Nullable String error) {

    public int percent() {
        if (state == State.DONE) {
            return 100;
        }
        return councilsTotal == 0 ? 0 : (int) (100L * councilsDone / councilsTotal);
    }

    public long seconds() {
        if (startedAt == null) {
            return 0;
        }
        return Duration.between(startedAt, finishedAt == null ? Instant.now() : finishedAt)
                .toSeconds();
    }

    public boolean running() {
        return state == State.RUNNING;
    }

    /** Where a rebuild stands: never run, running, done, failed. */
    public enum State {
        IDLE,
        RUNNING,
        DONE,
        FAILED
    }
}
