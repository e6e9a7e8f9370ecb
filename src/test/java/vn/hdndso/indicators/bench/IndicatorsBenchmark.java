package vn.hdndso.indicators.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.documents.TestPdfs;
import vn.hdndso.indicators.IndicatorCode;
import vn.hdndso.indicators.Indicators;
import vn.hdndso.indicators.Period;
import vn.hdndso.plans.PlanIndicators;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.VnTime;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;
import vn.hdndso.support.TestClient.Part;

/**
 * The indicators over 115 councils × 5 years of synthetic operations: filling the values, an
 * event's effect visible through the API, the city table; each next to a reference doing the same
 * work without the engine (plain SQL). Not part of the test suite; see bench/indicators/README.md:
 *
 * <pre>./mvnw -B test -Dtest=IndicatorsBenchmark -Dsurefire.failIfNoSpecifiedTests=false | grep '\[bench\]'</pre>
 */
@IntegrationTest
class IndicatorsBenchmark {

    private static final String PASSWORD = "Indicators-Bench-2026";

    /** The codes that have a source: all of them since training (T9) and oversight (T11). */
    private static final List<IndicatorCode> SOURCED = Arrays.asList(IndicatorCode.values());

    @Autowired
    TestClient client;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Councils councils;

    @Autowired
    Indicators indicators;

    @Autowired
    PlanIndicators planIndicators;

    @Autowired
    Clock clock;

    @Test
    void measure() throws Exception {
        LocalDate today = VnTime.today(clock);
        int year = today.getYear();
        List<Council> all = councils.all();
        report(
                "councils=%d today=%s cores=%d",
                all.size(), today, Runtime.getRuntime().availableProcessors());
        waitForTheFillAtStart(all.size(), year);

        // 1. synthetic operations, then the engine measures every value again
        long started = System.nanoTime();
        var synthetic = new SyntheticOperations(
                jdbc,
                57,
                SyntheticOperations.monthWeightsOf(Path.of("testdata/documents/hdnd-resolutions-index.csv")),
                today);
        Map<String, Integer> rows = allCouncils(
                "benchmark: synthetic operations",
                () -> synthetic.write(all.stream().map(Council::id).toList(), year - 4, year));
        report(
                "synthetic operations 2022–%d: %d rows in %.1f s %s",
                year, rows.values().stream().mapToInt(Integer::intValue).sum(), seconds(started), rows);
        allCouncils("benchmark: forget the stored values", () -> jdbc.update("delete from indicator_value"));

        List<Period> current = Period.allContaining(today);
        started = System.nanoTime();
        int values = fill(current);
        double currentSeconds = seconds(started);
        report(
                "fill, current periods %s: %d values (%d councils × %d codes) in %.1f s = %.1f ms per council",
                current, values, all.size(), SOURCED.size(), currentSeconds, currentSeconds * 1000 / all.size());
        List<Period> past = new ArrayList<>();
        for (int y = year - 4; y < year; y++) {
            past.add(Period.year(y));
        }
        started = System.nanoTime();
        values = fill(past);
        double pastSeconds = seconds(started);
        report(
                "fill on request, past years %s: %d values in %.1f s = %.1f ms per council-year",
                past, values, pastSeconds, pastSeconds * 1000 / (all.size() * past.size()));

        List<String[]> accounts = eventToVisible(all, year);
        cityTable(year);
        reports(accounts, year);
        report("uptime: %s", uptime());
    }

    /** Every sourced value of every council for the periods, through the city table (missing ones are measured and stored). */
    private int fill(List<Period> periods) {
        int values = 0;
        for (Period period : periods) {
            for (IndicatorCode code : SOURCED) {
                values += indicators.city(code, period).size();
            }
        }
        return values;
    }

