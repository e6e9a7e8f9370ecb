package vn.hdndso.shared.limits.internal;

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
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import vn.hdndso.shared.InstallationProperties;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;
import vn.hdndso.support.ExtraInstance;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;

/**
 * Issue 20's "rate limits hold across instances": two more instances of the application (A and B,
 * each its own JVM, port, data directory and search index, on this test's database, with the
 * installation's keys shared as an operator would) behind no balancer: the test plays it, sending
 * half of a client's attempts to A and half to B. The next attempt is refused with the Vietnamese
 * problem, for petitions and for sign-ins; an account's lock counts failures on both; the bucket
 * pruning job runs on one instance at a time.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LimitsAcrossInstancesIntegrationTest {

    static final String SLUG = "an-quang";
    static final String PASSWORD = "Two-Instances-Pass-2026";
    static final int PETITIONS_PER_HOUR = 4;
    static final int SIGN_IN_BURST = 6;
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    DataSource dataSource;

    @Autowired
    InstallationProperties installation;

    @Autowired
    TestClient client;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    RateBucketPruning pruning;

    final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Instance a;
    private Instance b;

    record Instance(String name, int port, Process process, Path log) {}

    @BeforeAll
    void twoInstances() throws Exception {
        a = start("a");
        b = start("b");
        awaitHealthy(a);
        awaitHealthy(b);
    }

    @AfterAll
    void stop() throws Exception {
        for (Instance instance : List.of(a, b)) {
            if (instance != null) {
                instance.process().destroy();
                instance.process().waitFor();
            }
        }
    }

    @Test
    void petitionsFromOneAddressHalfOnAHalfOnBThenTheNextIsRefusedOnEither() throws Exception {
        String address = randomAddress();
        for (int i = 0; i < PETITIONS_PER_HOUR; i++) {
            Instance on = i % 2 == 0 ? a : b;
            var accepted = submit(on, address, i);
            assertThat(accepted.statusCode())
                    .as("petition " + (i + 1) + " on " + on.name() + ": " + accepted.body())
                    .isEqualTo(201);
        }
        for (Instance on : List.of(a, b)) {
            var refused = submit(on, address, 99);
            assertThat(refused.statusCode()).as("on " + on.name()).isEqualTo(429);
            assertThat(refused.headers().firstValue("Content-Type").orElseThrow())
                    .contains("application/problem+json");
            assertThat(JSON.readTree(refused.body()).get("detail").asString())
                    .isEqualTo("Đã có quá nhiều kiến nghị gửi từ địa chỉ mạng này trong một giờ; hãy thử lại sau.");
        }
        assertThat(submit(b, randomAddress(), 100).statusCode())
                .as("another address is served")
                .isEqualTo(201);
    }

    @Test
    void wrongPasswordsFromOneAddressHalfOnAHalfOnBThenTheNextIsRefusedWithoutAnyCheck() throws Exception {
        String username = TestClient.uniqueUsername("two.instances");
        client.createUser(SLUG, username, PASSWORD, "Người Thử Hai Máy", "COUNCIL_ADMIN");
        String address = randomAddress();
        for (int i = 0; i < SIGN_IN_BURST; i++) {
            Instance on = i % 2 == 0 ? a : b;
            assertThat(signIn(on, username, "Wrong-" + i, address).statusCode())
                    .as("wrong password " + (i + 1) + " on " + on.name() + " is checked")
                    .isEqualTo(401);
        }
        for (Instance on : List.of(a, b)) {
            var refused = signIn(on, "admin", TestClient.ADMIN_PASSWORD, address);
            assertThat(refused.statusCode()).as("on " + on.name()).isEqualTo(429);
            assertThat(refused.headers().firstValue("Retry-After")).isPresent();
            assertThat(refused.body()).contains("Vui lòng thử lại sau ít giây");
        }
        assertThat(signIn(a, "admin", TestClient.ADMIN_PASSWORD, randomAddress())
                        .statusCode())
                .as("another address is served")
                .isEqualTo(200);
    }

    @Test
    void anAccountsFailuresOnBothInstancesLockItOnBoth() throws Exception {
        String username = TestClient.uniqueUsername("two.lock");
        client.createUser(SLUG, username, PASSWORD, "Người Thử Khoá", "COUNCIL_ADMIN");
        assertThat(signIn(b, username, PASSWORD, randomAddress()).statusCode()).isEqualTo(200);
        // five wrong passwords (the lock's default), from five addresses, alternating A and B
        for (int i = 0; i < 5; i++) {
            Instance on = i % 2 == 0 ? a : b;
            assertThat(signIn(on, username, "Wrong-" + i, randomAddress()).statusCode())
                    .isEqualTo(401);
        }
        for (Instance on : List.of(a, b)) {
            assertThat(signIn(on, username, PASSWORD, randomAddress()).statusCode())
                    .as("the right password is refused on " + on.name() + " while the account is locked")
                    .isEqualTo(401);
        }
        var state = Tenancy.call(
                TenantScope.allCouncils("test: the lock of an account used on two instances"),
                () -> Objects.requireNonNull(transactions.execute(s -> jdbc.sql(
                                "select failed_logins, locked_until is not null from app_user where username = :u")
                        .param("u", username)
                        .query((rs, n) -> Map.entry(rs.getInt(1), rs.getBoolean(2)))
                        .single())));
        assertThat(state.getKey())
                .as("every failure counted, none lost between instances")
                .isEqualTo(5);
        assertThat(state.getValue()).isTrue();
    }

    @Test
    void thePruningJobRunsOnOneInstanceAtATime() throws Exception {
        String limit = "test.prune-once." + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 5; i++) {
            jdbc.sql("""
                            insert into rate_bucket (limit_name, key_hash, tokens, granted, updated_at, full_at)
                            values (:l, :k, 0, true, now() - interval '1 hour', now() - interval '1 minute')""").param("l", limit).param("k", "k" + i).update();
        }
        // this instance runs the job (holds its lock) for three seconds: A and B, which try every
        // second, and a second run here, must all leave it alone
        var held = new CompletableFuture<Void>();
        var holder = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(s -> {
            jdbc.sql("select 1 from (select pg_advisory_xact_lock(:key)) locked")
                    .param("key", RateBucketPruning.LOCK)
                    .query(Integer.class)
                    .single();
            held.complete(null);
            sleep(3_000);
        }));
        held.get();
        assertThat(pruning.runOnce().ran())
                .as("a run while another holds the lock")
                .isFalse();
        sleep(2_000);
        assertThat(count(limit))
                .as("A and B did not run while the lock was held")
                .isEqualTo(5);
        holder.get();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (count(limit) > 0 && System.nanoTime() < deadline) {
            sleep(200);
        }
        assertThat(count(limit))
                .as("one of A and B pruned them once the lock was free")
                .isZero();
        List<String> runs = new ArrayList<>();
        for (Instance instance : List.of(a, b)) {
            Files.readAllLines(instance.log()).stream()
                    .filter(line -> line.contains("rate limits: Run[ran=true"))
                    .forEach(runs::add);
        }
        assertThat(runs).as("the run that pruned is in a log").isNotEmpty();
    }

    private int count(String limit) {
        return jdbc.sql("select count(*) from rate_bucket where limit_name = :l")
                .param("l", limit)
                .query(Integer.class)
                .single();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> submit(Instance on, String address, int n) throws Exception {
        String body = JSON.writeValueAsString(Map.of(
                "content",
                "Đề nghị sửa cống thoát nước số " + n + " ở thôn " + UUID.randomUUID() + ", mưa là ngập.",
                "submitterName",
                "Cử tri An Quang",
                "consent",
                true,
                "channel",
                "WEB"));
        return http.send(
                HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + on.port() + "/api/v1/councils/" + SLUG + "/petitions"))
                        .timeout(Duration.ofSeconds(60))
                        .header("Content-Type", "application/json")
                        .header("X-Forwarded-For", address)
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> signIn(Instance on, String username, String password, String address)
            throws Exception {
        String basic = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return http.send(
                HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + on.port() + "/api/v1/councils/" + SLUG + "/users"))
                        .timeout(Duration.ofSeconds(60))
                        .header("Authorization", "Basic " + basic)
                        .header("X-Forwarded-For", address)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String randomAddress() {
        var random = ThreadLocalRandom.current();
        return "198.19." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }

    /** An instance on this test's database, sharing the installation's keys (as every instance must). */
    private Instance start(String name) throws Exception {
        int port = freePort();
        Path data = Files.createTempDirectory(Path.of("target"), "limits-instance-" + name + "-");
        Path log = data.resolve("instance.log");
        Files.createDirectories(data.resolve("keys"));
        try (var keys = Files.list(installation.dataDir().resolve("keys"))) {
            for (Path key : keys.toList()) {
                Files.copy(key, data.resolve("keys").resolve(key.getFileName()));
            }
        }
        List<String> command = ExtraInstance.applicationCommand(port, data);
        command.addAll(List.of(
                "--hdnd.identity.admin-password=Two-Instances-Admin-2026",
                "--hdnd.proxies.trusted=127.0.0.1",
                "--hdnd.petitions.per-address-per-hour=" + PETITIONS_PER_HOUR,
                "--hdnd.identity.sign-in.per-address-burst=" + SIGN_IN_BURST,
                "--hdnd.identity.sign-in.per-address-per-minute=1",
                "--hdnd.limits.prune-cron=* * * * * *",
                "--hdnd.notifications.poll-interval=1h",
                "--hdnd.sessions.pack-ready.cron=-",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + freePort(),
                "--logging.file.name="));
        command.addAll(ExtraInstance.onTheTestDatabase(dataSource, installation.dataDir()));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        return new Instance(name, port, process, log);
    }

    private void awaitHealthy(Instance instance) throws Exception {
        ExtraInstance.awaitHealthy(
                "instance " + instance.name(),
                instance.port(),
                instance.process(),
                instance.log(),
                Duration.ofMinutes(5));
    }
}
