package vn.hdndso.indicators.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.hdndso.shared.CouncilId;

/**
 * Five years of a commune council's work, synthetic, written straight into the modules' tables
 * with SQL in batches (the APIs would take hours: PAdES signing runs at ~20 documents/s). Only the
 * columns the indicator sources read are meaningful; the rest are filled to satisfy the
 * constraints. Fixed seed: the same installation gets the same rows. What is synthetic and which
 * distributions it follows: bench/indicators/README.md.
 */
final class SyntheticOperations {

    /** Vietnam is UTC+7 all year. */
    private static final ZoneOffset VN = ZoneOffset.ofHours(7);

    private static final String BY = "bench";

    /** Outgoing document types and their shares: NQ from the resolutions index, the rest assumed. */
    private static final String[] TYPES = {"NQ", "BC", "KH", "CV"};

    private static final double[] TYPE_WEIGHTS = {70, 15, 10, 5};

    private static final String[] CHANNELS = {"MEETING", "WEB", "IMPORT", "API", "OPEN311", "OTHER"};

    private static final double[] CHANNEL_WEIGHTS = {50, 25, 10, 5, 5, 5};

    private static final String[] FIELDS = {"MOI_TRUONG", "GIAO_THONG", "DAT_DAI", "Y_TE", "GIAO_DUC", "AN_NINH"};

    private static final String[] THEMES = {"BUDGET", "LAND_USE", "INVESTMENT", "POPULATION", "OTHER"};

    private static final String[] FREQUENCIES = {"MONTHLY", "QUARTERLY", "HALF_YEARLY", "ANNUAL"};

    private static final int[] FREQUENCY_MONTHS = {1, 3, 6, 12};

    private final JdbcTemplate jdbc;
    private final Random random;
    private final double[] monthWeights;
    private final LocalDate today;
    private final Map<String, List<Object[]>> batches = new LinkedHashMap<>();
    private long trackingCodes;

    SyntheticOperations(JdbcTemplate jdbc, long seed, double[] monthWeights, LocalDate today) {
        this.jdbc = jdbc;
        this.random = new Random(seed);
        this.monthWeights = monthWeights;
        this.today = today;
    }

    /**
     * Issue months of the real resolutions index ({@code testdata/documents/hdnd-resolutions-index.csv},
     * column {@code date} dd/MM/yyyy), one added to every month so that no month is empty.
     */
    static double[] monthWeightsOf(Path index) throws IOException {
        double[] weights = new double[12];
        java.util.Arrays.fill(weights, 1);
        List<String> lines = Files.readAllLines(index);
        for (String line : lines.subList(1, lines.size())) {
            var m = java.util.regex.Pattern.compile(",(\\d\\d)/(\\d\\d)/(\\d{4}),")
                    .matcher(line);
            if (m.find()) {
                weights[Integer.parseInt(m.group(2)) - 1]++;
            }
        }
        return weights;
    }

