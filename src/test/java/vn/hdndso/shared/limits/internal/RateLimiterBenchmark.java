package vn.hdndso.shared.limits.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.hdndso.shared.limits.RateLimit;
import vn.hdndso.support.IntegrationTest;

/**
 * What one shared rate-limit attempt costs: {@code bench.clients} threads making {@code
 * bench.attempts} attempts, all on one client (the intake benchmark's case: every submission comes
 * from 127.0.0.1, one row taken in turn) and each on its own client; the reference is the same
 * number of {@code select 1} round trips. Not part of the test suite:
 *
 * <pre>./mvnw -B test -Dtest=RateLimiterBenchmark -Dbench.attempts=20000 -Dbench.clients=16</pre>
 */
@IntegrationTest
class RateLimiterBenchmark {

    @Autowired
    RateBuckets buckets;

    @Autowired
    JdbcClient jdbc;

    @Test
    void attempts() throws Exception {
        int attempts = Integer.getInteger("bench.attempts", 20_000);
        int clients = Integer.getInteger("bench.clients", 16);
        String run = UUID.randomUUID().toString().substring(0, 8);
        var oneClient = new RateLimit("bench.one." + run, Integer.MAX_VALUE, Duration.ofSeconds(1));
        var manyClients = new RateLimit("bench.many." + run, 1_000, Duration.ofSeconds(1));
        measure("warm-up", attempts / 10, clients, i -> buckets.tryAcquire(oneClient, "warm"));
        measure(
                "reference: select 1",
                attempts,
                clients,
                i -> jdbc.sql("select 1").query(Integer.class).single());
        measure("one client (one row)", attempts, clients, i -> buckets.tryAcquire(oneClient, "203.0.113.1"));
        measure(
                "a client each",
                attempts,
                clients,
                i -> buckets.tryAcquire(manyClients, "10.0." + (i >> 8) + "." + (i & 255)));
        jdbc.sql("delete from rate_bucket where limit_name like :p")
                .param("p", "bench.%." + run)
                .update();
    }

    private static void measure(String what, int attempts, int clients, IntConsumer attempt) throws Exception {
        long[] nanos = new long[attempts];
        var next = new AtomicInteger();
        List<Callable<Void>> workers = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            workers.add(() -> {
                for (int i = next.getAndIncrement(); i < attempts; i = next.getAndIncrement()) {
                    long start = System.nanoTime();
                    attempt.accept(i);
                    nanos[i] = System.nanoTime() - start;
                }
                return null;
            });
        }
        long start = System.nanoTime();
        try (var pool = Executors.newFixedThreadPool(clients)) {
            for (var f : pool.invokeAll(workers)) {
                f.get();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Arrays.sort(nanos);
        System.out.printf(
                "BENCH %s: %d attempts, %d clients: %.0f/s, p50 %.2f ms, p99 %.2f ms (load %s)%n",
                what,
                attempts,
                clients,
                attempts / seconds,
                nanos[attempts / 2] / 1e6,
                nanos[(int) (attempts * 0.99)] / 1e6,
                java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg"))
                        .split(" ")[0]);
    }
}
