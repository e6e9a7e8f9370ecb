package vn.hdndso.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hdndso.HdndApplication;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;

/**
 * The embedded database lives in the data directory: a second start reuses it (nothing is
 * registered twice, demo content included), and a lock file left by a killed run does not
 * prevent the next start.
 */
class DataDirectoryIntegrationTest {

    @TempDir
    Path dataDir;

    @Test
    void aSecondStartReusesTheDataDirectoryEvenAfterAKilledRun() throws Exception {
        String firstAdminHash;
        try (ConfigurableApplicationContext first = start()) {
            assertThat(councilCount(first)).isEqualTo(115);
            var jdbc = JdbcClient.create(first.getBean(DataSource.class));
            assertThat(jdbc.sql("show fsync").query(String.class).single())
                    .as("acknowledged data survives a crash")
                    .isEqualTo("on");
            assertThat(jdbc.sql("show synchronous_commit").query(String.class).single())
                    .isEqualTo("on");
            firstAdminHash = adminPasswordHash(first);
        }
        assertThat(dataDir.resolve("postgres/PG_VERSION")).exists();
        assertThat(dataDir.resolve("postgres/postmaster.pid"))
                .as("a clean stop removes the lock")
                .doesNotExist();

        // what a killed run leaves behind: a lock file naming a process that no longer exists
        Files.writeString(
                dataDir.resolve("postgres/postmaster.pid"), "2147483646\n" + dataDir + "\n1700000000\n5432\n");

        try (ConfigurableApplicationContext second = start()) {
            assertThat(councilCount(second)).isEqualTo(115);
            assertThat(adminPasswordHash(second))
                    .as("the first administrator is created once")
                    .isEqualTo(firstAdminHash);
        }
    }

    @Test
    void aLockFileNamingADeadProcessIsRemoved() throws Exception {
        Path pgData = Files.createDirectories(dataDir.resolve("pg"));
        Files.writeString(pgData.resolve("postmaster.pid"), "2147483646\n");
        EmbeddedDatabaseServer.clearStaleServer(pgData);
        assertThat(pgData.resolve("postmaster.pid")).doesNotExist();
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(HdndApplication.class)
                .run(
                        "--hdnd.data-dir=" + dataDir,
                        "--server.port=0",
                        "--hdnd.demo=true",
                        "--hdnd.identity.admin-password=Restart-Test-Password-1",
                        "--logging.file.name=");
    }

    private static long councilCount(ConfigurableApplicationContext context) {
        return JdbcClient.create(context.getBean(DataSource.class))
                .sql("select count(*) from council")
                .query(Long.class)
                .single();
    }

    private static String adminPasswordHash(ConfigurableApplicationContext context) {
        var jdbc = JdbcClient.create(context.getBean(DataSource.class));
        var transactions = context.getBean(TransactionTemplate.class);
        List<String> hashes = Tenancy.call(
                TenantScope.allCouncils("test"),
                () -> transactions.execute(s -> jdbc.sql("select password_hash from app_user where username = 'admin'")
                        .query(String.class)
                        .list()));
        assertThat(hashes).hasSize(1);
        return hashes.getFirst();
    }
}
