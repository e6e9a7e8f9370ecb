package vn.hdndso.backup;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Backs up and restores the whole installation. A backup directory holds {@code database/} (one
 * file per table, binary COPY, from one consistent snapshot), {@code blobs/} (every blob, named by
 * its SHA-256), {@code keys/} and {@code trust/}, {@code backup.json} (what was copied, with row
 * counts and the applied migrations) and {@code SHA256SUMS} (every file with its SHA-256, in the
 * format {@code sha256sum -c} reads).
 */
public interface InstallationBackups {

    /**
     * Writes a backup into {@code directory}, which must be empty or not exist. The database is
     * copied first, then the blobs: blobs never change once written, so every blob the copied
     * database names is there when the blobs are copied.
     *
     * @param progress told what is being copied, one line at a time
     */
    BackupSummary backup(Path directory, Consumer<String> progress);

    /**
     * Checks a backup: every file listed with the right checksum, none missing and none unlisted,
     * each blob's content matching its name.
     */
    BackupSummary verify(Path directory, Consumer<String> progress);

    /**
     * Restores a verified backup into this installation: the schema is made by the migrations (the
     * same application version must restore it), then every table is filled, the sequences set,
     * the blobs stored and the keys written.
     *
     * @param force whether an installation that already holds data may be overwritten
     * @throws BackupRefused if the backup is damaged, was made by another application version, or
     *     the installation is not empty and {@code force} is false
     */
    BackupSummary restore(Path directory, boolean force, Consumer<String> progress);
}
