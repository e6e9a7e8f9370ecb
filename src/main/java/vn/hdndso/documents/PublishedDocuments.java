package vn.hdndso.documents;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.web.Page;

/**
 * The issued documents of councils, as anyone may read them: the public lists, feeds, the sitemap
 * and open-data interfaces read them here. Only issued documents are ever returned; a recalled
 * one leaves every list (its recall is the documents module's business, see {@link
 * OutgoingDocuments#recall}).
 */
public interface PublishedDocuments {

    /** A page of the council's issued documents, newest first, optionally of one year. */
    Page<OutgoingDocument> page(CouncilId council, @Nullable Integer year, int page, int size);

    /** Issued documents of the council changed at or after {@code since} (all with null), in a window. */
    List<OutgoingDocument> changedSince(CouncilId council, @Nullable Instant since, int offset, int limit);

    long countChangedSince(CouncilId council, @Nullable Instant since);

    /** The council's latest issued documents. */
    List<OutgoingDocument> latest(CouncilId council, int limit);

    /** The years in which the council issued documents, newest first. */
    List<Integer> years(CouncilId council);

    /**
     * When the council's published documents last changed (an issue or a recall); empty when it
     * has none. Call it outside a transaction.
     */
    Optional<Instant> lastChange(CouncilId council);

    /**
     * The recall notice of a document the council issued and then recalled, if {@code id} is one.
     * Recalled documents are not public, so this reads them through an explicit cross-council
     * scope and returns only what {@link RecallNotice} publishes. Call it outside a transaction.
     */
    Optional<RecallNotice> recallNotice(CouncilId council, DocumentId id);

    /** Every council's recall notices, most recent first (the city feed). Call it outside a transaction. */
    List<RecallNotice> recallNoticesOfAllCouncils(int limit);

    /** The council's recall notices, most recent first. Call it outside a transaction. */
    List<RecallNotice> recallNotices(CouncilId council, int limit);

    /**
     * The latest issued documents of every council (the city's front page and feed). Runs in its
     * own cross-council scope; call it outside a transaction.
     */
    List<OutgoingDocument> latestOfAllCouncils(int limit);

    /** Every issued document of every council, newest first, in a window (the sitemap). */
    List<OutgoingDocument> allIssued(int offset, int limit);

    /** When any council's public documents last changed. */
    Optional<Instant> lastChangeOfAllCouncils();
}
