package vn.hdndso.documents.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import vn.hdndso.shared.CouncilId;

/**
 * Where the documents' PDFs are kept: the {@code files} module's content-addressed blob store,
 * which writes atomically so that a crash never leaves a half file under a name a row refers to.
 */
interface DocumentFiles {

    /** Stores the bytes (once per content) and answers their address. */
    StoredPdf store(CouncilId council, String originalName, byte[] content);

    /** Stores a Word file (checked to be a DOCX by its content) and answers its address. */
    StoredPdf storeDocx(CouncilId council, String originalName, byte[] content);

    /** Stores a word-processing original (a DOCX or ODT, checked by its content) and answers its address. */
    StoredPdf storeSource(CouncilId council, String originalName, byte[] content, vn.hdndso.files.FileType type);

    /** The bytes stored under {@code sha256}; fails if there are none. */
    InputStream open(CouncilId council, String sha256);

    /** All the bytes stored under {@code sha256}. */
    default byte[] read(CouncilId council, String sha256) {
        try (InputStream in = open(council, sha256)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @param sha256 the content's SHA-256, lower-case hex */
    record StoredPdf(String sha256, long size) {}
}