    /** The engine fills the current values at start on a thread of its own; measure after it, not beside it. */
    private void waitForTheFillAtStart(int councilCount, int year) throws InterruptedException {
        long started = System.nanoTime();
        while (seconds(started) < 600) {
            Integer filled = allCouncils(
                    "benchmark: is the fill at start done",
                    () -> jdbc.queryForObject(
                            "select count(*) from indicator_value where code = 'T10' and period = ?",
                            Integer.class,
                            Integer.toString(year)));
            if (filled != null && filled >= councilCount) {
                report("fill at start (demo content only) done %.1f s after the context was ready", seconds(started));
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the fill at start did not finish in 10 minutes");
    }

    /** 2. Issue a document through the API; poll the council's indicators until T1 moved. */
    private List<String[]> eventToVisible(List<Council> all, int year) throws InterruptedException {
        int n = Integer.getInteger("bench.events", 30);
        var random = new Random(12);
        List<Council> chosen = new ArrayList<>();
        List<String> users = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Council council = all.get(random.nextInt(all.size()));
            chosen.add(council);
            String user = TestClient.uniqueUsername("bench.ind");
            client.createUser(council.slug(), user, PASSWORD, "Chủ tịch thử hiệu năng", "COUNCIL_ADMIN");
            users.add(user);
        }
        byte[] pdf = TestPdfs.plan("Nghị quyết đo hiệu năng", 1);
        long[] visible = new long[n];
        long[] reference = new long[n];
        List<Long> reads = new ArrayList<>();
        int polls = 0;
        for (int i = 0; i < n; i++) {
            Council council = chosen.get(i);
            String indicatorsPath = "/api/v1/councils/" + council.slug() + "/indicators?period=" + year;
            long before = t1Denominator(client.get(indicatorsPath).json());
            issue(council.slug(), users.get(i), pdf);
            long returned = System.nanoTime();
            while (true) {
                long read = System.nanoTime();
                long now = t1Denominator(client.get(indicatorsPath).json());
                reads.add(System.nanoTime() - read);
                if (now != before) {
                    break;
                }
                polls++;
                if (seconds(returned) > 30) {
                    throw new AssertionError("T1 of " + council.slug() + " did not move in 30 s");
                }
                Thread.sleep(5);
            }
            visible[i] = System.nanoTime() - returned;
            reference[i] = timed(() -> issuedCount(council.id(), year));
        }
        report(
                "event → visible (issue returned → T1 of the year moved on GET …/indicators), n=%d, %d polls: p50=%.0f ms p95=%.0f ms max=%.0f ms (target ≤ 1000 ms)",
                n, polls, ms(visible, 50), ms(visible, 95), ms(visible, 100));
        long[] readNanos = reads.stream().mapToLong(Long::longValue).toArray();
        report(
                "  of which one poll (GET …/indicators?period=%d, 11 codes with status and trend): p50=%.0f ms p95=%.0f ms",
                year, ms(readNanos, 50), ms(readNanos, 95));
        report(
                "reference: plain SQL count of the council's documents issued in %d (staff scope, own transaction): p50=%.2f ms p95=%.2f ms; ratio p50 %.0fx",
                year, ms(reference, 50), ms(reference, 95), ms(visible, 50) / ms(reference, 50));
        List<String[]> accounts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            accounts.add(new String[] {chosen.get(i).slug(), users.get(i)});
        }
        return accounts;
    }

    /** 4. The annual report through the API, next to POI and PDFBox writing files of the same size. */
    private void reports(List<String[]> accounts, int year) throws Exception {
        int n = Integer.getInteger("bench.reports", 10);
        long[] generated = new long[n];
        JsonNode first = null;
        String[] firstAccount = accounts.getFirst();
        for (int i = 0; i < n; i++) {
            String[] account = accounts.get(i % accounts.size());
            long started = System.nanoTime();
            var answer = client.postJson(
                    "/api/v1/councils/" + account[0] + "/reports",
                    Map.of("period", Integer.toString(year)),
                    account[1],
                    PASSWORD);
            generated[i] = System.nanoTime() - started;
            assertThat(answer.status()).as(answer.body()).isEqualTo(201);
            if (first == null) {
                first = answer.json();
            }
        }
        assertThat(first).isNotNull();
        byte[] docx = client.getBytes(first.get("docxUrl").asString(), firstAccount[1], PASSWORD)
                .body();
        byte[] pdf = client.getBytes(first.get("pdfUrl").asString(), firstAccount[1], PASSWORD)
                .body();
        var shape = ReportShape.of(docx, pdf);
        report(
                "report generated (POST …/reports {\"period\":\"%d\"}: indicators and status, DOCX, PDF, draft document), n=%d: p50=%.0f ms max=%.0f ms (target ≤ 3000 ms); %s",
                year, n, ms(generated, 50), ms(generated, 100), shape);
        long[] written = new long[n];
        for (int i = 0; i < 3 + n; i++) {
            long started = System.nanoTime();
            shape.writeDocx();
            shape.writePdf();
            if (i >= 3) {
                written[i - 3] = System.nanoTime() - started;
            }
        }
        report(
                "reference: POI writes a DOCX of the same paragraphs and table rows + PDFBox a PDF of the same pages and lines (Liberation Sans subset): p50=%.0f ms max=%.0f ms; ratio p50 %.1fx",
                ms(written, 50), ms(written, 100), ms(generated, 50) / ms(written, 50));
    }

