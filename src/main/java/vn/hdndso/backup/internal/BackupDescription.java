package vn.hdndso.backup.internal;

import java.util.List;

/**
 * {@code backup.json}: what a backup holds, read back on restore.
 *
 * @param format this layout's version (1)
 * @param createdAt when the backup was made (ISO-8601)
 * @param store where the blobs came from ({@code local} or {@code s3})
 * @param tables every table with its columns, rows and file
 * @param sequences the sequences' positions
 * @param migrations the applied migrations ("version checksum"): a restore needs the same ones
 * @param blobs how many blobs
 * @param directories the installation's directories copied (keys, trust)
 */
record BackupDescription(
        int format,
        String createdAt,
        String store,
        List<DatabaseCopy.Table> tables,
        List<DatabaseCopy.Sequence> sequences,
        List<String> migrations,
        long blobs,
        List<String> directories) {

    static final String FILE = "backup.json";
    static final int FORMAT = 1;

    DatabaseCopy.Copied database() {
        return new DatabaseCopy.Copied(tables, sequences, migrations);
    }
}
