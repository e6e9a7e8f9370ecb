package vn.hdndso.shared.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server run from the binaries on the classpath, with its data under the
 * installation's data directory so that data survives restarts. Creates the application's
 * database and its non-superuser login role on first start. Every connection authenticates with
 * a SCRAM password (see {@link PasswordAuthentication}); the Unix socket lives in a private
 * directory.
 */
final class EmbeddedDatabaseServer implements AutoCloseable {

    static final String DATABASE = "hdnd";
    static final String APP_ROLE = "hdnd_app";
    private static final String SUPERUSER = "postgres";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseServer.class);

    private final EmbeddedPostgres postgres;
    private final DatabaseSecrets secrets;
    private final Path socketDirectory;
    private final Path secretsFile;

    private EmbeddedDatabaseServer(
            EmbeddedPostgres postgres, DatabaseSecrets secrets, Path socketDirectory, Path secretsFile) {
        this.postgres = postgres;
        this.secrets = secrets;
        this.socketDirectory = socketDirectory;
        this.secretsFile = secretsFile;
    }

    static EmbeddedDatabaseServer start(Path dataDirectory) {
        Path pgData = dataDirectory.resolve("postgres");
        Path binaries = dataDirectory.resolve("postgres-bin");
        try {
            Files.createDirectories(pgData);
            Files.createDirectories(binaries);
            clearStaleServer(pgData);
            long started = System.nanoTime();
            Path secretsFile = pgData.resolve(DatabaseSecrets.FILE_NAME);
            DatabaseSecrets secrets = DatabaseSecrets.readOrGenerate(secretsFile);
            Path socketDirectory = PasswordAuthentication.socketDirectory(dataDirectory);
            var authentication = new PasswordAuthentication(binaries, SUPERUSER);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(pgData)
                    .setCleanDataDirectory(false)
                    .setOverrideWorkingDirectory(binaries.toFile())
                    .setPGStartupWait(Duration.ofSeconds(60))
                    // stopped by the application context after everything that uses it (see
                    // DatabaseConfiguration), not by a JVM hook racing the context's shutdown
                    .setRegisterShutdownHook(false)
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("unix_socket_directories", socketDirectory.toString())
                    .setServerConfig("unix_socket_permissions", "0700")
                    .setServerConfig("password_encryption", "scram-sha-256")
                    // the library's own readiness check and getPostgresDatabase() log in with this
                    .setConnectConfig("password", secrets.superuserPassword())
                    .setDataDirectoryCustomizer(dir -> authentication.apply(dir.toPath(), secrets))
                    // the library's defaults are for throw-away test databases (-F, no synchronous
                    // commit): acknowledged data must survive a crash, so turn durability back on
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("timezone", vn.hdndso.shared.VnTime.ZONE_ID)
                    .start();
            var server = new EmbeddedDatabaseServer(postgres, secrets, socketDirectory, secretsFile);
            server.prepare();
            log.info(
                    "Embedded PostgreSQL ready on port {} with data in {} ({} ms)",
                    postgres.getPort(),
                    pgData,
                    Duration.ofNanos(System.nanoTime() - started).toMillis());
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL in " + pgData, e);
        }
    }

    DatabaseTarget target() {
        return new DatabaseTarget(
                "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + DATABASE,
                SUPERUSER,
                secrets.superuserPassword(),
                APP_ROLE,
                secrets.applicationPassword());
    }

    /** The private directory of the server's Unix socket. */
    Path socketDirectory() {
        return socketDirectory;
    }

    /** The file (0600) holding the generated passwords. */
    Path secretsFile() {
        return secretsFile;
    }

    @Override
    public void close() throws IOException {
        log.info("Stopping the embedded PostgreSQL");
        postgres.close();
    }

    private void prepare() {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                var statement = connection.createStatement()) {
            try (var rs = statement.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
                if (!rs.next()) {
                    statement.execute("create database " + DATABASE + " encoding 'UTF8' template template0");
                }
            }
            try (var rs = statement.executeQuery("select 1 from pg_roles where rolname = '" + APP_ROLE + "'")) {
                if (!rs.next()) {
                    statement.execute("create role " + APP_ROLE
                            + " login nosuperuser nobypassrls nocreatedb nocreaterole noinherit");
                }
            }
            // generated, URL-safe Base64: nothing to escape; set on every start, so that a data
            // directory created before passwords existed gets one too
            statement.execute("set password_encryption = 'scram-sha-256'");
            statement.execute(
                    "alter role " + APP_ROLE + " with login password '" + secrets.applicationPassword() + "'");
        } catch (SQLException e) {
            throw new IllegalStateException("could not prepare the embedded database", e);
        }
    }

    /**
     * A run that was killed leaves {@code postmaster.pid} behind, and possibly the server it
     * started. Stop such an orphaned server and remove a lock whose process is gone, so the next
     * start succeeds.
     */
    static void clearStaleServer(Path pgData) throws IOException {
        ensureNotInUse(pgData);
        Path pidFile = pgData.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        Optional<ProcessHandle> process =
                lines.isEmpty() ? Optional.empty() : parsePid(lines.getFirst()).flatMap(ProcessHandle::of);
        if (process.isPresent() && process.get().isAlive() && isPostgres(process.get())) {
            log.warn(
                    "Stopping a PostgreSQL server left running by an earlier run (pid {})",
                    process.get().pid());
            process.get().destroy();
            try {
                process.get().onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception e) {
                process.get().destroyForcibly();
            }
        }
        if (Files.deleteIfExists(pidFile)) {
            log.warn("Removed a stale lock file {}", pidFile);
        }
    }

    /** A live instance holds the lock file; its server must not be touched. */
    private static void ensureNotInUse(Path pgData) throws IOException {
        if (!Files.exists(pgData.resolve("epg-lock"))) {
            return;
        }
        try (var channel = java.nio.channels.FileChannel.open(
                pgData.resolve("epg-lock"), java.nio.file.StandardOpenOption.WRITE)) {
            var lock = channel.tryLock();
            if (lock == null) {
                throw new IllegalStateException("the data directory " + pgData.getParent()
                        + " is in use by another running instance of HĐND số");
            }
            lock.release();
        } catch (java.nio.channels.OverlappingFileLockException e) {
            throw new IllegalStateException(
                    "the data directory " + pgData.getParent() + " is already in use by this process", e);
        }
    }

    private static Optional<Long> parsePid(String line) {
        try {
            return Optional.of(Long.parseLong(line.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command().map(c -> c.contains("postgres")).orElse(false);
    }
}
