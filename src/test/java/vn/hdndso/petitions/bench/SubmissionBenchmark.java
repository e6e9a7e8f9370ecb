package vn.hdndso.petitions.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hdndso.petitions.internal.SyntheticPetitions;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;

/**
 * Public submissions through the JSON API (HTTP, validation, classification, duplicate grouping,
 * one transaction each) against the embedded PostgreSQL, spread over the installation's councils,
 * with concurrent clients; then checks that every accepted petition is in the database. Not part
 * of the test suite; see bench/petitions/README.md:
 *
 * <pre>./mvnw -B test -Dtest=SubmissionBenchmark -Dbench.submissions=3000 -Dbench.clients=16</pre>
 */
@IntegrationTest
class SubmissionBenchmark {

    @Autowired
    TestClient client;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    @Qualifier("ownerDataSource")
    DataSource owner;

    /** The machine's 1-minute load average (shared with other builds: report it with each figure). */
    static String load() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg"))
                    .split(" ")[0];
        } catch (java.io.IOException e) {
            return "?";
        }
    }

    @Test
    void sustainsPublicSubmissions() throws Exception {
        int n = Integer.getInteger("bench.submissions", 2000);
        int clients = Integer.getInteger("bench.clients", 16);
        List<String> slugs = client.get("/api/v1/councils?size=500")
                .json()
                .get("items")
                .valueStream()
                .map(c -> c.get("slug").asString())
                .toList();
        var synthetic = new SyntheticPetitions(11);
        String marker = "bench" + Long.toString(System.nanoTime(), 36);
        List<String[]> work = new ArrayList<>();
        var random = new Random(3);
        for (int i = 0; i < n; i++) {
            int council = random.nextInt(slugs.size());
            work.add(new String[] {
                slugs.get(council),
                synthetic.nextIn(random.nextInt(synthetic.councils()), random).text() + " " + marker
            });
        }
        // warm-up: bench.warmup submissions (default 500) by the same clients, so the JIT has compiled
        // the request path before the clock starts (50 left the compiler threads busy during the run)
        int warmup = Integer.getInteger("bench.warmup", 500);
        long warmStart = System.nanoTime();
        try (var pool = Executors.newFixedThreadPool(clients)) {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < warmup; i++) {
                int k = i % n;
                futures.add(pool.submit(() -> client.postJson(
                        "/api/v1/councils/" + work.get(k)[0] + "/petitions",
                        Map.of("content", work.get(k)[1], "consent", true))));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        }
        System.out.printf(
                Locale.ROOT,
                "[bench] warm-up: %d submissions by %d clients in %.1f s; load %s%n",
                warmup,
                clients,
                (System.nanoTime() - warmStart) / 1e9,
                load());
        String loadBefore = load();
        Costs before = costs();
        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        long[] latencies = new long[n];
        long start = System.nanoTime();
        try (var pool = Executors.newFixedThreadPool(clients)) {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int k = i;
                futures.add(pool.submit(() -> {
                    long t = System.nanoTime();
                    var response = client.postJson(
                            "/api/v1/councils/" + work.get(k)[0] + "/petitions",
                            Map.of("content", work.get(k)[1], "consent", true, "channel", "WEB"));
                    latencies[k] = (System.nanoTime() - t) / 1_000_000;
                    (response.status() == 201 ? accepted : refused).incrementAndGet();
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Costs after = costs();
        String loadAfter = load();
        java.util.Arrays.sort(latencies);
        Long stored = Tenancy.call(
                TenantScope.allCouncils("benchmark: count what was stored"),
                () -> transactions.execute(s -> jdbc.sql("select count(*) from petition where content like :m")
                        .param("m", "%" + marker)
                        .query(Long.class)
                        .single()));
        System.out.printf(
                Locale.ROOT,
                "[bench] submissions=%d clients=%d councils=%d accepted=%d refused=%d stored=%d wall=%.1fs → %.0f petitions/s; latency p50=%dms p95=%dms p99=%dms; load %s → %s%n",
                n,
                clients,
                slugs.size(),
                accepted.get(),
                refused.get(),
                stored,
                seconds,
                n / seconds,
                latencies[n / 2],
                latencies[n * 95 / 100],
                latencies[n * 99 / 100],
                loadBefore,
                loadAfter);
        System.out.printf(
                Locale.ROOT,
                "[bench] per submission, all threads (requests, load generator, audit sealer, search feed, live indicators):"
                        + " JVM CPU %.2f ms, PostgreSQL CPU %.2f ms (%d processes); %.2f transactions committed,"
                        + " %.1f rows inserted, %.1f rows updated, %.1f rows read%n",
                (after.jvmCpuMillis() - before.jvmCpuMillis()) / n,
                (after.databaseCpuMillis() - before.databaseCpuMillis()) / n,
                after.databaseProcesses(),
                (after.commits() - before.commits()) / (double) n,
                (after.inserted() - before.inserted()) / (double) n,
                (after.updated() - before.updated()) / (double) n,
                (after.fetched() - before.fetched()) / (double) n);
        assertThat(stored).isEqualTo(accepted.get() + (long) warmup);
        double reference = plainInserts(work, clients);
        System.out.printf(
                Locale.ROOT,
                "[bench] reference: plain INSERT of the same %d texts, one autocommit row each, %d clients → %.0f rows/s; product/reference = %.3f; load %s%n",
                n,
                clients,
                reference,
                (n / seconds) / reference,
                load());
    }

    /**
     * What the run cost: CPU time of this JVM (the application and the load generator) and of the
     * embedded PostgreSQL's processes (the postmaster, found as the parent of a backend, and its
     * children), and the database's own counters (pg_stat_database, every session).
     */
    record Costs(
            double jvmCpuMillis,
            double databaseCpuMillis,
            int databaseProcesses,
            long commits,
            long inserted,
            long updated,
            long fetched) {}

    private Costs costs() throws Exception {
        try (Connection c = owner.getConnection();
                Statement st = c.createStatement()) {
            st.execute("select pg_stat_clear_snapshot()");
            long backend;
            try (var rs = st.executeQuery("select pg_backend_pid()")) {
                rs.next();
                backend = rs.getLong(1);
            }
            long[] counters = new long[4];
            try (var rs = st.executeQuery("select xact_commit, tup_inserted, tup_updated, tup_fetched"
                    + " from pg_stat_database where datname = current_database()")) {
                rs.next();
                for (int i = 0; i < 4; i++) {
                    counters[i] = rs.getLong(i + 1);
                }
            }
            var postmaster = ProcessHandle.of(backend).flatMap(ProcessHandle::parent);
            List<ProcessHandle> processes = new ArrayList<>();
            postmaster.ifPresent(p -> {
                processes.add(p);
                p.descendants().forEach(processes::add);
            });
            double database = processes.stream()
                    .mapToDouble(p -> p.info()
                            .totalCpuDuration()
                            .map(d -> d.toNanos() / 1e6)
                            .orElse(0.0))
                    .sum();
            double jvm = ProcessHandle.current()
                    .info()
                    .totalCpuDuration()
                    .map(d -> d.toNanos() / 1e6)
                    .orElse(0.0);
            return new Costs(jvm, database, processes.size(), counters[0], counters[1], counters[2], counters[3]);
        }
    }

    /**
     * The floor: the same texts inserted by the same number of clients straight into PostgreSQL,
     * one row and one commit each (no HTTP, no checks, no classification, no audit).
     */
    private double plainInserts(List<String[]> work, int clients) throws Exception {
        try (Connection c = owner.getConnection();
                Statement st = c.createStatement()) {
            st.execute("create table if not exists bench_plain_insert (id uuid primary key, council varchar(100)"
                    + " not null, content text not null, received_at timestamptz not null default now())");
            st.execute("truncate bench_plain_insert");
        }
        int n = work.size();
        long start = System.nanoTime();
        try (var pool = Executors.newFixedThreadPool(clients)) {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < clients; t++) {
                int from = t;
                futures.add(pool.submit(() -> {
                    try (Connection c = owner.getConnection();
                            PreparedStatement insert = c.prepareStatement(
                                    "insert into bench_plain_insert (id, council, content) values (?, ?, ?)")) {
                        for (int k = from; k < n; k += clients) {
                            insert.setObject(1, java.util.UUID.randomUUID());
                            insert.setString(2, work.get(k)[0]);
                            insert.setString(3, work.get(k)[1]);
                            insert.executeUpdate();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        }
        double rate = n / ((System.nanoTime() - start) / 1e9);
        try (Connection c = owner.getConnection();
                Statement st = c.createStatement()) {
            st.execute("drop table bench_plain_insert");
        }
        return rate;
    }
}
