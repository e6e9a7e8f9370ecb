package vn.hdndso.identity.audit;

import java.util.ArrayList;
import java.util.List;
import vn.hdndso.identity.AuditTrail;

/**
 * Links a batch of journal entries onto the end of a council's chain: each entry gets the next
 * sequence number and points to the hash of the one before it, so a batch is an ordinary stretch
 * of the chain (the canonical form of {@link AuditHash} does not change with batching).
 */
final class ChainLinks {

    private ChainLinks() {}

    /** The chain's end: its last sequence number and hash (0 and the genesis hash when empty). */
    record Head(long seq, String hash) {

        static final Head EMPTY = new Head(0, AuditHash.GENESIS);
    }

    /** The linked batch, in journal order, and the chain's new head. */
    record Linked(List<AuditTrail.Entry> entries, Head head) {}

    static Linked link(String council, Head head, List<JournalEntry> batch) {
        List<AuditTrail.Entry> entries = new ArrayList<>(batch.size());
        long seq = head.seq();
        String prev = head.hash();
        for (JournalEntry j : batch) {
            seq++;
            String hash = AuditHash.of(
                    prev,
                    seq,
                    council,
                    j.occurredAt(),
                    j.actor(),
                    j.action(),
                    j.subjectType(),
                    j.subjectId(),
                    j.details());
            entries.add(new AuditTrail.Entry(
                    seq,
                    j.occurredAt(),
                    j.actor(),
                    j.actorAddress(),
                    j.action(),
                    j.subjectType(),
                    j.subjectId(),
                    j.details(),
                    prev,
                    hash));
            prev = hash;
        }
        return new Linked(List.copyOf(entries), new Head(seq, prev));
    }
}
