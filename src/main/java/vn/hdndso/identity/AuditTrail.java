package vn.hdndso.identity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.hdndso.shared.CouncilId;

/** Reads and verifies a council's audit trail. Entries are appended from {@code AuditEvent}s. */
public interface AuditTrail {

    /** The newest entries first. */
    List<Entry> latest(CouncilId council, int limit);

    /** Entries about one subject, oldest first. */
    List<Entry> about(CouncilId council, String subjectType, String subjectId);

    /** Recomputes the council's chain and reports the first entry that does not fit. */
    Verification verify(CouncilId council);

    record Entry(
            long seq,
            Instant occurredAt,
            String actor,
            @Nullable String actorAddress,
            String action,
            String subjectType,
            String subjectId,
            String details,
            String prevHash,
            String hash) {}

    /**
     * @param entriesChecked entries that fit the chain before the first broken link, or all of them
     * @param firstBrokenSeq the sequence number where the chain breaks, if it does
     * @param problem what is wrong there
     */
    record Verification(
            CouncilId council,
            long entriesChecked,
            Optional<Long> firstBrokenSeq,
            @Nullable Break problem) {

        public boolean intact() {
            return firstBrokenSeq.isEmpty();
        }
    }

    /** How a chain can be broken. */
    enum Break {
        /** An entry with this sequence number is missing (deleted). */
        MISSING_ENTRY,
        /** The entry does not point to the hash of the one before it. */
        BROKEN_LINK,
        /** The entry's content was changed after it was written. */
        CONTENT_CHANGED,
        /** The chain head records more entries than are there: the newest were deleted. */
        NEWEST_MISSING;

        public String messageKey() {
            return "audit.break." + name();
        }
    }
}
