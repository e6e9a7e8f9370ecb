package vn.hdndso.documents;

import java.time.Instant;
import java.util.List;
import vn.hdndso.shared.CouncilEvent;
import vn.hdndso.shared.CouncilId;

/**
 * An issued document was recalled: it is frozen and no longer public. Carries the recipients so
 * that a notice can be sent to each of them.
 */
public record DocumentRecalled(
        CouncilId council,
        DocumentId document,
        String numberSymbol,
        String reason,
        List<String> recipients,
        Instant recalledAt)
        implements CouncilEvent {

    public DocumentRecalled {
        recipients = List.copyOf(recipients);
    }
}
