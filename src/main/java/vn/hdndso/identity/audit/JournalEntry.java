package vn.hdndso.identity.audit;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An audit entry as its transaction wrote it to the journal: everything but its place in the
 * chain, which the sealer gives it.
 */
record JournalEntry(
        long id,
        UUID council,
        Instant occurredAt,
        String actor,
        @Nullable String actorAddress,
        String action,
        String subjectType,
        String subjectId,
        String details) {}
