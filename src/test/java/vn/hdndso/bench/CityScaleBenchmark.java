package vn.hdndso.bench;

import static vn.hdndso.bench.CityScaleGenerator.load;
import static vn.hdndso.bench.CityScaleGenerator.report;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.shared.VnTime;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;
import vn.hdndso.support.TestClient;
import vn.hdndso.support.WebSession;

/**
 * The product on the generated city ({@link CityScale}'s data directory): p50/p95/max of the staff
 * lists of the biggest council, its public pages, the city's cross-council views and search, then
 * the row counts and sizes the national profile is extrapolated from, and the plans (EXPLAIN
 * ANALYZE, BUFFERS) of the queries behind the slowest views ({@link CityQueries}). Not part of the
 * test suite; run after {@link CityScaleGenerator} (bench/city-scale/run.sh).
 */
@CityScale
class CityScaleBenchmark {

    private static final String PASSWORD = "City-Scale-Bench-2026";

    @Autowired
    TestClient client;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Councils councils;

    @Autowired
    Clock clock;

    @Test
    void measure() {
        int n = Integer.getInteger("bench.requests", 60);
        // which groups of views to measure: -Dbench.views=staff,city,plans for a short run
        java.util.Set<String> views =
                java.util.Set.of(System.getProperty("bench.views", "staff,public,city,search,plans")
                        .split(","));
        int year = VnTime.today(clock).getYear();
        Council big = biggest();
        Council city = councils.all().stream()
                .filter(Council::isProvincial)
                .findFirst()
                .orElseThrow();
        report("biggest council %s, city council %s, load %s", big.slug(), city.slug(), load());
        sizes(big);
        String staff = TestClient.uniqueUsername("bench.city");
        client.createUser(big.slug(), staff, PASSWORD, "Thư ký đo hiệu năng", "COUNCIL_ADMIN", "CLERK");
        String cityStaff = TestClient.uniqueUsername("bench.city");
        client.createUser(city.slug(), cityStaff, PASSWORD, "Chuyên viên thành phố", "COUNCIL_ADMIN", "CLERK");
        var session = new WebSession(client);
        session.signIn(staff, PASSWORD);
        var citySession = new WebSession(client);
        citySession.signIn(cityStaff, PASSWORD);

        String app = "/app/councils/" + big.slug();
        String api = "/api/v1/councils/" + big.slug();
        if (views.contains("staff")) {
            report("-- staff lists (target p95 ≤ 100 ms)");
            time("page documents", n, () -> session.get(app + "/documents"));
            time("page petitions", n, () -> session.get(app + "/petitions"));
            time("page sessions", n, () -> session.get(app + "/sessions"));
            time("api documents", n, () -> client.get(api + "/documents", staff, PASSWORD));
            time("api petitions", n, () -> client.get(api + "/petitions", staff, PASSWORD));
            time("api petition-issues", n, () -> client.get(api + "/petition-issues", staff, PASSWORD));
            time("api sessions", n, () -> client.get(api + "/sessions", staff, PASSWORD));
        }
        if (views.contains("public")) {
            report("-- public council pages");
            for (String path : List.of("", "/van-ban", "/ky-hop", "/kien-nghi", "/kien-nghi/thong-ke")) {
                time("public /" + big.slug() + path, n, () -> client.get("/" + big.slug() + path));
            }
        }
        if (views.contains("city")) {
            report("-- the city's cross-council views (target p95 ≤ 200 ms)");
            String cityLevel = "/api/v1/councils/" + city.slug() + "/petition-issues/city-level";
            // the first read after the migration (or after the generator) places every open city-level issue
            long started = System.nanoTime();
            var first = client.get(cityLevel, cityStaff, PASSWORD);
            report(
                    "city-level petitions, first read (places the issues): %d in %.0f ms, %s groups",
                    first.status(),
                    (System.nanoTime() - started) / 1e6,
                    first.json().path("total").asString());
            time(
                    "city-level petitions",
                    n,
                    () -> client.get(
                            "/api/v1/councils/" + city.slug() + "/petition-issues/city-level", cityStaff, PASSWORD));
            time("indicator table api T1", n, () -> client.get("/api/v1/indicators?code=T1&period=" + year));
            time("indicator table page /chi-so", n, () -> client.get("/chi-so"));
        }
        if (views.contains("search")) {
            report("-- search (reported; latency is another engineer's work)");
            for (String q : List.of("đường giao thông", "ngân sách", "\"kế hoạch\" 2025")) {
                time(
                        "search " + q,
                        n,
                        () -> client.get("/api/v1/search?q="
                                + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8)));
            }
        }
        if (views.contains("plans")) {
            report("-- plans");
            new CityQueries(jdbc, transactions).explainAll(big, year);
        }
        report("load at the end %s", load());
    }

    private Council biggest() {
        String slug = allCouncils(() -> jdbc.queryForObject(
                "select c.slug from council c join outgoing_document d on d.council_id = c.id"
                        + " group by c.slug order by count(*) desc limit 1",
                String.class));
        return councils.requireBySlug(java.util.Objects.requireNonNull(slug, "a council with documents"));
    }

    /** Rows, table and index sizes, WAL and the search index: the numbers the national profile scales. */
    private void sizes(Council big) {
        List<Map<String, Object>> tables = allCouncils(() -> jdbc.queryForList(
                "select c.relname as table, c.reltuples::bigint as rows, pg_table_size(c.oid) as table_bytes,"
                        + " pg_indexes_size(c.oid) as index_bytes from pg_class c join pg_namespace n on n.oid ="
                        + " c.relnamespace where n.nspname = 'public' and c.relkind = 'r' and pg_total_relation_size(c.oid)"
                        + " > 1000000 order by pg_total_relation_size(c.oid) desc"));
        for (Map<String, Object> t : tables) {
            report(
                    "table %-24s rows %,12d table %,8d MB indexes %,8d MB",
                    t.get("table"),
                    ((Number) t.get("rows")).longValue(),
                    ((Number) t.get("table_bytes")).longValue() >> 20,
                    ((Number) t.get("index_bytes")).longValue() >> 20);
        }
        report(
                "database %s; big council %s: %s documents, %s petitions",
                allCouncils(() -> jdbc.queryForObject(
                        "select pg_size_pretty(pg_database_size(current_database()))", String.class)),
                big.slug(),
                allCouncils(() -> jdbc.queryForObject(
                        "select count(*) from outgoing_document where council_id = ?",
                        Long.class,
                        big.id().value())),
                allCouncils(() -> jdbc.queryForObject(
                        "select count(*) from petition where council_id = ?",
                        Long.class,
                        big.id().value())));
    }

    private <T> T allCouncils(Supplier<T> work) {
        return Tenancy.call(
                TenantScope.allCouncils("city-scale benchmark: sizes"), () -> transactions.execute(s -> work.get()));
    }

    /** Ten warm-up requests, then n measured: p50, p95, max, bytes of the last answer. */
    private static void time(String name, int n, Supplier<TestClient.Response> request) {
        int status = 0;
        int bytes = 0;
        for (int i = 0; i < 10; i++) {
            request.get();
        }
        long[] nanos = new long[n];
        for (int i = 0; i < n; i++) {
            long started = System.nanoTime();
            TestClient.Response answer = request.get();
            nanos[i] = System.nanoTime() - started;
            status = answer.status();
            bytes = answer.body().length();
        }
        Function<Integer, Double> p = percentile -> ms(nanos, percentile);
        report(
                "%-34s %d %,8d chars  p50 %6.1f ms  p95 %6.1f ms  max %6.1f ms  (load %s)",
                name, status, bytes, p.apply(50), p.apply(95), p.apply(100), load());
    }

    static double ms(long[] nanos, int percentile) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }

    static List<String> lines(List<Map<String, Object>> plan) {
        List<String> out = new ArrayList<>();
        plan.forEach(row -> out.add(String.valueOf(row.values().iterator().next())));
        return out;
    }
}
