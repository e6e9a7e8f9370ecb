package vn.hdndso.training;

import java.time.Instant;
import java.util.UUID;

/** A delegate recorded as attending a training session, and how. */
public record Attendee(
        UUID sessionId,
        UUID delegateId,
        String delegateName,
        AttendanceSource source,
        String recordedBy,
        Instant recordedAt) {}
