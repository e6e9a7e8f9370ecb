/**
 * Backup and restore of a whole installation: the database (every table, copied in one snapshot),
 * the blob store (local files or S3 objects) and the installation's keys and trusted certificates,
 * into one directory with a SHA-256 manifest; restoring it into an empty installation, and
 * verifying a backup. Run from the command line ({@code --backup}, {@code --restore},
 * {@code --verify-backup}, see {@link vn.hdndso.backup.BackupCommandLine}).
 */
@ApplicationModule(
        displayName = "Backup",
        allowedDependencies = {"files", "shared"})
@NullMarked
package vn.hdndso.backup;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
