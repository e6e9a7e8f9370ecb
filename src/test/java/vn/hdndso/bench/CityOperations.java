package vn.hdndso.bench;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.hdndso.shared.CouncilId;

/**
 * One council's year of synthetic work, written in the council's own staff scope (row-level
 * security rejects a row of another council) in one transaction by the caller: issued documents
 * numbered without gaps from the council's series (the series row and the outgoing register move
 * with them, so the register's uniqueness is the numbers' backstop and the next real document
 * continues the series), petitions with their issues and voter meetings, and the year's sessions
 * ({@link CitySessions}). A council-year already written is skipped, so a stopped run resumes.
 */
final class CityOperations {

    static final String BY = "bench-city";

    static final ZoneOffset VN = ZoneOffset.ofHours(7);

    /** Outgoing document types; NQ : QĐ from the resolutions index (96 : 39), BC, KH, CV assumed. */
    static final String[] TYPES = {"NQ", "QĐ", "BC", "KH", "CV"};

    static final double[] TYPE_WEIGHTS = {45, 19, 14, 8, 14};

    static final String[] CHANNELS = {"MEETING", "WEB", "IMPORT", "API", "OPEN311", "OTHER"};

    static final double[] CHANNEL_WEIGHTS = {50, 25, 10, 5, 5, 5};

    /** Full size per average council and year: 2M documents and 1M petitions over 115 × 5. */
    static final int DOCUMENTS_PER_YEAR = 3_480;

    static final int PETITIONS_PER_YEAR = 1_740;

    private final JdbcTemplate jdbc;
    private final CityDistributions distributions;
    private final LocalDate today;
    private final double scale;

    CityOperations(JdbcTemplate jdbc, CityDistributions distributions, LocalDate today, double scale) {
        this.jdbc = jdbc;
        this.distributions = distributions;
        this.today = today;
        this.scale = scale;
    }

    /** Whether this council-year was written by an earlier run. */
    boolean written(CouncilId council, int year) {
        Boolean exists = jdbc.queryForObject(
                "select exists (select 1 from council_session where council_id = ? and created_by = ?"
                        + " and extract(year from starts_at at time zone 'Asia/Ho_Chi_Minh') = ?)",
                Boolean.class,
                council.value(),
                BY,
                year);
        return Boolean.TRUE.equals(exists);
    }

    /**
     * Completes rows an earlier version of this generator wrote without a value a rule needs (the
     * publication deadline of an answered issue); idempotent. Call in the council's staff scope.
     */
    int complete(CouncilId council) {
        return jdbc.update(
                "update petition_issue set publish_by = deadline + 21 where council_id = ? and answered_on is not null"
                        + " and publish_by is null and title like '[Tổng hợp]%'",
                council.value());
    }

    /**
     * Writes the council's year; the size of a council is its weight (mean 1 over the city) times
     * the scale. Call inside a transaction in the council's staff scope. Returns rows per table.
     */
    Map<String, Integer> write(CouncilId council, int councilIndex, double weight, int year) {
        var random = new Random(councilIndex * 10_007L + year);
        var batches = new Batches(jdbc, random);
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<CitySessions.Held> held = new CitySessions(jdbc, batches, today).write(council.value(), year, counts);
        List<LocalDate> meetings = meetings(batches, council.value(), year, held);
        batches.flush(counts);
        documents(batches, council.value(), year, (int) Math.round(DOCUMENTS_PER_YEAR * scale * weight));
        petitions(
                batches,
                council.value(),
                councilIndex,
                year,
                (int) Math.round(PETITIONS_PER_YEAR * scale * weight),
                meetings);
        batches.flush(counts);
        return counts;
    }

