package vn.hdndso.training;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A delegate's training record: the sessions they attended, their assessments, their level
 * ({@link TrainingShares#levelOf}) and whether they count as trained for T9.
 */
public record DelegateTraining(
        UUID delegateId,
        List<TrainingSession> attended,
        List<Assessment> assessments,
        @Nullable SkillLevel level) {

    public DelegateTraining {
        attended = List.copyOf(attended);
        assessments = List.copyOf(assessments);
    }

    public boolean trained() {
        return !attended.isEmpty() || !assessments.isEmpty();
    }
}
