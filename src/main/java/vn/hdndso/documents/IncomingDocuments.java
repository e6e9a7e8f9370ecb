package vn.hdndso.documents;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.web.Page;

/**
 * The incoming documents of a council (văn bản đến): registration with an arrival number, the
 * validation of the PDF's signatures and a duplicate alert; then assignment to a handler with a
 * deadline, progress and completion (theo dõi giải quyết). Runs in the caller's tenant scope (the
 * council's staff); a document outside it does not exist. Incoming documents are never public.
 * Deadlines and arrival years are counted in Vietnam time.
 */
public interface IncomingDocuments {

    /** "Due soon": the deadline is at most this many working days away. */
    int DUE_SOON_WORKING_DAYS = 2;

    /**
     * Registers an incoming document: checks the metadata and the PDF (all problems together,
     * each naming its field), refuses a likely duplicate unless confirmed (409 naming the earlier
     * arrival number), validates the signatures, stores the PDF and takes the next arrival number,
     * all in one transaction: nothing is stored if anything fails.
     */
    IncomingDocument register(CouncilId council, NewIncomingDocument incoming, String fileName, byte[] pdf);

    /** As {@link #register(CouncilId, NewIncomingDocument, String, byte[])}, marked as demo content. */
    IncomingDocument register(
            CouncilId council, NewIncomingDocument incoming, String fileName, byte[] pdf, boolean demo);

    /** Passes the document on to a user of the council, with an optional deadline. */
    IncomingDocument assign(
            CouncilId council, IncomingDocumentId id, @Nullable UUID handlerUserId, @Nullable LocalDate deadline);

    /** Records the handler's progress. */
    IncomingDocument progress(CouncilId council, IncomingDocumentId id, @Nullable String note);

    /** Closes the document, perhaps naming the number/symbol of the reply. */
    IncomingDocument complete(CouncilId council, IncomingDocumentId id, @Nullable String replyNumberSymbol);

    IncomingDocument require(CouncilId council, IncomingDocumentId id);

    /** The stored PDF as registered. */
    byte[] pdf(CouncilId council, IncomingDocumentId id);

    /**
     * The file as received when it was a DOCX or ODT (the registered PDF was converted from it);
     * empty otherwise.
     */
    java.util.Optional<vn.hdndso.files.StoredFile> original(CouncilId council, IncomingDocumentId id);

    /** The bytes of {@link #original}; not found when there is none. */
    byte[] originalBytes(CouncilId council, IncomingDocumentId id);

    /** A page of the list, newest first. */
    Page<IncomingDocument> list(CouncilId council, Filter filter, Page.Request request);

    /** Every document matching the filter, in register order (year, arrival number). */
    List<IncomingDocument> register(CouncilId council, Filter filter);

    List<Integer> years(CouncilId council);

    /**
     * What to list; nulls and {@code false} mean "any".
     *
     * @param overdue deadline passed and not done
     * @param dueSoon deadline within {@link #DUE_SOON_WORKING_DAYS} working days and not done
     */
    record Filter(
            @Nullable Integer year,
            @Nullable IncomingStatus status,
            boolean overdue,
            boolean dueSoon,
            @Nullable String q) {

        public static Filter ofYear(@Nullable Integer year, @Nullable IncomingStatus status) {
            return new Filter(year, status, false, false, null);
        }
    }
}
