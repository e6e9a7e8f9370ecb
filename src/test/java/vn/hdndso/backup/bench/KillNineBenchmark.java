package vn.hdndso.backup.bench;

import static vn.hdndso.support.ExtraInstance.freePort;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import vn.hdndso.support.ExtraInstance;

/**
 * The campaign's kill -9 (issue 17): the real application with its own embedded PostgreSQL is
 * killed with SIGKILL (the JVM and the database server, no shutdown of either) at a random moment
 * while writers submit petitions, cast and change ballots on an open vote (delegates' API keys),
 * upload PDF drafts and issue them (signing), then started again on the same data directory;
 * after every restart {@link KillNineChecks} checks every acknowledged write, the blob store, the
 * search index and the audit chain. Not part of the suite (Surefire runs {@code *Test} only); see
 * {@code docs/reliability.md} for the figures.
 *
 * <p>Restarts are fast when {@code ./mvnw package} has made the extracted jar and its AOT cache
 * ({@code target/hdnd-so/}): the benchmark starts that; else the test class path. Demo content is
 * off, and the data directory (with the database's) is reused from start to start.
 *
 * <pre>./mvnw -B package -Dmaven.test.skip=true
 * ./mvnw -B test -Dtest=KillNineBenchmark -Dbench.kills=100 | grep '\[bench\]'
 * KILLS=100 MINUTES=60 bench/kill-nine.sh     # the same without Maven, after test-compile</pre>
 */
class KillNineBenchmark {

    /** Runs the benchmark without Maven (bench/kill-nine.sh builds the class path). */
    public static void main(String[] args) throws Exception {
        new KillNineBenchmark().everyAcknowledgedWriteSurvivesEveryKill();
    }

    @Test
    void everyAcknowledgedWriteSurvivesEveryKill() throws Exception {
        int kills = Integer.getInteger("bench.kills", 5);
        int writers = Integer.getInteger("bench.writers", 2);
        long budget = Duration.ofMinutes(Long.getLong("bench.minutes", 600)).toNanos();
        // a data directory a run left (its database made, no accounts yet) saves the first start's migrations
        String reuse = System.getProperty("bench.data", "");
        Path data = reuse.isBlank() ? Files.createTempDirectory(Path.of("target"), "kill-nine-") : Path.of(reuse);
        KillNineMix mix = new KillNineMix();
        KillNineChecks checks = new KillNineChecks(mix, data);
        long started = System.nanoTime();
        List<Long> restartMillis = new ArrayList<>();
        int round = 1;
        for (; round <= kills && System.nanoTime() - started < budget; round++) {
            int port = freePort();
            Path log = data.resolve("instance.log");
            long t0 = System.nanoTime();
            Process instance = start(port, data, log);
            // the first start makes the database (minutes on a loaded machine)
            ExtraInstance.awaitHealthy("the instance", port, instance, log, Duration.ofMinutes(round == 1 ? 20 : 10));
            restartMillis.add(Duration.ofNanos(System.nanoTime() - t0).toMillis());
            if (round == 1) {
                mix.setUp(port);
            }
            var figures = checks.check(port, round);
            System.out.printf(
                    "[bench] restart %d in %d ms: all acknowledged writes present once; %s%n",
                    round, restartMillis.getLast(), figures);

            AtomicBoolean running = new AtomicBoolean(true);
            List<Thread> threads = mix.start(port, running, writers);
            // a random moment once writes are being acknowledged (the first ones of a cold JVM are slow)
            long window = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            int before = mix.acknowledged();
            while (mix.acknowledged() == before && System.nanoTime() < window) {
                Thread.sleep(100);
            }
            Thread.sleep(ThreadLocalRandom.current().nextLong(0, 5_000));
            killHard(instance, data);
            running.set(false);
            for (Thread thread : threads) {
                thread.join(Duration.ofSeconds(70));
            }
            Files.move(
                    log, data.resolve("instance-last-killed.log"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        int done = round - 1;
        int port = freePort();
        Path log = data.resolve("instance-final.log");
        Process instance = start(port, data, log);
        try {
            ExtraInstance.awaitHealthy("the instance", port, instance, log, Duration.ofMinutes(10));
            var figures = checks.check(port, done + 1);
            System.out.printf("[bench] final start: %s%n", figures);
        } finally {
            instance.destroy();
            instance.waitFor();
        }
        List<Long> sorted = restartMillis.stream().sorted().toList();
        System.out.printf(
                "[bench] %d kills: %d petitions, %d delegates' last ballots, %d drafts, %d issued documents acknowledged,"
                        + " all present exactly once after every restart; restarts median %d ms, max %d ms; %d s in all%n",
                done,
                mix.petitions.size(),
                mix.lastBallot.size(),
                mix.drafts.size(),
                mix.issued.size(),
                sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2),
                sorted.isEmpty() ? 0 : sorted.getLast(),
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

    /** The extracted jar with its AOT cache when {@code package} made them; else the test class path. */
    private static Process start(int port, Path data, Path log) throws IOException {
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m"));
        Path extracted = Path.of("target", "hdnd-so", "hdnd-so.jar");
        Path aot = Path.of("target", "hdnd-so", "hdnd-so.aot");
        if (Files.exists(extracted)) {
            if (Files.exists(aot)) {
                command.add("-XX:AOTCache=" + aot.toAbsolutePath());
            }
            command.addAll(List.of("-jar", extracted.toAbsolutePath().toString()));
        } else {
            command.addAll(List.of(
                    "-XX:TieredStopAtLevel=1",
                    "-cp",
                    System.getProperty("java.class.path"),
                    "vn.hdndso.HdndApplication"));
        }
        command.addAll(List.of(
                "--server.port=" + port,
                "--hdnd.data-dir=" + data.toAbsolutePath(),
                "--hdnd.db.pool-size=6",
                "--hdnd.demo=false",
                "--hdnd.identity.admin-password=" + KillNineMix.ADMIN_PASSWORD,
                "--hdnd.petitions.per-address-per-hour=100000000",
                "--logging.file.name="));
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }
}
