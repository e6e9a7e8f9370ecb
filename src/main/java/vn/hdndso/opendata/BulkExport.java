package vn.hdndso.opendata;

import java.time.Instant;

/**
 * The latest bulk export of a council's public data: a ZIP with {@code manifest.json}, kept in the
 * blob store (read it with {@link BulkExports#open}).
 *
 * @param blob the SHA-256 of the ZIP file, its name in the blob store
 * @param size the ZIP's size in bytes
 * @param sha256 the fingerprint of the contents (the files' checksums): the same data gives the
 *     same value, so it serves as the ETag
 */
public record BulkExport(String blob, long size, String sha256, Instant generatedAt, int files) {}
