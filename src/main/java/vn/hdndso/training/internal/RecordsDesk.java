package vn.hdndso.training.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hdndso.councils.DelegateId;
import vn.hdndso.councils.Delegates;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.training.Assessment;
import vn.hdndso.training.DelegateTraining;
import vn.hdndso.training.SkillLevel;
import vn.hdndso.training.TrainingRecords;
import vn.hdndso.training.TrainingShares;

/** Delegates' training records, their levels by {@link TrainingShares#levelOf}. */
@Service
class RecordsDesk implements TrainingRecords {

    private final Delegates delegates;
    private final TrainingSessionRepository sessions;
    private final AssessmentRepository assessments;

    RecordsDesk(Delegates delegates, TrainingSessionRepository sessions, AssessmentRepository assessments) {
        this.delegates = delegates;
        this.sessions = sessions;
        this.assessments = assessments;
    }

    @Override
    @Transactional(readOnly = true)
    public DelegateTraining of(CouncilId council, DelegateId id) {
        delegates.require(council, id);
        List<Assessment> list = assessments.of(council, id.value());
        return new DelegateTraining(
                id.value(),
                sessions.attendedBy(council, id.value()),
                list,
                TrainingShares.levelOf(list.stream().map(RecordsDesk::assessed).toList()));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, SkillLevel> levels(CouncilId council) {
        Map<UUID, SkillLevel> levels = new HashMap<>();
        assessments.assessed(council).stream()
                .collect(Collectors.groupingBy(TrainingShares.Assessed::delegateId))
                .forEach((delegate, list) -> {
                    SkillLevel level = TrainingShares.levelOf(list);
                    if (level != null) {
                        levels.put(delegate, level);
                    }
                });
        return levels;
    }

    private static TrainingShares.Assessed assessed(Assessment a) {
        return new TrainingShares.Assessed(a.delegateId(), a.courseId(), a.level(), a.assessedOn());
    }
}
