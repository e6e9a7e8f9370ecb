package vn.hdndso.files;

import java.io.InputStream;
import java.util.Optional;
import java.util.Set;
import vn.hdndso.shared.CouncilId;

/**
 * A council's files: stores an upload after checking it, keeps the text of every PDF for search,
 * and opens stored files again. Runs in the caller's tenant scope (storing needs the council's
 * staff scope); row-level security keeps councils apart.
 *
 * <p>Storing is all or nothing for the registry: a file that fails a check leaves no row and no
 * blob. The blob is written before the row; should the row's transaction then roll back, an
 * unreferenced blob stays behind, which is harmless (content-addressed, never listed).
 */
public interface Files {

    /** Stores a file of any accepted type; see {@link #store(CouncilId, String, InputStream, Set)}. */
    StoredFile store(CouncilId council, String originalName, InputStream content);

    /**
     * Checks the content (size, type by content, a PDF opens and is not protected), writes the
     * blob, extracts a PDF's text, records the file and audits it.
     *
     * @param originalName the name the user gave it, kept for display and downloads only
     * @param accepted the types this use accepts (e.g. only PDF and DOCX for a draft)
     * @throws vn.hdndso.shared.InvalidInputException on field {@code file} when a check fails
     */
    StoredFile store(CouncilId council, String originalName, InputStream content, Set<FileType> accepted);

    /**
     * Stores a document that is to be read as a PDF: a PDF as it is, a DOCX or ODT converted to PDF
     * by {@link OfficeConversion} first, the original stored too (kept, and listed in the registry).
     * Answers the PDF's stored file; refusals as for {@link #store(CouncilId, String, InputStream,
     * Set)} and {@link OfficeConversion#toPdf}.
     */
    StoredFile storeAsPdf(CouncilId council, String originalName, InputStream content);

    /** A stored file of the council, if the current scope may see it. */
    Optional<StoredFile> find(CouncilId council, StoredFileId id);

    StoredFile require(CouncilId council, StoredFileId id);

    /**
     * The extracted text of a council's stored content (by its SHA-256), for search; empty for a
     * scan without a text layer, a non-PDF or a content the scope may not see.
     */
    Optional<String> textOf(CouncilId council, String sha256);

    /** The content of a stored file; the caller closes the stream. */
    InputStream open(CouncilId council, StoredFileId id);
}
