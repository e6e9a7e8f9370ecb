package vn.hdndso.opendata;

import java.time.Instant;

/**
 * The latest bulk export of a council's public data: a ZIP with {@code manifest.json}.
 *
 * @param sha256 the fingerprint of the contents (the files' checksums): the same data gives the
 *     same value, so it serves as the ETag
 */
public record BulkExport(byte[] zip, String sha256, Instant generatedAt, int files) {}