    private void documents(Batches batches, UUID council, int year, int count) {
        List<LocalDate> days = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalDate day = dayIn(batches, year);
            if (day != null) {
                days.add(day);
            }
        }
        days.sort(null);
        Integer last = jdbc.queryForObject(
                "select coalesce(max(last_number), 0) from document_series where council_id = ?"
                        + " and issuer_symbol = 'HĐND' and year = ? and series = 'REGULAR'",
                Integer.class,
                council,
                year);
        int number = last == null ? 0 : last;
        for (LocalDate day : days) {
            number++;
            String type = TYPES[batches.pick(TYPE_WEIGHTS)];
            String symbol = number + "/" + type + "-HĐND";
            String subject = "[Tổng hợp] "
                    + distributions
                            .documentTitles()
                            .get(batches.random()
                                    .nextInt(distributions.documentTitles().size()));
            boolean signedAtIssue = batches.chance(adoption(year, 0.4, 0.95));
            OffsetDateTime issuedAt = signedAtIssue
                    ? day.atTime(
                                    8 + batches.random().nextInt(9),
                                    batches.random().nextInt(60))
                            .atOffset(VN)
                    : day.plusDays(5 + batches.random().nextInt(56))
                            .atTime(10, 0)
                            .atOffset(VN);
            boolean recalled = batches.chance(0.02);
            UUID id = UUID.randomUUID();
            batches.add(
                    "insert into outgoing_document (id, council_id, type_code, issuer_symbol, subject, signer_name,"
                            + " signer_position, recipients, status, original_sha256, original_name, original_size,"
                            + " page_count, signed_sha256, signed_size, number, number_year, number_symbol, issue_date,"
                            + " issued_at, recalled_at, recall_reason, created_by, created_at, updated_at) values (?, ?, ?,"
                            + " 'HĐND', ?, 'Người ký', 'Chủ tịch HĐND', 'Như trên', ?, ?, 'van-ban.pdf', ?, ?, ?, ?, ?, ?, ?,"
                            + " ?, ?, ?, ?, ?, ?, ?)",
                    id,
                    council,
                    type,
                    subject,
                    recalled ? "RECALLED" : "ISSUED",
                    batches.sha(),
                    60_000 + batches.random().nextInt(400_000),
                    1 + batches.random().nextInt(12),
                    batches.sha(),
                    80_000 + batches.random().nextInt(400_000),
                    number,
                    year,
                    symbol,
                    day,
                    issuedAt,
                    recalled ? issuedAt.plusDays(3) : null,
                    recalled ? "[Tổng hợp] Thu hồi do sai sót" : null,
                    BY,
                    issuedAt.minusDays(2),
                    issuedAt);
            batches.add(
                    "insert into outgoing_register (id, council_id, document_id, issuer_symbol, year, series, number,"
                            + " number_symbol, issue_date, type_code, subject, signer_name, recipients, registered_at)"
                            + " values (?, ?, ?, 'HĐND', ?, 'REGULAR', ?, ?, ?, ?, ?, 'Người ký', 'Như trên', ?)",
                    UUID.randomUUID(),
                    council,
                    id,
                    year,
                    number,
                    symbol,
                    day,
                    type,
                    subject,
                    issuedAt);
        }
        if (number > 0) {
            jdbc.update(
                    "insert into document_series (council_id, issuer_symbol, year, series, last_number)"
                            + " values (?, 'HĐND', ?, 'REGULAR', ?) on conflict (council_id, issuer_symbol, year, series)"
                            + " do update set last_number = excluded.last_number",
                    council,
                    year,
                    number);
        }
    }

    /** Two voter-contact meetings around each regular session, before and after it. */
    private static List<LocalDate> meetings(Batches batches, UUID council, int year, List<CitySessions.Held> held) {
        List<LocalDate> days = new ArrayList<>();
        for (CitySessions.Held session : held) {
            for (int sign : new int[] {-1, 1}) {
                LocalDate day =
                        session.day().plusDays(sign * (10L + batches.random().nextInt(10)));
                double r = batches.random().nextDouble();
                String format = r < adoption(year, 0.03, 0.15)
                        ? "ONLINE"
                        : r < adoption(year, 0.08, 0.35) ? "HYBRID" : "IN_PERSON";
                days.add(day);
                batches.add(
                        "insert into petition_meeting (id, council_id, title, format, online_link, held_on, timing,"
                                + " created_by) values (?, ?, ?, ?, ?, ?, ?, ?)",
                        CitySessions.meetingId(council, day),
                        council,
                        "[Tổng hợp] Tiếp xúc cử tri ngày " + day,
                        format,
                        format.equals("IN_PERSON") ? null : "https://hop.example.vn/" + year,
                        day,
                        sign < 0 ? "BEFORE" : "AFTER",
                        BY);
            }
        }
        return days;
    }

    private void petitions(
            Batches batches, UUID council, int councilIndex, int year, int count, List<LocalDate> meetings) {
        List<String[]> texts = distributions.petitions();
        List<Object[]> rows = new ArrayList<>();
        Map<UUID, Object[]> issues = new LinkedHashMap<>();
        Map<String, UUID> openIssueOfField = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            String channel = CHANNELS[batches.pick(CHANNEL_WEIGHTS)];
            boolean atMeeting = channel.equals("MEETING") && !meetings.isEmpty();
            LocalDate day = atMeeting ? meetings.get(batches.random().nextInt(meetings.size())) : dayIn(batches, year);
            if (day == null || day.isAfter(today)) {
                continue;
            }
            String[] text = texts.get(batches.random().nextInt(texts.size()));
            String field = text[0];
            UUID issue = openIssueOfField.get(field + day.getMonthValue());
            if (issue == null || batches.chance(0.3)) {
                issue = UUID.randomUUID();
                openIssueOfField.put(field + day.getMonthValue(), issue);
                // assumed: one issue in ten is beyond the commune (the city's competence); the city's
                // answers of past years close most of them
                boolean cityLevel = batches.chance(0.1);
                boolean transferred = batches.chance(cityLevel ? 0.9 : 0.45);
                boolean answered = transferred && day.plusDays(40).isBefore(today) && batches.chance(0.7);
                boolean closed = answered && cityLevel && year < today.getYear() && batches.chance(0.9);
                issues.put(issue, new Object[] {
                    issue,
                    council,
                    "[Tổng hợp] " + shorten(text[1]),
                    field,
                    cityLevel ? "CITY" : "COMMUNE",
                    closed ? "CLOSED" : answered ? "ANSWERED" : transferred ? "TRANSFERRED" : "OPEN",
                    0,
                    transferred ? (cityLevel ? "CITY" : "AGENCY") : null,
                    transferred ? (cityLevel ? "Ủy ban nhân dân thành phố" : "Ủy ban nhân dân") : null,
                    transferred ? day.plusDays(3) : null,
                    transferred ? day.plusDays(33) : null,
                    answered ? "RESOLVED" : null,
                    answered ? "[Tổng hợp] Đã giải quyết" : null,
                    answered ? day.plusDays(25) : null,
                    answered ? "Ủy ban nhân dân" : null,
                    year + "-" + (day.getMonthValue() <= 6 ? 1 : 2),
                    day.atTime(9, 0).atOffset(VN),
                    day.atTime(9, 0).atOffset(VN),
                    // an answer is published within 15 working days after the deadline (3 calendar weeks)
                    answered ? day.plusDays(33 + 21) : null
                });
            }
            Object[] issueRow = issues.get(issue);
            issueRow[6] = (Integer) issueRow[6] + 1;
            OffsetDateTime received = day.atTime(
                            7 + batches.random().nextInt(12), batches.random().nextInt(60))
                    .atOffset(VN);
            rows.add(new Object[] {
                UUID.randomUUID(),
                council,
                trackingCode(councilIndex, year, i),
                issue,
                atMeeting ? CitySessions.meetingId(council, day) : null,
                channel,
                text[1],
                fold(text[1]),
                "Thôn " + (1 + batches.random().nextInt(12)),
                field,
                issueRow[4],
                field,
                0.5 + batches.random().nextDouble() / 2,
                batches.chance(adoption(year, 0.6, 0.9)),
                received,
                received,
                BY
            });
        }
        issues.values()
                .forEach(row -> batches.add(
                        "insert into petition_issue (id, council_id, title, field, level, status, petition_count,"
                                + " body_kind, body_name, transferred_on, deadline, answer_class, answer_text,"
                                + " answered_on, answered_by, period, created_at, updated_at, publish_by) values (?,"
                                + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        row));
        rows.forEach(row -> batches.add(
                "insert into petition (id, council_id, tracking_code, issue_id, meeting_id, channel, content,"
                        + " content_folded, area, field, level, suggested_field, suggested_level, suggested_score,"
                        + " classified, consent_at, received_at, created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                        + " ?, ?, 'COMMUNE', ?, ?, ?, ?, ?)",
                row));
    }

    /** Unique across the city and across runs: B, the council, the year, the petition (base 36). */
    static String trackingCode(int councilIndex, int year, int sequence) {
        String council = String.format(Locale.ROOT, "%2s", Integer.toString(councilIndex, 36));
        String rest = String.format(Locale.ROOT, "%6s", Integer.toString(sequence, 36));
        return ("B" + council + (year % 10) + rest).replace(' ', '0').toUpperCase(Locale.ROOT);
    }

    /** Adoption of the software rises year by year: the share of the work done digitally. */
    static double adoption(int year, double first, double last) {
        return first + (last - first) * Math.clamp((year - 2022) / 4.0, 0, 1);
    }

    /** A day of the year by the months' weights, uniform within the month; null if not yet past. */
    @org.jspecify.annotations.Nullable
    LocalDate dayIn(Batches batches, int year) {
        var month = YearMonth.of(year, batches.pick(distributions.monthWeights()) + 1);
        LocalDate day = month.atDay(1 + batches.random().nextInt(month.lengthOfMonth()));
        return day.isBefore(today) ? day : null;
    }

    private static String shorten(String text) {
        return text.length() > 200 ? text.substring(0, 200) : text;
    }

    private static String fold(String text) {
        String decomposed = java.text.Normalizer.normalize(text.toLowerCase(Locale.ROOT), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return decomposed.replace('đ', 'd');
    }
}
