package vn.hdndso.training;

import java.util.Map;
import java.util.UUID;
import vn.hdndso.councils.DelegateId;
import vn.hdndso.shared.CouncilId;

/** Delegates' training records and levels. Runs in the caller's tenant scope. */
public interface TrainingRecords {

    /** One delegate's record; 404 if the council has no such delegate. */
    DelegateTraining of(CouncilId council, DelegateId delegate);

    /** The level of every assessed delegate of the council. */
    Map<UUID, SkillLevel> levels(CouncilId council);
}
