package vn.hdndso.documents;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import vn.hdndso.shared.CouncilEvent;
import vn.hdndso.shared.CouncilId;

/** An edXML package of an issued document was exported for other bodies (their OrganIds). Staff-only. */
public record EdxmlPackageExported(
        CouncilId council, UUID packageId, DocumentId document, List<String> organIds, Instant exportedAt)
        implements CouncilEvent {

    public EdxmlPackageExported {
        organIds = List.copyOf(organIds);
    }
}
