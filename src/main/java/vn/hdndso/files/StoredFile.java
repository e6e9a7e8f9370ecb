package vn.hdndso.files;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import vn.hdndso.shared.CouncilId;

/**
 * A file a council stored: the registry row pointing at a blob.
 *
 * @param sha256 the blob's name in the {@link BlobStore}
 * @param pageCount pages of a PDF; {@code null} for other types
 * @param text the extracted text of a PDF (Unicode NFC, paragraphs kept); {@code null} unless
 *     {@code textStatus} is {@link TextStatus#EXTRACTED} (a scan may keep its few characters)
 * @param createdBy user name of who stored it, or {@code system}
 */
public record StoredFile(
        StoredFileId id,
        CouncilId council,
        String sha256,
        long size,
        FileType type,
        String originalName,
        @Nullable Integer pageCount,
        @Nullable String text,
        TextStatus textStatus,
        Instant createdAt,
        String createdBy) {

    public String mediaType() {
        return type.mediaType();
    }

    /** A scanned PDF: pages without a text layer ("bản quét, không có lớp chữ"). */
    public boolean isScan() {
        return textStatus == TextStatus.NO_TEXT;
    }
}
