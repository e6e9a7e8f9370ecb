package vn.hdndso.shared.database;

import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes a data directory ask every connection for a password. {@code initdb} (run by the
 * embedded-server library) trusts every local connection; before the server starts, this sets
 * the superuser's password in single-user mode (no connection possible meanwhile) and replaces
 * {@code pg_hba.conf} with SCRAM rules. A directory created by an earlier version, which trusted
 * everyone, is converted the same way on its next start.
 */
final class PasswordAuthentication {

    static final String MARKER = "# HĐND số: every connection authenticates with a SCRAM password";
    private static final Logger log = LoggerFactory.getLogger(PasswordAuthentication.class);
    private static final String RULES = MARKER + "\n"
            + "# (written by the application on start; the passwords are in " + DatabaseSecrets.FILE_NAME + ")\n"
            + "local all all scram-sha-256\n"
            + "host all all 127.0.0.1/32 scram-sha-256\n"
            + "host all all ::1/128 scram-sha-256\n";

    private static final java.util.concurrent.atomic.AtomicReference<@Nullable Path> UNPACKED_IN_THIS_JVM =
            new java.util.concurrent.atomic.AtomicReference<>();

    private final Path binaries;
    private final String superuser;

    PasswordAuthentication(Path binaries, String superuser) {
        this.binaries = binaries;
        this.superuser = superuser;
    }

    /** Called with the data directory after {@code initdb} and before the server starts. */
    void apply(Path pgData, DatabaseSecrets secrets) {
        try {
            Path secretsFile = pgData.resolve(DatabaseSecrets.FILE_NAME);
            Path hba = pgData.resolve("pg_hba.conf");
            boolean converted = Files.readString(hba, StandardCharsets.UTF_8).startsWith(MARKER);
            if (secrets.generated() || !converted) {
                if (!converted) {
                    log.warn("The embedded database trusted local connections: setting passwords (SCRAM)");
                }
                setSuperuserPassword(pgData, secrets.superuserPassword());
                if (secrets.generated()) {
                    secrets.write(secretsFile);
                }
            }
            Files.writeString(hba, RULES, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not set password authentication in " + pgData, e);
        }
    }

    /** Single-user mode: the server opens no socket, reads the statements from its input. */
    private void setSuperuserPassword(Path pgData, String password) throws IOException {
        List<String> command = new ArrayList<>();
        if (LinuxUtils.isUnshareAvailable()) {
            command.addAll(List.of("unshare", "-U")); // as the library runs its binaries as root
        }
        command.addAll(List.of(
                postgresBinary().toString(),
                "--single",
                "-D",
                pgData.toString(),
                "-c",
                "log_statement=none",
                "postgres"));
        Path output = Files.createTempFile("hdnd-pg-single", ".log");
        try {
            var process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .start();
            try (var input = process.getOutputStream()) {
                input.write(("SET password_encryption = 'scram-sha-256';\n" + "ALTER ROLE " + superuser
                                + " WITH PASSWORD '" + password + "';\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("PostgreSQL in single-user mode did not finish");
            }
            String text = Files.readString(output, StandardCharsets.UTF_8);
            if (process.exitValue() != 0 || text.contains("ERROR:")) {
                throw new IOException("PostgreSQL in single-user mode failed: " + text.replace(password, "…"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while setting the database password", e);
        } finally {
            Files.deleteIfExists(output);
        }
    }

    /**
     * The binaries the library unpacked for this start (the newest unpacking). The library unpacks
     * them once per JVM: a second server in the same JVM (a test with its own application context)
     * runs the binaries of the first, so their place is remembered.
     */
    private Path postgresBinary() throws IOException {
        try (var dirs = Files.list(binaries)) {
            var found = dirs.filter(dir -> dir.getFileName().toString().startsWith("PG-"))
                    .filter(dir -> Files.isExecutable(dir.resolve("bin/postgres")))
                    .max(Comparator.comparing(PasswordAuthentication::unpackedAt))
                    .map(dir -> dir.resolve("bin/postgres"));
            if (found.isPresent()) {
                UNPACKED_IN_THIS_JVM.set(found.get());
                return found.get();
            }
        }
        Path earlier = UNPACKED_IN_THIS_JVM.get();
        if (earlier != null && Files.isExecutable(earlier)) {
            return earlier;
        }
        throw new IOException("no PostgreSQL binaries in " + binaries);
    }

    private static FileTime unpackedAt(Path dir) {
        try {
            Path marker = dir.resolve(".exists");
            return Files.getLastModifiedTime(Files.exists(marker) ? marker : dir);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    /**
     * A directory for the server's Unix socket that only the installation's user may enter,
     * instead of the world-writable {@code /tmp}: beside the database if the socket's path stays
     * within the 107 bytes Unix allows, else a private temporary directory.
     */
    static Path socketDirectory(Path dataDirectory) throws IOException {
        var privateOnly = PosixFilePermissions.fromString("rwx------");
        Path beside = dataDirectory.toAbsolutePath().resolve("postgres-socket");
        Path socketDirectory;
        if (fits(beside)) {
            socketDirectory = Files.createDirectories(beside);
        } else {
            socketDirectory = Files.createTempDirectory("hdnd-pg-", PosixFilePermissions.asFileAttribute(privateOnly));
        }
        Files.setPosixFilePermissions(socketDirectory, privateOnly);
        return socketDirectory;
    }

    private static boolean fits(Path directory) {
        String path = directory.toString();
        return path.getBytes(StandardCharsets.UTF_8).length + "/.s.PGSQL.65535.lock".length() <= 107
                && path.chars().noneMatch(c -> Character.isWhitespace(c) || c == '\'' || c == '\\' || c == '"');
    }
}
