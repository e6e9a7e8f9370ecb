package vn.hdndso.sessions;

import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.VnTime;

/**
 * The document pack of a session: PDFs uploaded (checked by the files module: a file that is not
 * a readable PDF is refused) or taken from the documents module; read on a phone as page images
 * rendered on the server, or downloaded one by one or as one ZIP. Every opening by a person is a
 * read receipt the standing committee sees.
 */
public interface Packs {

    /**
     * A document of the pack.
     *
     * @param agendaItemId the agenda item it belongs to, if the staff said so
     */
    record PackDocument(
            UUID id,
            int position,
            String title,
            @Nullable UUID documentId,
            String sha256,
            long size,
            int pageCount,
            @Nullable UUID agendaItemId) {}

    /** How large a page image is rendered: 1 for the screen, 2 and 3 for zooming and sharp phones. */
    int MAX_SCALE = 3;

    /** Who opened which document, first and last, how often. */
    record ReadReceipt(
            UUID documentId,
            String documentTitle,
            String userName,
            Instant firstOpenedAt,
            Instant lastOpenedAt,
            int opened) {

        /** When it was first opened, in Vietnam's time. */
        public ZonedDateTime localFirstOpenedAt() {
            return firstOpenedAt.atZone(VnTime.ZONE);
        }
    }

    List<PackDocument> list(CouncilId council, SessionId id);

    PackDocument require(CouncilId council, SessionId id, UUID document);

    /** Adds an uploaded PDF; anything else (or a damaged or protected PDF) is refused on field {@code file}. */
    PackDocument upload(CouncilId council, SessionId id, @Nullable String title, String fileName, InputStream content);

    /** Adds a document of the documents module (its signed PDF once issued, its draft before). */
    PackDocument addDocument(CouncilId council, SessionId id, UUID documentId);

    void remove(CouncilId council, SessionId id, UUID document);

    /**
     * Ties a document to an agenda item of the same session (or unties it, with null); an item of
     * another session is refused on field {@code agendaItemId}.
     */
    PackDocument assign(CouncilId council, SessionId id, UUID document, @Nullable AgendaItemId item);

    /** The documents of the pack the given person has opened at least once. */
    java.util.Set<UUID> readBy(CouncilId council, SessionId id, UUID userId);

    /** Records that the signed-in person opened a document (a read receipt), and returns it. */
    PackDocument open(CouncilId council, SessionId id, UUID document);

    List<ReadReceipt> receipts(CouncilId council, SessionId id);

    /** The PDF of a document; the caller closes the stream. */
    InputStream pdf(PackDocument document);

    /** One page as a PNG, rendered once and kept in the cache directory (derived data). */
    default byte[] page(PackDocument document, int page) {
        return page(document, page, 1);
    }

    /** One page as a PNG at 1× (screen), 2× or 3× the screen resolution, for sharp zooming. */
    byte[] page(PackDocument document, int page, int scale);

    /**
     * The text layer of every page (the PDF's own text, paragraphs kept), for a readable and
     * searchable view; a page without a text layer (a scan) is an empty string.
     */
    List<String> pageTexts(PackDocument document);

    /** The whole pack as one ZIP, the documents numbered in pack order. */
    void zip(List<PackDocument> pack, OutputStream target);
}
