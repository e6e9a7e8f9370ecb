package vn.hdndso.identity.audit;

import java.util.Iterator;
import java.util.Optional;
import vn.hdndso.identity.AuditTrail;
import vn.hdndso.identity.AuditTrail.Break;
import vn.hdndso.identity.AuditTrail.Verification;
import vn.hdndso.shared.CouncilId;

/**
 * Recomputes a council's chain from its entries in sequence order and reports the first one that
 * does not fit: a gap, a link to the wrong predecessor, changed content, or fewer entries than the
 * head records. Entries sealed together in one batch are checked one by one like any others, so a
 * change anywhere inside a batch is found at that entry.
 */
final class ChainCheck {

    private ChainCheck() {}

    static Verification check(CouncilId council, ChainLinks.Head head, Iterator<AuditTrail.Entry> entries) {
        String c = council.toString();
        long checked = 0;
        String prev = AuditHash.GENESIS;
        while (entries.hasNext()) {
            AuditTrail.Entry e = entries.next();
            long expected = checked + 1;
            if (e.seq() != expected) {
                return broken(council, checked, expected, Break.MISSING_ENTRY);
            }
            if (!prev.equals(e.prevHash())) {
                return broken(council, checked, e.seq(), Break.BROKEN_LINK);
            }
            String recomputed = AuditHash.of(
                    prev,
                    e.seq(),
                    c,
                    e.occurredAt(),
                    e.actor(),
                    e.action(),
                    e.subjectType(),
                    e.subjectId(),
                    e.details());
            if (!recomputed.equals(e.hash())) {
                return broken(council, checked, e.seq(), Break.CONTENT_CHANGED);
            }
            prev = e.hash();
            checked++;
        }
        if (head.seq() != checked) {
            return broken(council, checked, checked + 1, Break.NEWEST_MISSING);
        }
        if (!head.hash().equals(prev)) {
            return broken(council, checked, checked, Break.CONTENT_CHANGED);
        }
        return new Verification(council, checked, Optional.empty(), null);
    }

    private static Verification broken(CouncilId council, long checked, long seq, Break problem) {
        return new Verification(council, checked, Optional.of(seq), problem);
    }
}
