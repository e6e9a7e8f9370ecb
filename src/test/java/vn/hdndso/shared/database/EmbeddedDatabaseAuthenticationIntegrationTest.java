package vn.hdndso.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded PostgreSQL lets no local process in without a password: every connection, over
 * TCP or the Unix socket, authenticates with SCRAM against secrets generated for the
 * installation and kept readable by its owner only. A data directory created by an earlier
 * version (which trusted every local connection) is converted on its next start.
 */
class EmbeddedDatabaseAuthenticationIntegrationTest {

    @TempDir
    Path dataDir;

    @Test
    void aNewDataDirectoryRefusesConnectionsWithoutThePassword() throws Exception {
        try (var server = EmbeddedDatabaseServer.start(dataDir)) {
            assertLockedDown(server);
        }
    }

    @Test
    void aDataDirectoryThatTrustedEveryoneIsConvertedOnStartAndKeepsItsData() throws Exception {
        Path pgData = dataDir.resolve("postgres");
        Files.createDirectories(pgData);
        // how earlier versions created the data directory: initdb -A trust
        try (var legacy = EmbeddedPostgres.builder()
                        .setDataDirectory(pgData)
                        .setCleanDataDirectory(false)
                        .setOverrideWorkingDirectory(Files.createDirectories(dataDir.resolve("postgres-bin"))
                                .toFile())
                        .start();
                var connection = DriverManager.getConnection(
                        "jdbc:postgresql://127.0.0.1:" + legacy.getPort() + "/postgres", "postgres", "");
                var statement = connection.createStatement()) {
            statement.execute("create table kept (x int)");
            statement.execute("insert into kept values (42)");
        }
        assertThat(Files.readString(pgData.resolve("pg_hba.conf"))).contains("trust");

        try (var server = EmbeddedDatabaseServer.start(dataDir)) {
            assertLockedDown(server);
            var target = server.target();
            try (var connection = DriverManager.getConnection(
                            target.url().replace("/" + EmbeddedDatabaseServer.DATABASE, "/postgres"),
                            target.ownerUser(),
                            target.ownerPassword());
                    var rs = connection.createStatement().executeQuery("select x from kept")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(42);
            }
        }
        // and the next start of the converted directory works as usual
        try (var server = EmbeddedDatabaseServer.start(dataDir)) {
            assertLockedDown(server);
        }
    }

    private void assertLockedDown(EmbeddedDatabaseServer server) throws Exception {
        var target = server.target();
        assertThat(target.ownerPassword()).hasSizeGreaterThanOrEqualTo(32);
        assertThat(target.appPassword()).hasSizeGreaterThanOrEqualTo(32).isNotEqualTo(target.ownerPassword());
        for (String user : new String[] {target.ownerUser(), target.appUser()}) {
            assertThatThrownBy(() -> DriverManager.getConnection(target.url(), user, ""))
                    .as("%s without a password", user)
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> DriverManager.getConnection(target.url(), user, "wrong-password"))
                    .as("%s with a wrong password", user)
                    .isInstanceOf(SQLException.class);
        }
        try (var owner = DriverManager.getConnection(target.url(), target.ownerUser(), target.ownerPassword());
                var app = DriverManager.getConnection(target.url(), target.appUser(), target.appPassword());
                var rs = owner.createStatement()
                        .executeQuery("select count(*) from pg_hba_file_rules where auth_method <> 'scram-sha-256'")) {
            assertThat(app.isValid(2)).isTrue();
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).as("every rule asks for a SCRAM password").isZero();
        }
        // the Unix socket lives in a private directory, not in /tmp, and asks for a password too
        Path socketDirectory = server.socketDirectory();
        assertThat(socketDirectory.toString()).doesNotStartWith("/tmp/.s.PGSQL");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(socketDirectory)))
                .isEqualTo("rwx------");
        try (var files = Files.list(socketDirectory)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith(".s.PGSQL."));
        }
        Path secrets = server.secretsFile();
        assertThat(secrets).startsWith(dataDir);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secrets)))
                .isEqualTo("rw-------");
        assertThat(Files.readString(secrets)).contains(target.ownerPassword()).contains(target.appPassword());
    }
}
