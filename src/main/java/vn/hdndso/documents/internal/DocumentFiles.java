package vn.hdndso.documents.internal;

import java.io.InputStream;
import vn.hdndso.shared.CouncilId;

/**
 * Where the documents' PDFs are kept: content-addressed by SHA-256, written so that a crash never
 * leaves a half file under a name a row refers to. A narrow seam: the {@code files} module's
 * blob store takes its place once merged.
 */
public interface DocumentFiles {

    /** Stores the bytes (once per content) and answers their address. */
    StoredPdf store(CouncilId council, String originalName, byte[] content);

    /** The bytes stored under {@code sha256}; fails if there are none. */
    InputStream open(CouncilId council, String sha256);

    /** @param sha256 the content's SHA-256, lower-case hex */
    record StoredPdf(String sha256, long size) {}
}
