package vn.hdndso.documents;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One file a document had: version 1 is the first upload, each replacement of a draft's file the
 * next. Every version stays downloadable by the council's staff.
 *
 * @param pdf the PDF of this version (converted, when a DOCX or ODT was uploaded)
 * @param source the DOCX or ODT the PDF was converted from, if any
 * @param sourceMediaType its media type, with {@code source}
 */
public record DocumentVersion(
        int version,
        OutgoingDocument.Content pdf,
        int pageCount,
        OutgoingDocument.@Nullable Content source,
        @Nullable String sourceMediaType,
        String uploadedBy,
        Instant uploadedAt) {}
