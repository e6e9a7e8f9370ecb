package vn.hdndso.bench;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows waiting to be written, one JDBC batch per statement, parents before children (the
 * statements are written in the order they were first seen), and the seeded randomness the city's
 * generator draws from.
 */
final class Batches {

    private final JdbcTemplate jdbc;
    private final Random random;
    private final Map<String, List<Object[]>> pending = new LinkedHashMap<>();

    Batches(JdbcTemplate jdbc, Random random) {
        this.jdbc = jdbc;
        this.random = random;
    }

    void add(String sql, Object... values) {
        pending.computeIfAbsent(sql, s -> new ArrayList<>()).add(values);
    }

    /** Writes every pending row; adds the rows written per table to {@code counts}. */
    void flush(Map<String, Integer> counts) {
        pending.forEach((sql, rows) -> {
            for (int from = 0; from < rows.size(); from += 2_000) {
                jdbc.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + 2_000)));
            }
            int start = "insert into ".length();
            counts.merge(sql.substring(start, sql.indexOf(' ', start)), rows.size(), Integer::sum);
        });
        pending.clear();
    }

    Random random() {
        return random;
    }

    /** An index drawn with the given weights. */
    int pick(double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double r = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    String sha() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }
}
