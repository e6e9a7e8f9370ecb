package vn.hdndso.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hdndso.support.ExtraInstance.freePort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.hdndso.shared.InstallationProperties;
import vn.hdndso.support.ExtraInstance;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;

/**
 * Issue 18 §2: both instances keep the keys they verified (no connection for a key used a moment
 * ago), and a key revoked on either, or an account disabled in the database, is refused on both:
 * at once on the instance that revoked it, within {@link #BOUND_MILLIS} on the other (the
 * database's notification, {@code api_key_change}). "Here" is this test's application; "there" a
 * second instance (its own JVM and port) on the same database.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiKeyRevocationAcrossInstancesIntegrationTest {

    static final String SLUG = "nguyen-giap";
    static final String USERS = "/api/v1/councils/" + SLUG + "/users";
    static final String KEYS = "/api/v1/councils/" + SLUG + "/api-keys";
    static final String PASSWORD = "Two-Instances-Keys-2026";
    static final long BOUND_MILLIS = 2_000;

    @Autowired
    DataSource dataSource;

    @Autowired
    @Qualifier("ownerDataSource")
    DataSource owner;

    @Autowired
    InstallationProperties installation;

    @Autowired
    TestClient client;

    final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private String here = "";
    private String there = "";
    private Process process;
    private Path log;

    record Key(String id, String token, String userId) {}

    @BeforeAll
    void secondInstance() throws Exception {
        here = client.baseUrl();
        int port = freePort();
        there = "http://127.0.0.1:" + port;
        Path data = Files.createTempDirectory(Path.of("target"), "keys-instance-");
        log = data.resolve("instance.log");
        Files.createDirectories(data.resolve("keys"));
        try (var keys = Files.list(installation.dataDir().resolve("keys"))) {
            for (Path key : keys.toList()) {
                Files.copy(key, data.resolve("keys").resolve(key.getFileName()));
            }
        }
        List<String> command = ExtraInstance.applicationCommand(port, data);
        command.addAll(List.of(
                "--hdnd.identity.admin-password=Two-Instances-Admin-2026",
                "--hdnd.notifications.poll-interval=1h",
                "--hdnd.sessions.pack-ready.cron=-",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + freePort(),
                "--logging.file.name="));
        command.addAll(ExtraInstance.onTheTestDatabase(dataSource, installation.dataDir()));
        command.addAll(ExtraInstance.withTheSuitesLimits());
        process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        ExtraInstance.awaitHealthy("the second instance", port, process, log, Duration.ofMinutes(5));
    }

    @AfterAll
    void stop() throws Exception {
        if (process != null) {
            process.destroy();
            process.waitFor();
        }
    }

    @Test
    void aKeyRevokedHereIsRefusedHereAtOnceAndThereWithinTheBound() throws Exception {
        Key key = newKey("revoked.here");
        keptOnBoth(key);

        assertThat(send(here, "DELETE", KEYS + "/" + key.id(), basicAdmin()).statusCode())
                .isEqualTo(204);

        assertThat(bearer(here, key.token()).statusCode()).as("here, at once").isEqualTo(401);
        assertThat(millisUntilRefused(there, key.token())).as("there").isLessThan(BOUND_MILLIS);
    }

    @Test
    void aKeyRevokedThereIsRefusedThereAtOnceAndHereWithinTheBound() throws Exception {
        Key key = newKey("revoked.there");
        keptOnBoth(key);

        assertThat(send(there, "DELETE", KEYS + "/" + key.id(), basicAdmin()).statusCode())
                .isEqualTo(204);

        assertThat(bearer(there, key.token()).statusCode()).as("there, at once").isEqualTo(401);
        assertThat(millisUntilRefused(here, key.token())).as("here").isLessThan(BOUND_MILLIS);
    }

    @Test
    void anAccountDisabledInTheDatabaseIsRefusedOnBothWithinTheBound() throws Exception {
        Key key = newKey("disabled");
        keptOnBoth(key);

        JdbcClient.create(owner)
                .sql("update app_user set enabled = false where id = :id::uuid")
                .param("id", key.userId())
                .update();

        assertThat(millisUntilRefused(here, key.token())).as("here").isLessThan(BOUND_MILLIS);
        assertThat(millisUntilRefused(there, key.token())).as("there").isLessThan(BOUND_MILLIS);
    }

    private void keptOnBoth(Key key) throws Exception {
        for (String instance : List.of(here, there, here, there)) {
            var used = bearer(instance, key.token());
            assertThat(used.statusCode()).as(instance + ": " + used.body()).isEqualTo(200);
            assertThat(used.body()).contains("Người Giữ Khóa Hai Máy");
        }
    }

    private long millisUntilRefused(String instance, String token) throws Exception {
        long start = System.nanoTime();
        long deadline = start + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (bearer(instance, token).statusCode() == 401) {
                return (System.nanoTime() - start) / 1_000_000;
            }
            Thread.sleep(20);
        }
        return Long.MAX_VALUE;
    }

    private Key newKey(String name) {
        String userId = client.createUser(
                SLUG, TestClient.uniqueUsername("keys." + name), PASSWORD, "Người Giữ Khóa Hai Máy", "COUNCIL_ADMIN");
        var created = client.postJson(
                KEYS,
                Map.of("userId", userId, "name", "Khóa " + name, "scopes", List.of("read:council")),
                TestClient.ADMIN,
                TestClient.ADMIN_PASSWORD);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return new Key(
                created.json().get("id").asString(), created.json().get("token").asString(), userId);
    }

    private HttpResponse<String> bearer(String instance, String token) throws Exception {
        return send(instance, "GET", USERS, "Bearer " + token);
    }

    private static String basicAdmin() {
        return "Basic "
                + Base64.getEncoder()
                        .encodeToString(
                                (TestClient.ADMIN + ":" + TestClient.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> send(String instance, String method, String path, String authorization)
            throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(instance + path))
                        .timeout(Duration.ofSeconds(60))
                        .header("Authorization", authorization)
                        .method(method, HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
