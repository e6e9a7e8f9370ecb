package vn.hdndso.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.hdndso.shared.CouncilId;

/**
 * The register of edXML packages the council exported for other bodies, written by {@link
 * EdxmlPackages#export} in the export's transaction. Runs in the caller's tenant scope; staff
 * only.
 */
public interface EdxmlExports {

    /**
     * One exported package.
     *
     * @param recipients the receiving organisations, in the order given
     */
    record Export(
            UUID packageId,
            DocumentId document,
            String numberSymbol,
            List<EdxmlMessage.Organisation> recipients,
            Instant exportedAt) {

        public Export {
            recipients = List.copyOf(recipients);
        }
    }

    /** Records an export and publishes {@link EdxmlPackageExported}. */
    Export record(CouncilId council, DocumentId document, String numberSymbol, List<EdxmlMessage.Organisation> to);

    /** The packages exported between the two days (inclusive, Vietnam time), newest first. */
    List<Export> between(CouncilId council, LocalDate from, LocalDate to);
}
