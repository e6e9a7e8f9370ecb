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

    /** A document of the pack. */
    record PackDocument(
            UUID id, int position, String title, @Nullable UUID documentId, String sha256, long size, int pageCount) {}

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

    /** Records that the signed-in person opened a document (a read receipt), and returns it. */
    PackDocument open(CouncilId council, SessionId id, UUID document);

    List<ReadReceipt> receipts(CouncilId council, SessionId id);

    /** The PDF of a document; the caller closes the stream. */
    InputStream pdf(PackDocument document);

    /** One page as a PNG, rendered once and kept in the cache directory (derived data). */
    byte[] page(PackDocument document, int page);

    /** The whole pack as one ZIP, the documents numbered in pack order. */
    void zip(List<PackDocument> pack, OutputStream target);
}
