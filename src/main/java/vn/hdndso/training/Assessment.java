package vn.hdndso.training;

import java.time.LocalDate;
import java.util.UUID;
import vn.hdndso.shared.CouncilId;

/** A delegate's level in a course, as assessed on a day. */
public record Assessment(
        UUID id,
        CouncilId councilId,
        UUID delegateId,
        String delegateName,
        UUID courseId,
        String courseTitle,
        SkillLevel level,
        LocalDate assessedOn,
        String recordedBy) {}
