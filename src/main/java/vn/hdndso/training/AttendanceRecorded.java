package vn.hdndso.training;

import java.util.UUID;
import vn.hdndso.shared.CouncilEvent;
import vn.hdndso.shared.CouncilId;

/** Delegates were recorded as attending a training session; it moves T9. */
public record AttendanceRecorded(CouncilId council, UUID sessionId, int delegates, AttendanceSource source)
        implements CouncilEvent {}
