package vn.hdndso.training;

import java.util.UUID;
import vn.hdndso.shared.CouncilEvent;
import vn.hdndso.shared.CouncilId;

/** A delegate was assessed in a course; it moves T9. */
public record AssessmentRecorded(CouncilId council, UUID delegateId, UUID courseId, SkillLevel level)
        implements CouncilEvent {}
