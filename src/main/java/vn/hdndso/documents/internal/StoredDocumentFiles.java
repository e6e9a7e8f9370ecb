package vn.hdndso.documents.internal;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.EnumSet;
import org.springframework.stereotype.Component;
import vn.hdndso.files.BlobStore;
import vn.hdndso.files.FileType;
import vn.hdndso.files.Files;
import vn.hdndso.files.StoredFile;
import vn.hdndso.shared.CouncilId;

/**
 * The documents' PDFs in the {@code files} module: storing goes through {@link Files} (content
 * checks, text extraction for search, the {@code stored_file} registry, audit) and so needs the
 * council's staff scope. Opening reads the blob by its SHA-256 straight from the {@link
 * BlobStore}: the caller found that SHA-256 on a document row that its scope may see (a published
 * document's signed PDF is public, while {@code stored_file} rows are private to staff).
 */
@Component
class StoredDocumentFiles implements DocumentFiles {

    private final Files files;
    private final BlobStore blobs;

    StoredDocumentFiles(Files files, BlobStore blobs) {
        this.files = files;
        this.blobs = blobs;
    }

    @Override
    public StoredPdf store(CouncilId council, String originalName, byte[] content) {
        StoredFile stored =
                files.store(council, originalName, new ByteArrayInputStream(content), EnumSet.of(FileType.PDF));
        return new StoredPdf(stored.sha256(), stored.size());
    }

    @Override
    public StoredPdf storeDocx(CouncilId council, String originalName, byte[] content) {
        StoredFile stored =
                files.store(council, originalName, new ByteArrayInputStream(content), EnumSet.of(FileType.DOCX));
        return new StoredPdf(stored.sha256(), stored.size());
    }

    @Override
    public StoredPdf storeSource(CouncilId council, String originalName, byte[] content, FileType type) {
        StoredFile stored = files.store(council, originalName, new ByteArrayInputStream(content), EnumSet.of(type));
        return new StoredPdf(stored.sha256(), stored.size());
    }

    @Override
    public InputStream open(CouncilId council, String sha256) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        return blobs.open(sha256);
    }
}