    /** Rows written per table. */
    Map<String, Integer> write(List<CouncilId> councils, int firstYear, int lastYear) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (CouncilId council : councils) {
            for (int year = firstYear; year <= lastYear; year++) {
                documents(council.value(), year);
                sessions(council.value(), year);
                petitions(council.value(), year);
            }
            datasets(council.value(), firstYear);
            if (batches.values().stream().mapToInt(List::size).sum() > 20_000) {
                flush(counts);
            }
        }
        flush(counts);
        return counts;
    }

    /** Adoption of the software rises year by year: the share of the work done digitally. */
    private static double adoption(int year, double first, double last) {
        return first + (last - first) * Math.clamp((year - 2022) / 4.0, 0, 1);
    }

    private void documents(UUID council, int year) {
        int count = 30 + random.nextInt(41);
        for (int i = 0; i < count; i++) {
            LocalDate issued = dayIn(year);
            if (issued == null) {
                continue;
            }
            String type = TYPES[pick(TYPE_WEIGHTS)];
            boolean signedAtIssue = random.nextDouble() < adoption(year, 0.4, 0.95);
            OffsetDateTime issuedAt = signedAtIssue
                    ? issued.atTime(9 + random.nextInt(8), random.nextInt(60)).atOffset(VN)
                    : issued.plusDays(5 + random.nextInt(56)).atTime(10, 0).atOffset(VN);
            boolean recalled = random.nextDouble() < 0.02;
            add(
                    "insert into outgoing_document (id, council_id, type_code, issuer_symbol, subject, signer_name,"
                            + " signer_position, status, original_sha256, original_name, original_size, page_count,"
                            + " signed_sha256, signed_size, number, number_year, number_symbol, issue_date, issued_at,"
                            + " recalled_at, created_by) values (?, ?, ?, 'HĐND', ?, 'Người ký', 'Chủ tịch HĐND', ?,"
                            + " ?, 'van-ban.pdf', 100000, 3, ?, 110000, ?, ?, ?, ?, ?, ?, ?)",
                    UUID.randomUUID(),
                    council,
                    type,
                    "[Tổng hợp] " + type + " năm " + year + " số " + (i + 1),
                    recalled ? "RECALLED" : "ISSUED",
                    sha(),
                    sha(),
                    i + 1,
                    year,
                    (i + 1) + "/" + type + "-HĐND",
                    issued,
                    issuedAt,
                    recalled ? issuedAt.plusDays(3) : null,
                    BY);
        }
    }

    private void sessions(UUID council, int year) {
        List<LocalDate> days = new ArrayList<>();
        days.add(LocalDate.of(year, 7, 5 + random.nextInt(20)));
        days.add(LocalDate.of(year, 12, 5 + random.nextInt(20)));
        int thematic = 1 + random.nextInt(2);
        for (int i = 0; i < thematic; i++) {
            days.add(dayOrFuture(year));
        }
        for (int s = 0; s < days.size(); s++) {
            LocalDate day = days.get(s);
            UUID id = UUID.randomUUID();
            OffsetDateTime starts = day.atTime(8, 0).atOffset(VN);
            boolean held = !day.isAfter(today.minusDays(1));
            boolean recorded = held && random.nextDouble() < adoption(year, 0.3, 0.9);
            boolean livestreamed = held && random.nextDouble() < adoption(year, 0.1, 0.6);
            add(
                    "insert into council_session (id, council_id, title, kind, starts_at, state, recording_url,"
                            + " livestream_url, created_by, convened_at, closed_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    id,
                    council,
                    "[Tổng hợp] Kỳ họp " + (s + 1) + " năm " + year,
                    s < 2 ? "REGULAR" : "THEMATIC",
                    starts,
                    held ? "CLOSED" : "PLANNED",
                    recorded ? "https://video.example.vn/" + id : null,
                    livestreamed ? "https://live.example.vn/" + id : null,
                    BY,
                    held ? starts.minusDays(10) : null,
                    held ? starts.plusHours(6 + random.nextInt(20)) : null);
            int pack = random.nextDouble() < adoption(year, 0.5, 0.95) ? 3 + random.nextInt(8) : 0;
            List<UUID> packed = new ArrayList<>();
            for (int p = 0; p < pack; p++) {
                UUID document = UUID.randomUUID();
                packed.add(document);
                add(
                        "insert into pack_document (id, council_id, session_id, position, title, document_id, sha256,"
                                + " size, page_count, added_by) values (?, ?, ?, ?, ?, ?, ?, 200000, 8, ?)",
                        UUID.randomUUID(),
                        council,
                        id,
                        p + 1,
                        "[Tổng hợp] Tài liệu " + (p + 1),
                        document,
                        sha(),
                        BY);
            }
            int items = 3 + random.nextInt(6);
            for (int a = 0; a < items; a++) {
                UUID document = !packed.isEmpty() && random.nextDouble() < adoption(year, 0.5, 0.95)
                        ? packed.get(random.nextInt(packed.size()))
                        : UUID.randomUUID();
                add(
                        "insert into agenda_item (id, council_id, session_id, number, title, motion, document_id)"
                                + " values (?, ?, ?, ?, ?, false, ?)",
                        UUID.randomUUID(),
                        council,
                        id,
                        a + 1,
                        "[Tổng hợp] Nội dung " + (a + 1),
                        document);
            }
            if (s < 2) {
                meetings(council, year, day.minusDays(10 + random.nextInt(10)));
                meetings(council, year, day.plusDays(10 + random.nextInt(10)));
            }
        }
    }

    private void meetings(UUID council, int year, LocalDate day) {
        double online = random.nextDouble();
        String format = online < adoption(year, 0.03, 0.15)
                ? "ONLINE"
                : online < adoption(year, 0.08, 0.35) ? "HYBRID" : "IN_PERSON";
        add(
                "insert into petition_meeting (id, council_id, title, format, online_link, held_on, timing, created_by)"
                        + " values (?, ?, ?, ?, ?, ?, 'BEFORE', ?)",
                UUID.randomUUID(),
                council,
                "[Tổng hợp] Tiếp xúc cử tri " + day,
                format,
                format.equals("IN_PERSON") ? null : "https://hop.example.vn/" + year,
                day,
                BY);
    }

    private void petitions(UUID council, int year) {
        int count = 20 + random.nextInt(81);
        UUID issue = null;
        for (int i = 0; i < count; i++) {
            LocalDate day = dayIn(year);
            if (day == null) {
                continue;
            }
            String field = FIELDS[random.nextInt(FIELDS.length)];
            if (issue == null || random.nextInt(3) == 0) {
                issue = UUID.randomUUID();
                boolean transferred = random.nextDouble() < 0.3;
                add(
                        "insert into petition_issue (id, council_id, title, field, level, status, petition_count,"
                                + " body_kind, body_name, transferred_on, deadline, period) values (?, ?, ?, ?,"
                                + " 'COMMUNE', ?, 1, ?, ?, ?, ?, ?)",
                        issue,
                        council,
                        "[Tổng hợp] Vấn đề " + field,
                        field,
                        transferred ? "TRANSFERRED" : "OPEN",
                        transferred ? "AGENCY" : null,
                        transferred ? "Ủy ban nhân dân xã" : null,
                        transferred ? day.plusDays(3) : null,
                        transferred ? day.plusDays(33) : null,
                        year + "-" + (day.getMonthValue() <= 6 ? 1 : 2));
            }
            String channel = CHANNELS[pick(CHANNEL_WEIGHTS)];
            OffsetDateTime received =
                    day.atTime(7 + random.nextInt(12), random.nextInt(60)).atOffset(VN);
            add(
                    "insert into petition (id, council_id, tracking_code, issue_id, channel, content, content_folded,"
                            + " field, level, suggested_field, suggested_level, suggested_score, classified, consent_at,"
                            + " received_at, created_by) values (?, ?, ?, ?, ?, ?, ?, ?, 'COMMUNE', ?, 'COMMUNE', 0.8, ?,"
                            + " ?, ?, ?)",
                    UUID.randomUUID(),
                    council,
                    trackingCode(),
                    issue,
                    channel,
                    "[Tổng hợp] Kiến nghị về " + field,
                    "[tong hop] kien nghi ve " + field.toLowerCase(Locale.ROOT),
                    field,
                    field,
                    random.nextDouble() < adoption(year, 0.6, 0.9),
                    received,
                    received,
                    BY);
        }
    }

    /** 2–6 datasets, first published in a random year, new versions at their frequency with a chance of a missed update. */
    private void datasets(UUID council, int firstYear) {
        int count = 2 + random.nextInt(5);
        for (int d = 0; d < count; d++) {
            UUID id = UUID.randomUUID();
            int frequency = random.nextInt(FREQUENCIES.length);
            LocalDate first = dayIn(firstYear + random.nextInt(today.getYear() - firstYear + 1));
            if (first == null) {
                first = today.minusDays(30);
            }
            List<LocalDate> versions = new ArrayList<>();
            for (LocalDate v = first; !v.isAfter(today); v = v.plusMonths(FREQUENCY_MONTHS[frequency])) {
                if (versions.isEmpty() || random.nextDouble() < 0.8) {
                    versions.add(v.plusDays(random.nextInt(10)).isAfter(today) ? v : v.plusDays(random.nextInt(10)));
                }
            }
            add(
                    "insert into dataset (id, council_id, title, licence, theme, latest_version, published_version,"
                            + " published_at, created_by, update_frequency) values (?, ?, ?, 'CC BY 4.0', ?, ?, ?, ?, ?, ?)",
                    id,
                    council,
                    "[Tổng hợp] Bộ dữ liệu " + (d + 1),
                    THEMES[d < 3 ? d : random.nextInt(THEMES.length)],
                    versions.size(),
                    versions.size(),
                    first.atTime(9, 0).atOffset(VN),
                    BY,
                    FREQUENCIES[frequency]);
            for (int v = 0; v < versions.size(); v++) {
                add(
                        "insert into dataset_version (id, council_id, dataset_id, number, file_name, file_sha256,"
                                + " mapping_sha256, format, encoding, columns, row_count, published, published_at,"
                                + " imported_by) values (?, ?, ?, ?, 'du-lieu.csv', ?, ?, 'CSV', 'UTF-8', cast(? as jsonb),"
                                + " 50, true, ?, ?)",
                        UUID.randomUUID(),
                        council,
                        id,
                        v + 1,
                        sha(),
                        sha(),
                        "[]",
                        versions.get(v).atTime(9, 0).atOffset(VN),
                        BY);
            }
        }
    }

    /** A day of the year by the months' weights, uniform within the month; null if not yet past. */
    private LocalDate dayIn(int year) {
        LocalDate day = dayOrFuture(year);
        return day.isBefore(today) ? day : null;
    }

    private LocalDate dayOrFuture(int year) {
        var month = java.time.YearMonth.of(year, pick(monthWeights) + 1);
        return month.atDay(1 + random.nextInt(month.lengthOfMonth()));
    }

    private int pick(double[] weights) {
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

    private String sha() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private String trackingCode() {
        return "Z"
                + String.format(Locale.ROOT, "%9s", Long.toString(trackingCodes++, 36))
                        .replace(' ', '0');
    }

    private void add(String sql, Object... values) {
        batches.computeIfAbsent(sql, s -> new ArrayList<>()).add(values);
    }

    /** Parents before children: the statements were first seen in that order. */
    private void flush(Map<String, Integer> counts) {
        batches.forEach((sql, rows) -> {
            jdbc.batchUpdate(sql, rows);
            String table = sql.substring("insert into ".length(), sql.indexOf(' ', "insert into ".length()));
            counts.merge(table, rows.size(), Integer::sum);
        });
        batches.clear();
    }
}
