package vn.hdndso.opendata.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.opendata.Dataset;
import vn.hdndso.opendata.DatasetDescription;
import vn.hdndso.opendata.DatasetImports;
import vn.hdndso.opendata.Datasets;
import vn.hdndso.opendata.ImportSettings;
import vn.hdndso.opendata.ImportStatus;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;
import vn.hdndso.support.IntegrationTest;

/**
 * Import throughput of a large generated CSV (Vietnamese text, amounts written "1.234.567",
 * dates "05/9/2025", years, percentages "12,5%"): reading and checking alone, then the whole
 * import into PostgreSQL (one version, rows in batches). Not part of the test suite (the name does
 * not match Surefire's patterns); run it on purpose, see bench/opendata/README.md:
 *
 * <pre>./mvnw -B test -Dtest=ImportBenchmark -Dbench.rows=200000</pre>
 */
@IntegrationTest
class ImportBenchmark {

    @Autowired
    Datasets datasets;

    @Autowired
    DatasetImports imports;

    @Autowired
    Councils councils;

    static byte[] generate(int rows) {
        String[] names = {
            "Đường giao thông nông thôn thôn",
            "Nhà văn hóa khu dân cư",
            "Trường mầm non xã",
            "Trạm y tế phường",
            "Kênh mương nội đồng tuyến",
            "Cải tạo chợ trung tâm"
        };
        Random random = new Random(42);
        StringBuilder csv = new StringBuilder(rows * 90);
        csv.append("STT;Công trình;Vốn (đồng);Khởi công;Năm;Tỷ lệ giải ngân\r\n");
        for (int i = 1; i <= rows; i++) {
            long amount = 1_000_000L + random.nextInt(2_000_000_000);
            String grouped = String.format(Locale.GERMANY, "%,d", amount);
            csv.append(i)
                    .append(';')
                    .append(names[i % names.length])
                    .append(' ')
                    .append(i % 97)
                    .append(';')
                    .append(grouped)
                    .append(';')
                    .append(1 + random.nextInt(28))
                    .append('/')
                    .append(1 + random.nextInt(12))
                    .append("/2025;")
                    .append(2020 + random.nextInt(6))
                    .append(';')
                    .append(random.nextInt(100))
                    .append(',')
                    .append(random.nextInt(10))
                    .append("%\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void measure() {
        int rows = Integer.getInteger("bench.rows", 200_000);
        byte[] csv = generate(rows);
        report("generated CSV: %d rows, %.1f MB", rows, csv.length / 1e6);

        // warm-up of the reader and the database path
        byte[] small = generate(20_000);
        for (int i = 0; i < 3; i++) {
            SourceTable warm = TableReader.read(small, "warm.csv", TableReader.Options.detect());
            TableCheck.check(warm, warm.columns(), null);
        }
        importOnce(small, "warm-up");

        long start = System.nanoTime();
        SourceTable table = TableReader.read(csv, "bench.csv", TableReader.Options.detect());
        long read = System.nanoTime();
        TableCheck.Result result = TableCheck.check(table, table.columns(), null);
        long checked = System.nanoTime();
        assertThat(result.badRows()).isZero();
        report(
                "read (decode, split, detect heading and types): %.2f s, %.0f rows/s",
                (read - start) / 1e9, rows / ((read - start) / 1e9));
        report(
                "check (typed values for every cell): %.2f s, %.0f rows/s",
                (checked - read) / 1e9, rows / ((checked - read) / 1e9));

        long total = importOnce(csv, "bench");
        report(
                "whole import into PostgreSQL (read, check, store version and rows): %.2f s, %.0f rows/s",
                total / 1e9, rows / (total / 1e9));
    }

    private long importOnce(byte[] csv, String label) {
        Council council = councils.requireBySlug("lac-phuong");
        return Tenancy.call(TenantScope.staffOf(council.id()), () -> {
            Dataset dataset = datasets.create(
                    council.id(),
                    new DatasetDescription(
                            "Đo nhập " + label + " " + System.nanoTime(), "", "", "", null, "INVESTMENT", null));
            long start = System.nanoTime();
            ImportStatus status = imports.importNow(
                    council.id(), dataset.id(), label + ".csv", csv, ImportSettings.detected(), false);
            long elapsed = System.nanoTime() - start;
            assertThat(status.state()).as(String.valueOf(status.error())).isEqualTo(ImportStatus.State.DONE);
            return elapsed;
        });
    }

    private static void report(String format, Object... args) {
        System.out.println("[bench.opendata] " + String.format(Locale.ROOT, format, args));
    }
}