    private void issue(String slug, String user, byte[] pdf) {
        String base = "/api/v1/councils/" + slug + "/documents";
        var created = client.postMultipart(
                base,
                List.of(Part.json("metadata", """
                                {"typeCode":"NQ","issuerSymbol":"HĐND","subject":"Nghị quyết đo hiệu năng",
                                 "signerName":"Trần Văn Thử","signerPosition":"Chủ tịch HĐND","recipients":["Lưu: VT"]}"""), Part.file("file", "van-ban.pdf", "application/pdf", pdf)),
                user,
                PASSWORD);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        var issued = client.request(
                "POST", base + "/" + created.json().get("id").asString() + "/issue", null, user, PASSWORD);
        assertThat(issued.status()).as(issued.body()).isEqualTo(200);
    }

    private static long t1Denominator(JsonNode list) {
        for (JsonNode item : list.get("items")) {
            if (item.get("code").asString().equals("T1")) {
                return item.get("denominator").asLong();
            }
        }
        throw new AssertionError("no T1 in " + list);
    }

    private long issuedCount(CouncilId council, int year) {
        return Tenancy.call(
                TenantScope.staffOf(council),
                () -> transactions.execute(s -> jdbc.queryForObject(
                        "select count(*) from outgoing_document where council_id = ? and status in ('ISSUED', 'RECALLED')"
                                + " and issue_date between ? and ?",
                        Long.class,
                        council.value(),
                        LocalDate.of(year, 1, 1),
                        LocalDate.of(year, 12, 31))));
    }

    /** 3. The city table through the API, next to the same rows read with one plain select. */
    private void cityTable(int year) {
        int n = Integer.getInteger("bench.requests", 200);
        String path = "/api/v1/indicators?code=T1&period=" + year;
        int bytes = client.get(path).body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        for (int i = 0; i < 30; i++) {
            client.get(path);
            citySelect(year);
        }
        long[] api = new long[n];
        long[] plain = new long[n];
        for (int i = 0; i < n; i++) {
            api[i] = timed(() -> {
                var answer = client.get(path);
                assertThat(answer.status()).isEqualTo(200);
                return answer;
            });
            plain[i] = timed(() -> citySelect(year));
        }
        report(
                "city table GET %s (%d bytes), n=%d: p50=%.1f ms p95=%.1f ms p99=%.1f ms (target p95 ≤ 100 ms)",
                path, bytes, n, ms(api, 50), ms(api, 95), ms(api, 99));
        report(
                "reference: select … from indicator_value where code=? and period=? (all-councils scope, own transaction): p50=%.2f ms p95=%.2f ms p99=%.2f ms; ratio p50 %.1fx, p95 %.1fx",
                ms(plain, 50), ms(plain, 95), ms(plain, 99), ms(api, 50) / ms(plain, 50), ms(api, 95) / ms(plain, 95));
        long[] engine = new long[n];
        long[] withStatus = new long[n];
        Period period = Period.year(year);
        for (int i = 0; i < n; i++) {
            engine[i] = timed(() -> indicators.city(IndicatorCode.T1, period));
            withStatus[i] = timed(() -> planIndicators.city(IndicatorCode.T1, period));
        }
        report(
                "  in process: Indicators.city (stored values, one query) p50=%.2f ms p95=%.2f ms; PlanIndicators.city (plus targets, status and the trend of each council) p50=%.1f ms p95=%.1f ms",
                ms(engine, 50), ms(engine, 95), ms(withStatus, 50), ms(withStatus, 95));
        report("public page /chi-so: not on this branch (it lands with the public pages), not measured");
        report("nginx reference: nginx is not installed on this machine, not measured");
    }

    private int citySelect(int year) {
        return allCouncils(
                "benchmark: the city table in plain SQL",
                () -> jdbc.queryForList(
                                "select council_id, numerator, denominator, breakdown, as_of from indicator_value"
                                        + " where code = ? and period = ?",
                                "T1",
                                Integer.toString(year))
                        .size());
    }

    private <T> T allCouncils(String reason, Supplier<T> work) {
        return Tenancy.call(TenantScope.allCouncils(reason), () -> transactions.execute(s -> work.get()));
    }

    private static long timed(Supplier<?> work) {
        long started = System.nanoTime();
        work.get();
        return System.nanoTime() - started;
    }

    private static double ms(long[] nanos, int percentile) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    private static String uptime() {
        try {
            return java.nio.file.Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    private static void report(String format, Object... args) {
        System.out.println("[bench] " + String.format(Locale.ROOT, format, args));
    }
}
