package vn.hdndso.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.search.IndexAdministration;
import vn.hdndso.shared.VnTime;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;

/**
 * Generates a city's five years of work into its OWN data directory (its own embedded PostgreSQL,
 * never the test database): every council of the installation × {@code bench.years} years, at
 * {@code bench.scale} of the full size (1.0: about 2M documents and 1M petitions over 115 councils).
 * One transaction per council-year in that council's staff scope; a council-year already written is
 * skipped, so a stopped run resumes. Then rebuilds the search index from the database. Not part of
 * the test suite; see bench/city-scale/README.md:
 *
 * <pre>./mvnw -B test -Dtest=CityScaleGenerator -Dbench.scale=0.25 -Dsurefire.failIfNoSpecifiedTests=false</pre>
 */
@CityScale
class CityScaleGenerator {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Councils councils;

    @Autowired
    IndexAdministration index;

    @Autowired
    Clock clock;

    @Test
    void generate() throws Exception {
        double scale = Double.parseDouble(System.getProperty("bench.scale", "1.0"));
        int years = Integer.getInteger("bench.years", 5);
        int limit = Integer.getInteger("bench.councils", Integer.MAX_VALUE);
        LocalDate today = VnTime.today(clock);
        var operations = new CityOperations(jdbc, CityDistributions.load(Path.of("")), today, scale);
        List<Council> all = councils.all().stream()
                .sorted(Comparator.comparing(Council::slug))
                .limit(limit)
                .toList();
        double[] weights = weights(all.size());
        report("city: %d councils × %d years at scale %.3f, load %s", all.size(), years, scale, load());
        Map<String, Integer> total = new LinkedHashMap<>();
        long started = System.nanoTime();
        int done = 0;
        int skipped = 0;
        for (int c = 0; c < all.size(); c++) {
            Council council = all.get(c);
            for (int year = today.getYear() - years + 1; year <= today.getYear(); year++) {
                int y = year;
                int index = c;
                @org.jspecify.annotations.Nullable
                Map<String, Integer> rows = Tenancy.call(
                        TenantScope.staffOf(council.id()),
                        () -> transactions.execute(s -> operations.written(council.id(), y)
                                ? Map.of("completed", operations.complete(council.id()))
                                : operations.write(council.id(), index, weights[index], y)));
                if (rows == null || rows.containsKey("completed")) {
                    if (rows != null) {
                        total.merge("petition_issue completed", rows.get("completed"), Integer::sum);
                    }
                    skipped++;
                } else {
                    rows.forEach((table, n) -> total.merge(table, n, Integer::sum));
                }
                done++;
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            int rows = total.values().stream().mapToInt(Integer::intValue).sum();
            report(
                    "%3d/%d %-28s weight %.2f | %,d rows in %.0f s (%,.0f rows/s), %d council-years skipped | ETA %.0f s | load %s",
                    c + 1,
                    all.size(),
                    council.slug(),
                    weights[c],
                    rows,
                    seconds,
                    rows / Math.max(seconds, 0.001),
                    skipped,
                    seconds / done * (all.size() * years - done),
                    load());
        }
        report("written: %s", total);
        report("rebuilding the search index from the database");
        index.start();
        long rebuild = System.nanoTime();
        long timeout = Long.getLong("bench.rebuild-timeout", Long.MAX_VALUE / 2_000_000_000L);
        while ((index.progress().running() || index.progress().state().name().equals("IDLE"))
                && (System.nanoTime() - rebuild) / 1e9 < timeout) {
            Thread.sleep(5_000);
            report(
                    "search rebuild: %d%%, %d items",
                    index.progress().percent(), index.progress().items());
        }
        report(
                "search rebuild %s: %d items in %.0f s",
                index.progress().state(), index.progress().items(), (System.nanoTime() - rebuild) / 1e9);
    }

    /** Councils differ in size: weights drawn log-normally (σ 0.5, fixed seed), mean 1 over the city. */
    static double[] weights(int councils) {
        var random = new Random(115);
        double[] weights = new double[councils];
        double sum = 0;
        for (int i = 0; i < councils; i++) {
            weights[i] = Math.exp(0.5 * random.nextGaussian());
            sum += weights[i];
        }
        for (int i = 0; i < councils; i++) {
            weights[i] = weights[i] * councils / sum;
        }
        return weights;
    }

    static String load() {
        try {
            return java.nio.file.Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException e) {
            return "?";
        }
    }

    static void report(String format, Object... args) {
        System.out.println("[city] " + String.format(Locale.ROOT, format, args));
    }
}
