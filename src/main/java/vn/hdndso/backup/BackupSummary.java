package vn.hdndso.backup;

/**
 * What a backup holds (or what was restored or checked).
 *
 * @param tables tables copied
 * @param rows rows in them
 * @param blobs blobs
 * @param files files in the manifest
 * @param bytes bytes of those files
 */
public record BackupSummary(int tables, long rows, long blobs, long files, long bytes) {}
