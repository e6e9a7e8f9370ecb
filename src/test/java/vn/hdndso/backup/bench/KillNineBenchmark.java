package vn.hdndso.backup.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hdndso.support.ExtraInstance.freePort;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import vn.hdndso.support.ExtraInstance;

/**
 * The campaign's kill -9 (issue 17): the real application with its own embedded PostgreSQL is
 * killed with SIGKILL (the JVM and the database server, no shutdown of either) at a random moment
 * while writers submit petitions, then started again on the same data directory; after every
 * restart every acknowledged petition (201 with a tracking code) must be in the database exactly
 * once, no petition may be there twice, and the council's audit chain must verify. Not part of the
 * suite (Surefire runs {@code *Test} only); see {@code docs/reliability.md} for the figures.
 *
 * <pre>./mvnw -B test -Dtest=KillNineBenchmark -Dbench.kills=100 | grep '\[bench\]'</pre>
 */
class KillNineBenchmark {

    static final String SLUG = "kien-hung";
    static final String ADMIN_PASSWORD = "Kill-Nine-Benchmark-2026";
    static final JsonMapper JSON = JsonMapper.builder().build();

    final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** A petition the application acknowledged, or one in flight when it died. */
    record Sent(String marker, String trackingCode) {}

    @Test
    void everyAcknowledgedWriteSurvivesEveryKill() throws Exception {
        int kills = Integer.getInteger("bench.kills", 5);
        int writers = Integer.getInteger("bench.writers", 4);
        Path data = Files.createTempDirectory(Path.of("target"), "kill-nine-");
        Set<Sent> acknowledged = ConcurrentHashMap.newKeySet();
        Set<String> attempted = ConcurrentHashMap.newKeySet();
        long started = System.nanoTime();
        List<Long> restartMillis = new ArrayList<>();
        for (int round = 1; round <= kills; round++) {
            int port = freePort();
            Path log = data.resolve("instance-" + round + ".log");
            long t0 = System.nanoTime();
            Process instance = start(port, data, log);
            awaitHealthy(port, instance, log);
            restartMillis.add(Duration.ofNanos(System.nanoTime() - t0).toMillis());
            check(port, data, acknowledged, attempted, round);

            AtomicBoolean running = new AtomicBoolean(true);
            List<Thread> threads = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                threads.add(Thread.ofVirtual().start(() -> {
                    while (running.get()) {
                        String marker = UUID.randomUUID().toString();
                        attempted.add(marker);
                        try {
                            var answer = submit(port, marker);
                            if (answer.statusCode() == 201) {
                                acknowledged.add(new Sent(
                                        marker,
                                        JSON.readTree(answer.body())
                                                .get("trackingCode")
                                                .asString()));
                            }
                        } catch (Exception dying) {
                            return; // the connection broke: the instance is being killed
                        }
                    }
                }));
            }
            // a random moment once writes are being acknowledged (the first ones of a cold JVM are slow)
            long window = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            int before = acknowledged.size();
            while (acknowledged.size() == before && System.nanoTime() < window) {
                Thread.sleep(100);
            }
            Thread.sleep(ThreadLocalRandom.current().nextLong(0, 5_000));
            killHard(instance, data);
            running.set(false);
            for (Thread thread : threads) {
                thread.join(Duration.ofSeconds(70));
            }
            System.out.printf(
                    "[bench] kill %d: %d acknowledged so far, %d attempted%n",
                    round, acknowledged.size(), attempted.size());
        }
        int port = freePort();
        Path log = data.resolve("instance-final.log");
        Process instance = start(port, data, log);
        try {
            awaitHealthy(port, instance, log);
            check(port, data, acknowledged, attempted, kills + 1);
        } finally {
            instance.destroy();
            instance.waitFor();
        }
        System.out.printf(
                "[bench] %d kills, %d petitions acknowledged, all present exactly once; restarts %s ms; %d s in all%n",
                kills,
                acknowledged.size(),
                restartMillis,
                Duration.ofNanos(System.nanoTime() - started).toSeconds());
    }

    /**
     * SIGKILL to the JVM and to the embedded PostgreSQL server (started through {@code pg_ctl}, so
     * not the JVM's child: found by its {@code postmaster.pid}); the server's backends exit when
     * they see their postmaster gone, and the next start recovers from the write-ahead log.
     */
    private static void killHard(Process instance, Path data) throws Exception {
        List<String> pid = Files.readAllLines(data.resolve("postgres").resolve("postmaster.pid"));
        var postmaster = ProcessHandle.of(Long.parseLong(pid.getFirst().strip()));
        instance.destroyForcibly();
        postmaster.ifPresent(ProcessHandle::destroyForcibly);
        instance.waitFor();
        postmaster.ifPresent(p -> p.onExit().join());
    }

    private void check(int port, Path data, Set<Sent> acknowledged, Set<String> attempted, int round) throws Exception {
        Properties secrets = new Properties();
        try (var in = Files.newBufferedReader(data.resolve("postgres").resolve("hdnd-secrets.properties"))) {
            secrets.load(in);
        }
        String pgPort = Files.readAllLines(data.resolve("postgres").resolve("postmaster.pid"))
                .get(3)
                .strip();
        Map<String, Integer> counts = new java.util.HashMap<>();
        try (var connection = DriverManager.getConnection(
                        "jdbc:postgresql://127.0.0.1:" + pgPort + "/hdnd",
                        "postgres",
                        secrets.getProperty("superuser.password"));
                var statement = connection.createStatement();
                var rs = statement.executeQuery("""
                        select substring(content from 'mã ([0-9a-f-]{36})'), count(*) from petition
                        where content like 'Kiểm tra độ bền%' group by 1""")) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getInt(2));
            }
        }
        for (Sent sent : acknowledged) {
            assertThat(counts.get(sent.marker()))
                    .as("round %d: acknowledged petition %s is there once", round, sent.trackingCode())
                    .isEqualTo(1);
        }
        counts.forEach((marker, n) ->
                assertThat(n).as("round %d: %s at most once", round, marker).isEqualTo(1));
        assertThat(attempted).containsAll(counts.keySet());
        var chain = http.send(
                HttpRequest.newBuilder(URI.create(
                                "http://127.0.0.1:" + port + "/api/v1/councils/" + SLUG + "/audit/verification"))
                        .header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString(
                                                        ("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                        .timeout(Duration.ofSeconds(60))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(chain.statusCode()).as(chain.body()).isEqualTo(200);
        assertThat(JSON.readTree(chain.body()).get("intact").asBoolean())
                .as("round %d: audit chain %s", round, chain.body())
                .isTrue();
        System.out.printf(
                "[bench] restart %d: %d acknowledged all present once, %d stored in all, audit chain intact%n",
                round, acknowledged.size(), counts.size());
    }

    private Process start(int port, Path data, Path log) throws IOException {
        List<String> command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                "vn.hdndso.HdndApplication",
                "--server.port=" + port,
                "--hdnd.data-dir=" + data.toAbsolutePath(),
                "--hdnd.db.pool-size=6",
                "--hdnd.demo=false",
                "--hdnd.identity.admin-password=" + ADMIN_PASSWORD,
                "--hdnd.petitions.per-address-per-hour=100000000",
                "--logging.file.name=");
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }

    private HttpResponse<String> submit(int port, String marker) throws Exception {
        String body = JSON.writeValueAsString(Map.of(
                "content",
                "Kiểm tra độ bền: đề nghị sửa đường liên thôn, mã " + marker + ", trời mưa rất lầy lội.",
                "submitterName",
                "Cử tri Kiến Hưng",
                "contact",
                "kill-" + marker.substring(0, 8) + "@kien-hung.test",
                "consent",
                true,
                "channel",
                "WEB"));
        return http.send(
                HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + port + "/api/v1/councils/" + SLUG + "/petitions"))
                        .timeout(Duration.ofSeconds(60))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private void awaitHealthy(int port, Process instance, Path log) throws Exception {
        ExtraInstance.awaitHealthy("the instance", port, instance, log, Duration.ofMinutes(5));
    }
}
